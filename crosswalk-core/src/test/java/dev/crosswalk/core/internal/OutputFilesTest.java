package dev.crosswalk.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file crosswalk writes is written atomically and never through a symbolic link at its
 * name. Before, {@code export --out DIR}, {@code import --out} and the readiness report followed a
 * link another user had planted in a shared directory and overwrote the file it pointed at, and a
 * failed export left a mix of old and new files.
 */
class OutputFilesTest {
  private static final byte[] SECRET = "do not overwrite".getBytes(StandardCharsets.UTF_8);

  private static Crosswalk crosswalk() {
    for (long seed = 4; ; seed++) {
      Crosswalk cw = RandomCrosswalks.sample(seed, 6);
      if (cw.frameworks().size() >= 2) {
        return cw;
      }
    }
  }

  @Test
  void noWriterFollowsAPlantedLink(@TempDir Path tmp) throws IOException {
    Path victim = Files.write(tmp.resolve("victim"), SECRET);
    Path shared = Files.createDirectories(tmp.resolve("shared"));
    Crosswalk cw = crosswalk();
    for (ExportFormat format : ExportFormat.values()) {
      Path dir = Files.createDirectories(shared.resolve(format.id()));
      for (String name : format.fileNames(cw)) {
        Files.createSymbolicLink(dir.resolve(name), victim);
      }
      List<Path> files = Exports.write(cw, format, dir);
      for (Path f : files) {
        assertTrue(Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS), f + " replaced the link");
      }
    }
    Path json = shared.resolve("import-out.json");
    Files.createSymbolicLink(json, victim);
    CrosswalkWriter.create().write(cw, json);
    assertArrayEquals(SECRET, Files.readAllBytes(victim), "the file the links point at is untouched");
    try (Stream<Path> left = Files.walk(shared)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }

  @Test
  void aFailedExportLeavesThePreviousFilesWhole(@TempDir Path dir) throws IOException {
    Crosswalk cw = crosswalk();
    List<Path> before = Exports.write(cw, ExportFormat.CSV, dir);
    byte[] frameworks = Files.readAllBytes(before.get(0));
    Path controls = dir.resolve("controls.csv");
    assertTrue(before.contains(controls));
    Files.delete(controls);
    Files.createDirectory(controls); // a directory, which a file cannot replace
    Crosswalk changed = cw.toBuilder()
        .addFramework(dev.crosswalk.core.model.Framework.of("zz", "New", "1", "t",
            dev.crosswalk.core.model.FrameworkKind.STANDARD))
        .build();
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class,
        () -> Exports.write(changed, ExportFormat.CSV, dir));
    assertTrue(e.getMessage().contains("controls.csv"), e.getMessage());
    assertArrayEquals(frameworks, Files.readAllBytes(before.get(0)), "frameworks.csv is the previous one");
    try (Stream<Path> left = Files.list(dir)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneIsReadable(@TempDir Path dir) throws IOException {
    if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      return;
    }
    Path kept = Files.write(dir.resolve("kept"), SECRET);
    Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-------"));
    OutputFiles.write(kept, new byte[] {1});
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    Path fresh = OutputFiles.write(dir.resolve("fresh"), new byte[] {1});
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    assertEquals(List.of(dir.resolve("a"), dir.resolve("b")),
        OutputFiles.writeAll(dir, List.of(Map.entry("a", new byte[0]), Map.entry("b", new byte[0]))));
  }

  /** A writer that fails part-way through a streamed file leaves the previous file and no temporary file. */
  @Test
  void aStreamedWriteThatFailsLeavesThePreviousFile(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("crosswalk.json"), SECRET);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> OutputFiles.write(file, out -> {
      out.write(new byte[100_000]);
      throw new IllegalStateException("the writer failed");
    }));
    assertEquals("the writer failed", e.getMessage());
    assertArrayEquals(SECRET, Files.readAllBytes(file));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of(file), left.toList());
    }
  }
}
