package dev.crosswalk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.spi.ResourceDataProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export of the bundled crosswalk is byte-identical across runs and across JVMs, whatever
 * the JVM's default charset, locale, time zone and garbage collector.
 */
class ExportDeterminismTest {
  /** The second JVM's environment: everything a careless exporter could depend on, changed. */
  private static final List<String> OTHER_JVM = List.of("-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=ISO-8859-1",
      "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati", "-XX:+UseSerialGC", "-Xmx256m");

  /** File (relative to {@code dir}) to SHA-256, sorted. */
  private static Map<String, String> checksums(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), ResourceDataProvider.sha256(Files.readAllBytes(f)));
      }
    }
    return out;
  }

  @Test
  void exportsAreByteIdenticalAcrossRunsAndJvms(@TempDir Path tmp) throws Exception {
    List<String> written = ExportMain.exportAll(tmp.resolve("first"));
    ExportMain.exportAll(tmp.resolve("second"));
    Map<String, String> first = checksums(tmp.resolve("first"));
    assertEquals(written.stream().sorted().toList(), List.copyOf(first.keySet()));
    for (ExportFormat format : ExportFormat.values()) {
      assertTrue(written.stream().anyMatch(f -> f.startsWith(format.id() + "/")), "no file for " + format);
    }
    assertEquals(first, checksums(tmp.resolve("second")), "two runs in one JVM");

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(OTHER_JVM);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExportMain.class.getName(),
        tmp.resolve("other-jvm").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("other-jvm.log").toFile()).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("the second JVM did not finish within 120 s");
    }
    String log = Files.readString(tmp.resolve("other-jvm.log"), StandardCharsets.ISO_8859_1);
    assertEquals(0, process.exitValue(), log);
    assertTrue(log.contains("charset=ISO-8859-1 locale=tr-TR zone=Pacific/Kiritimati"),
        "the second JVM must really run with another charset, locale and time zone: " + log);
    assertEquals(first, checksums(tmp.resolve("other-jvm")), "another JVM with another charset, locale and zone");
  }
}
