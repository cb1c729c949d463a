package dev.crosswalk.data.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalCatalogReader;
import dev.crosswalk.core.oscal.OscalCatalogWriter;
import dev.crosswalk.core.oscal.OscalExporter;
import dev.crosswalk.core.oscal.OscalMappingReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OSCAL export of the bundled data (core's {@code OscalExporterTest} exports a fixture). */
class OscalExporterTest {
  @TempDir
  Path tmp;

  /** The bundled HIPAA, SOC 2 and control data survive the trip, refs like 164.312(a)(2)(iv) included. */
  @Test
  void bundledDataRoundTripsThroughOscal() throws Exception {
    Crosswalk bundled = Crosswalks.bundled();
    List<Path> first = OscalExporter.create().write(bundled, tmp.resolve("a"));
    List<Path> second = OscalExporter.create().write(bundled, tmp.resolve("b"));
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
    }
    for (String id : bundled.frameworks().keySet()) {
      Crosswalk back = OscalCatalogReader.create().read(tmp.resolve("a").resolve(OscalCatalogWriter.fileName(id)));
      assertEquals(bundled.requireFramework(id), back.requireFramework(id));
      assertEquals(bundled.requirements(id), back.requirements(id));
      assertEquals(bundled.controls(id), back.controls(id));
    }
    assertEquals(true, bundled.requirement(dev.crosswalk.core.model.ElementRef.parse("hipaa:164.312(a)(2)(iv)")).isPresent());
    int maps = 0;
    for (Path file : first) {
      String name = file.getFileName().toString();
      if (name.startsWith("oscal-mapping-")) {
        String[] pair = name.substring("oscal-mapping-".length(), name.length() - ".json".length()).split("\\+");
        List<dev.crosswalk.core.model.Mapping> read = OscalMappingReader.create().read(file).mappings();
        assertEquals(bundled.mappingsBetween(pair[0], pair[1]), read, name);
        maps += read.size();
      }
    }
    assertEquals(bundled.mappings().size(), maps, "every mapping is in exactly one collection");
  }
}
