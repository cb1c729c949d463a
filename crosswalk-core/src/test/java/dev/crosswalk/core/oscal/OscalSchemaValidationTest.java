package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Requirement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every OSCAL document crosswalk exports for the fixtures is valid under NIST's JSON Schema of
 * the OSCAL version it declares (crosswalk-data checks the bundled data's documents).
 */
class OscalSchemaValidationTest {

  @Test
  void writersDeclareTheVersionWhoseSchemasAreVendored() {
    assertEquals(OscalSchemas.VERSION, Oscal.OSCAL_VERSION);
  }



  @Test
  void fixtureDocumentsAreSchemaValid() {
    Crosswalk c = OscalFixtures.hipaaLike();
    for (String id : c.frameworks().keySet()) {
      assertEquals(List.of(), OscalSchemas.catalogViolations(OscalCatalogWriter.create().toBytes(c, id)), id);
    }
    assertEquals(List.of(), OscalSchemas.mappingViolations(OscalMappingWriter.create().toBytes(c, "hipaa", "soc2")));
  }

  /** The validator is not vacuous: a group holding both controls and groups is refused, as 1.2.x says. */
  @Test
  void theValidatorRefusesWhatTheSchemaForbids() {
    String mixed = """
        {"catalog": {"uuid": "048b5880-6ac6-543e-8f57-a5171ff6b3c8",
          "metadata": {"title": "T", "last-modified": "2026-11-22T00:00:00Z", "version": "1", "oscal-version": "1.2.0"},
          "groups": [{"id": "g", "title": "G",
            "controls": [{"id": "c", "title": "C"}],
            "groups": [{"id": "h", "title": "H"}]}]}}
        """;
    assertFalse(OscalSchemas.catalogViolations(mixed.getBytes(StandardCharsets.UTF_8)).isEmpty());
    String noMaps = """
        {"mapping-collection": {"uuid": "048b5880-6ac6-543e-8f57-a5171ff6b3c8",
          "metadata": {"title": "T", "last-modified": "2026-11-22T00:00:00Z", "version": "1", "oscal-version": "1.2.0"},
          "provenance": {"method": "human", "matching-rationale": "semantic", "status": "complete",
            "mapping-description": "d"},
          "mappings": [{"uuid": "048b5880-6ac6-543e-8f57-a5171ff6b3c8",
            "source-resource": {"type": "catalog", "href": "#a"},
            "target-resource": {"type": "catalog", "href": "#b"}, "maps": []}]}}
        """;
    assertFalse(OscalSchemas.mappingViolations(noMaps.getBytes(StandardCharsets.UTF_8)).isEmpty());
  }

  /**
   * A section holding both a paragraph that groups others and one that is assessed (HIPAA's
   * 164.502 shape): the grouping paragraph becomes a control, so the section holds controls only,
   * and the catalog still reads back into the same requirements.
   */
  @Test
  void aGroupWithMixedChildrenHoldsOnlyControls() throws Exception {
    Crosswalk c = Crosswalk.builder()
        .addFramework(Framework.of("hipaa", "HIPAA", "2026-11-22", "HHS", FrameworkKind.REGULATION))
        .addRequirement(Requirement.builder("hipaa:164.502", "Uses and disclosures").kind("section")
            .assessable(false).build())
        .addRequirement(Requirement.builder("hipaa:164.502(a)", "Standard").kind("standard")
            .parent("164.502").assessable(false).build())
        .addRequirement(Requirement.builder("hipaa:164.502(a)(1)", "Permitted").kind("paragraph")
            .parent("164.502(a)").build())
        .addRequirement(Requirement.builder("hipaa:164.502(b)", "Minimum necessary").kind("standard")
            .parent("164.502").build())
        .build();
    byte[] catalog = OscalCatalogWriter.create().toBytes(c, "hipaa");
    assertEquals(List.of(), OscalSchemas.catalogViolations(catalog));
    String json = new String(catalog, StandardCharsets.UTF_8);
    com.fasterxml.jackson.databind.JsonNode section = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(json).at("/catalog/groups/0");
    assertEquals("_164.502", section.get("id").textValue());
    assertFalse(section.has("groups"), json);
    assertEquals(2, section.get("controls").size(), json);
    Crosswalk back = OscalCatalogReader.create().read(json, "hipaa.json");
    assertEquals(c.requirements("hipaa"), back.requirements("hipaa"));
  }
}
