package dev.crosswalk.data.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalCatalogWriter;
import dev.crosswalk.core.oscal.OscalMappingWriter;
import dev.crosswalk.core.oscal.OscalSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every OSCAL document crosswalk exports for the bundled data is valid under NIST's JSON Schema
 * of the OSCAL version it declares (core's {@code OscalSchemaValidationTest} checks the fixtures').
 */
class OscalSchemaValidationTest {

  @Test
  void everyBundledCatalogIsSchemaValid() {
    Crosswalk bundled = Crosswalks.bundled();
    for (String id : bundled.frameworks().keySet()) {
      byte[] catalog = OscalCatalogWriter.create().toBytes(bundled, id);
      assertEquals(List.of(), OscalSchemas.catalogViolations(catalog), "catalog of " + id);
    }
  }

  @Test
  void everyBundledMappingCollectionIsSchemaValid() {
    Crosswalk bundled = Crosswalks.bundled();
    int collections = 0;
    for (String source : bundled.frameworks().keySet()) {
      for (String target : bundled.frameworks().keySet()) {
        if (!bundled.mappingsBetween(source, target).isEmpty()) {
          byte[] doc = OscalMappingWriter.create().toBytes(bundled, source, target);
          assertEquals(List.of(), OscalSchemas.mappingViolations(doc), source + " -> " + target);
          collections++;
        }
      }
    }
    assertTrue(collections >= 2, "the bundled data has mapping collections to check, got " + collections);
  }
}
