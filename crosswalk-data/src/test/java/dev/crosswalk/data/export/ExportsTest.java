package dev.crosswalk.data.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.model.Crosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format on the bundled data (core's {@code ExportsTest} runs the same on a fixture). */
class ExportsTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void writesTheNamedFilesByteIdenticallyAcrossRuns(ExportFormat format) throws Exception {
    Crosswalk bundled = Crosswalks.bundled();
    List<Path> first = Exports.write(bundled, format, tmp.resolve("a"));
    List<Path> second = Exports.write(bundled, format, tmp.resolve("b").resolve("nested"));
    assertEquals(format.fileNames(bundled), first.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(format == ExportFormat.OSCAL, format.fileNames().isEmpty());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
    }
  }
}
