package dev.crosswalk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void gapReportOnTheBundledDataNamesTheHipaaOnlyItems() {
    Result r = run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("hipaa:164.314(b)(1)"), r.out());
    assertTrue(r.out().contains("RECORDED_NO_COUNTERPART"), r.out());
    assertEquals(r.out(), run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security").out());
  }

  @Test
  void listingsHonourTheCsvContract() {
    Result mappings = run("mappings", "--from", "hipaa", "--to", "soc2", "--format", "csv");
    assertEquals(0, mappings.code(), mappings.err());
    assertTrue(mappings.out().startsWith("source,target,relationship,strength,rationale,justification,sources\n"), mappings.out());
    Result reqs = run("requirements", "--framework", "hipaa", "--format", "csv");
    assertTrue(reqs.out().startsWith("framework,ref,parent,kind,title,designation,category\n"));
    assertTrue(reqs.out().contains("hipaa,164.312(b),164.312,standard,Audit controls,required,\n"), reqs.out());
    Result json = run("frameworks", "--format", "json");
    assertTrue(json.out().contains("\"id\" : \"soc2\""), json.out());
  }

  @Test
  void coverageAndExplainRun() {
    Result coverage = run("coverage", "--target", "hipaa", "--by", "soc2", "--rules", "security");
    assertEquals(0, coverage.code(), coverage.err());
    assertTrue(coverage.out().contains("safeguard"), coverage.out());
    Result explain = run("explain", "hipaa:164.312(b)", "--by", "soc2");
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains("soc2:CC7.2"), explain.out());
  }

  @Test
  void badUsageExitsOneAndBadDataExitsTwoWithOneLineOnStderr(@TempDir Path dir) throws Exception {
    Result unknown = run("gaps", "--target", "hipaa", "--by", "soc2", "--colour", "red");
    assertEquals(1, unknown.code());
    assertEquals(1, unknown.err().lines().count(), unknown.err());
    assertEquals(1, run("frobnicate").code());
    assertEquals(1, run("gaps", "--target").code());
    assertEquals(0, run("gaps", "--help").code());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\", \"frameworks\": [{\"id\": 3}]}");
    Result data = run("frameworks", "--data", bad.toString());
    assertEquals(2, data.code());
    assertTrue(data.err().contains("bad.json:1:"), data.err());
    assertEquals(1, data.err().lines().count(), data.err());
    Result unknownElement = run("explain", "hipaa:999.999", "--by", "soc2");
    assertEquals(2, unknownElement.code());
  }

  @Test
  void runsAsAProcessWithExitCodes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "version"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("data hipaa-soc2 1.0.0"), out);
    cmd.set(cmd.size() - 1, "nonsense");
    Process bad = new ProcessBuilder(cmd).start();
    bad.getInputStream().readAllBytes();
    assertEquals(1, bad.waitFor());
    assertTrue(File.pathSeparator.length() == 1);
  }

  @Test
  void exportWritesEveryFormatAndListsTheFilesWithTheirChecksums(@TempDir Path dir) throws Exception {
    for (String format : List.of("csv", "jsonl", "json", "sql", "oscal")) {
      Path out = dir.resolve(format);
      Result r = run("export", "--format", format, "--out", out.toString());
      assertEquals(0, r.code(), r.err());
      List<Path> files;
      try (var s = Files.list(out)) {
        files = s.sorted().toList();
      }
      assertTrue(!files.isEmpty(), format);
      for (Path f : files) {
        String sha = dev.crosswalk.core.spi.ResourceDataProvider.sha256(Files.readAllBytes(f));
        assertTrue(r.out().contains(f.getFileName() + " ") && r.out().contains(sha), r.out());
      }
    }
    Path json = dir.resolve("json").resolve("crosswalk.json");
    Result reread = run("gaps", "--target", "hipaa", "--by", "soc2", "--rules", "security", "--categories", "security",
        "--data", json.toString());
    assertEquals(run("gaps", "--target", "hipaa", "--by", "soc2", "--rules", "security", "--categories", "security")
        .out(), reread.out());
    assertEquals(1, run("export", "--format", "xml", "--out", dir.toString()).code());
  }
}
