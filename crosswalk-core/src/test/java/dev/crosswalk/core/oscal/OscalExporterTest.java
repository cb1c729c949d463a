package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

}
