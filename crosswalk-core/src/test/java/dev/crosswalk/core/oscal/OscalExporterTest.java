package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.BundledData;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.model.Crosswalk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OscalExporterTest {
  @TempDir
  Path tmp;

  @Test
  void oneCatalogPerFrameworkAndOneCollectionPerMappedPair() throws Exception {
    Crosswalk c = OscalFixtures.hipaaLike();
    List<String> expected = List.of("oscal-catalog-controls.json", "oscal-catalog-hipaa.json", "oscal-catalog-soc2.json",
        "oscal-mapping-controls+hipaa.json", "oscal-mapping-controls+soc2.json", "oscal-mapping-hipaa+soc2.json");
    assertEquals(expected, OscalExporter.create().fileNames(c));
    assertEquals(expected, ExportFormat.OSCAL.fileNames(c));
    List<Path> files = Exports.write(c, ExportFormat.OSCAL, tmp.resolve("out"));
    assertEquals(expected, files.stream().map(p -> p.getFileName().toString()).toList());
    assertArrayEquals(OscalCatalogWriter.create().toBytes(c, "hipaa"), Files.readAllBytes(files.get(1)));
    assertArrayEquals(OscalMappingWriter.create().toBytes(c, "hipaa", "soc2"), Files.readAllBytes(files.get(5)));
  }

  /** The bundled HIPAA, SOC 2 and control data survive the trip, refs like 164.312(a)(2)(iv) included. */
  @Test
  void bundledDataRoundTripsThroughOscal() throws Exception {
    Crosswalk bundled = BundledData.crosswalk();
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
