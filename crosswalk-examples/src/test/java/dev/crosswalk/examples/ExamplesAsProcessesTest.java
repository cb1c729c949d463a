package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.Crosswalks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example's main, run as users run it (a new JVM), prints exactly what its run method returns. */
class ExamplesAsProcessesTest {
  private static String main(Class<?> example, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), example.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(example + " did not finish");
    }
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void embedding() throws Exception {
    assertEquals(EmbeddingExample.run(Crosswalks.bundled()), main(EmbeddingExample.class));
    assertEquals(ReadinessExample.run(Crosswalks.bundled()), main(ReadinessExample.class));
  }

  @Test
  void controlInventory() throws Exception {
    assertEquals(ControlInventoryExample.run(Crosswalks.bundled()), main(ControlInventoryExample.class));
  }

  @Test
  void vendorReview() throws Exception {
    Path sample = Path.of("src/main/resources/dev/crosswalk/examples", VendorReviewExample.SAMPLE);
    assertEquals(VendorReviewExample.run(Crosswalks.bundled(), VendorReviewExample.sample(), LocalDate.of(2026, 9, 1)),
        main(VendorReviewExample.class, sample.toString(), "2026-09-01"));
  }

  @Test
  void duckDb(@TempDir Path dir) throws Exception {
    assertEquals(DuckDbExample.run(Crosswalks.bundled(), dir.resolve("api"), DuckDbExample.DUCKDB),
        main(DuckDbExample.class, dir.resolve("main").toString()));
  }

  @Test
  void versionPinning(@TempDir Path dir) throws Exception {
    Path snapshot = dir.resolve("pinned.json");
    dev.crosswalk.core.format.CrosswalkWriter.create().write(Crosswalks.bundled(), snapshot);
    assertEquals(VersionPinningExample.run(Crosswalks.bundled(), "pinned.json",
        Crosswalks.bundledProvider(), Crosswalks.bundled()),
        main(VersionPinningExample.class, snapshot.toString()));
  }
}
