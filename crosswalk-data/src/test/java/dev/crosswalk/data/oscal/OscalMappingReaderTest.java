package dev.crosswalk.data.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.oscal.OscalCatalogReader;
import dev.crosswalk.core.oscal.OscalExporter;
import dev.crosswalk.core.oscal.OscalMappingCollection;
import dev.crosswalk.core.oscal.OscalMappingReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OSCAL readers on the bundled data's export (core's {@code OscalMappingReaderTest} reads a fixture's). */
class OscalMappingReaderTest {
  @TempDir
  Path tmp;

  /** The bundled data exported as OSCAL and read back, catalogs and collections, is the same crosswalk's mappings. */
  @Test
  void bundledExportReadsBackIntoTheSameMappingsAndSources() {
    Crosswalk bundled = Crosswalks.bundled();
    List<Path> files = OscalExporter.create().write(bundled, tmp);
    CrosswalkBuilder b = Crosswalk.builder();
    int collections = 0;
    for (Path file : files) {
      if (file.getFileName().toString().startsWith("oscal-catalog-")) {
        OscalCatalogReader.create().readInto(b, file);
      } else {
        OscalMappingCollection read = OscalMappingReader.create().readInto(b, file);
        assertEquals(bundled.mappingsBetween(read.sourceFramework(), read.targetFramework()), read.mappings());
        collections++;
      }
    }
    Crosswalk back = b.build();
    assertTrue(collections >= 2);
    assertEquals(bundled.mappings(), back.mappings());
    Map<String, Source> cited = new TreeMap<>();
    bundled.mappings().forEach(m -> m.sources().forEach(id -> cited.put(id, bundled.sources().get(id))));
    assertEquals(cited, back.sources());
  }
}
