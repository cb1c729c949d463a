package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

public class ExportsTest {
  @TempDir
  Path tmp;

  /** On the tiny fixture; crosswalk-data checks the bundled data. */
  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void writesTheNamedFilesByteIdenticallyAcrossRuns(ExportFormat format) throws Exception {
    checkByteIdenticalRuns(ExportFixtures.tiny(), format, tmp);
  }

  /**
   * The format writes the files it names, byte for byte the same in two runs into different
   * directories; crosswalk-data runs it on the bundled data.
   */
  public static void checkByteIdenticalRuns(Crosswalk cw, ExportFormat format, Path tmp) throws Exception {
    List<Path> first = Exports.write(cw, format, tmp.resolve("a"));
    List<Path> second = Exports.write(cw, format, tmp.resolve("b").resolve("nested"));
    assertEquals(format.fileNames(cw), first.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(format == ExportFormat.OSCAL, format.fileNames().isEmpty());
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
    }
  }

  @Test
  void jsonIsTheCanonicalDocumentAndJsonlReadsBack() throws Exception {
    Crosswalk tiny = ExportFixtures.tiny();
    Path json = Exports.write(tiny, ExportFormat.JSON, tmp).get(0);
    assertArrayEquals(CrosswalkWriter.create().toBytes(tiny), Files.readAllBytes(json));
    assertEquals(tiny, CrosswalkReader.create().read(json));
    Path jsonl = Exports.write(tiny, ExportFormat.JSONL, tmp).get(0);
    assertEquals(tiny, JsonLinesReader.create().read(jsonl));
    Path mappings = Exports.write(tiny, ExportFormat.CSV, tmp).get(4);
    assertEquals(tiny.mappings(), MappingsCsvReader.create().read(mappings));
  }

  @Test
  void formatsHaveCommandLineNames() {
    assertEquals(ExportFormat.JSONL, ExportFormat.of("jsonl"));
    assertEquals(ExportFormat.SQL, ExportFormat.of("SQL"));
    assertEquals("csv", ExportFormat.CSV.id());
    dev.crosswalk.core.InvalidValueException e = assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> ExportFormat.of("xml"));
    assertEquals("unknown export format 'xml'; use one of [csv, jsonl, json, sql, oscal]", e.getMessage());
  }

  @Test
  void unwritableDirectoryIsADataError() throws Exception {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    assertThrows(CrosswalkDataException.class,
        () -> Exports.write(ExportFixtures.tiny(), ExportFormat.JSON, file.resolve("sub")));
  }
}
