package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line's output on the bundled data, compared byte for byte with the files under
 * {@code src/test/resources/golden}. A change to the data or to a command shows up here as a diff
 * to review; after reviewing it, regenerate the files with
 * {@code mvn -pl crosswalk-cli -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrosswalk.golden.update=true}.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("crosswalk.golden.update");

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("frameworks.txt", List.of("frameworks")),
        Arguments.of("requirements-hipaa.csv", List.of("requirements", "--framework", "hipaa", "--format", "csv")),
        Arguments.of("requirements-soc2.txt", List.of("requirements", "--framework", "soc2")),
        Arguments.of("controls.csv", List.of("controls", "--format", "csv")),
        Arguments.of("mappings-hipaa-soc2.csv", List.of("mappings", "--from", "hipaa", "--to", "soc2", "--format", "csv")),
        Arguments.of("coverage-security.txt", List.of("coverage", "--target", "hipaa", "--by", "soc2",
            "--categories", "security", "--rules", "security")),
        Arguments.of("coverage-all.json", List.of("coverage", "--target", "hipaa", "--by", "soc2", "--format", "json")),
        Arguments.of("gaps-security.txt", List.of("gaps", "--target", "hipaa", "--by", "soc2",
            "--categories", "security", "--rules", "security")),
        Arguments.of("gaps-breach-privacy.csv", List.of("gaps", "--target", "hipaa", "--by", "soc2",
            "--rules", "breach,privacy", "--format", "csv")),
        Arguments.of("explain-164.312b.txt", List.of("explain", "hipaa:164.312(b)", "--by", "soc2")),
        Arguments.of("explain-164.308a1iiA.txt", List.of("explain", "hipaa:164.308(a)(1)(ii)(A)", "--by", "soc2",
            "--categories", "security")),
        Arguments.of("explain-164.308a6ii-joint.txt", List.of("explain", "hipaa:164.308(a)(6)(ii)", "--by", "soc2",
            "--categories", "security")),
        Arguments.of("plan-security.txt", List.of("plan", "--target", "hipaa", "--by", "soc2",
            "--categories", "security", "--rules", "security")),
        Arguments.of("plan-security.json", List.of("plan", "--target", "hipaa", "--by", "soc2",
            "--categories", "security", "--rules", "security", "--format", "json")),
        Arguments.of("coverage-security-decided.csv", List.of("coverage", "--target", "hipaa", "--by", "soc2",
            "--categories", "security", "--rules", "security", "--format", "csv",
            "--decisions", "src/test/resources/readiness/decisions.csv")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void outputMatchesTheGoldenFileAndIsDeterministic(String file, List<String> args) throws IOException {
    String first = runInProcess(args);
    assertEquals(first, runInProcess(args), "two runs of " + args + " differ");
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.writeString(golden, first, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), first,
        "crosswalk " + String.join(" ", args) + " no longer prints " + golden + " (see the class javadoc)");
  }

  /** One JVM per command is slow: the README's main job and one CSV listing are enough. */
  static Stream<Arguments> processCommands() {
    return commands().filter(a -> List.of("gaps-security.txt", "mappings-hipaa-soc2.csv").contains(a.get()[0]));
  }

  /** Run as a separate JVM with another default locale, the command prints the golden bytes too. */
  @ParameterizedTest(name = "{0} as a process")
  @MethodSource("processCommands")
  void aSeparateJvmPrintsTheSameBytes(String file, List<String> args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Duser.language=tr",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("COLUMNS"); // the golden files are at the default width
    Process p = builder.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(true, p.waitFor(60, TimeUnit.SECONDS), "the process did not finish");
    assertEquals(0, p.exitValue());
    assertEquals(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8), new String(out, StandardCharsets.UTF_8));
  }

  private static String runInProcess(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args.toArray(String[]::new));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }
}
