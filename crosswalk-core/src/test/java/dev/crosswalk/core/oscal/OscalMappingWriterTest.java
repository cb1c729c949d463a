package dev.crosswalk.core.oscal;

import static dev.crosswalk.core.oscal.OscalFixtures.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OscalMappingWriterTest {
  private static byte[] bytes(Crosswalk c, String source, String target) {
    return OscalMappingWriter.create().toBytes(c, source, target);
  }

  private static Object collection(Crosswalk c, String source, String target) {
    return at(OscalFixtures.json(bytes(c, source, target)), "mapping-collection");
  }

  @Test
  void relationshipsUseTheOscal12Vocabulary() {
    Map<Relationship, String> tokens = new EnumMap<>(Relationship.class);
    for (Relationship r : Relationship.values()) {
      tokens.put(r, Oscal.relationship(r));
      assertEquals(r, OscalFixtures.relationship(Oscal.relationship(r)));
    }
    assertEquals(Map.of(Relationship.EQUAL, "equal-to", Relationship.SUBSET_OF, "subset-of",
        Relationship.SUPERSET_OF, "superset-of", Relationship.INTERSECTS_WITH, "intersects-with",
        Relationship.NOT_RELATED, "no-relationship"), tokens);
    assertEquals(List.of("syntactic", "semantic", "functional"),
        java.util.Arrays.stream(Rationale.values()).map(Oscal::rationale).toList());
  }

  @Test
  void everyMappingIsKeptWithItsWhyAndWhereFrom() {
    Crosswalk c = OscalFixtures.hipaaLike();
    for (List<String> pair : List.of(List.of("hipaa", "soc2"), List.of("controls", "hipaa"), List.of("controls", "soc2"))) {
      assertEquals(c.mappingsBetween(pair.get(0), pair.get(1)),
          OscalFixtures.mappingsOf(bytes(c, pair.get(0), pair.get(1))), pair.toString());
    }
  }

  @Test
  void curatedMapsCarryTheDetailsAndPointAtBothCatalogs() {
    Object doc = collection(OscalFixtures.hipaaLike(), "hipaa", "soc2");
    assertEquals("2026-11-22T00:00:00Z", at(doc, "metadata", "last-modified"), "the cited source's date");
    assertEquals("1.2.0", at(doc, "metadata", "oscal-version"));
    assertEquals("human", at(doc, "provenance", "method"));
    assertEquals("syntactic", at(doc, "provenance", "matching-rationale"), "a tie goes to the first rationale");
    assertEquals("complete", at(doc, "provenance", "status"));
    List<Object> mappings = at(doc, "mappings");
    assertEquals(1, mappings.size());
    Object mapping = mappings.get(0);
    assertEquals("human", at(mapping, "method"));
    assertEquals("catalog", at(mapping, "source-resource", "type"));
    List<Object> resources = at(doc, "back-matter", "resources");
    assertEquals("#" + at(resources.get(0), "uuid"), at(mapping, "source-resource", "href"));
    assertEquals("#" + at(resources.get(1), "uuid"), at(mapping, "target-resource", "href"));
    assertEquals("oscal-catalog-hipaa.json", at(resources.get(0), "rlinks", 0, "href"));
    assertEquals("oscal-catalog-soc2.json", at(resources.get(1), "rlinks", 0, "href"));
    assertEquals(List.of("analysis", "ecfr"), List.of(at(resources.get(2), "props", 0, "value"),
        at(resources.get(3), "props", 0, "value")), "the cited sources, by id");

    Object map = at(mapping, "maps", 2);
    assertEquals("subset-of", at(map, "relationship"));
    assertEquals("semantic", at(map, "matching-rationale"));
    assertEquals("_164.312_ob_c", at(map, "sources", 0, "id-ref"));
    assertEquals("CC7.2", at(map, "targets", 0, "id-ref"));
    assertEquals("8", at(map, "props", 0, "value"));
    assertEquals("Monitoring covers audit controls \\\\ and more.", at(map, "remarks"));
    assertEquals(2, OscalFixtures.<List<Object>>at(map, "links").size());
  }

  @Test
  void derivedMappingsAreASecondAutomatedMapping() {
    Object doc = collection(OscalFixtures.hipaaLike(), "controls", "soc2");
    assertEquals("automation", at(doc, "provenance", "method"));
    assertEquals("automation", at(doc, "mappings", 0, "method"));
    assertEquals("no-relationship", at(doc, "mappings", 0, "maps", 0, "relationship"));
    assertEquals("hipaa:164.312(b)", at(doc, "mappings", 0, "maps", 0, "props", 1, "value"));
    Crosswalk both = OscalFixtures.builder()
        .addMapping(dev.crosswalk.core.model.Mapping.curated("controls:LOG-01", "soc2:CC6.1", Relationship.SUBSET_OF,
            Rationale.FUNCTIONAL, 2, "Logs help.", List.of("ecfr")))
        .build();
    Object mixed = collection(both, "controls", "soc2");
    assertEquals(List.of("human", "automation"), List.of(at(mixed, "mappings", 0, "method"), at(mixed, "mappings", 1, "method")));
    assertEquals(both.mappingsBetween("controls", "soc2"), OscalFixtures.mappingsOf(bytes(both, "controls", "soc2")));
  }

  @Test
  void outputIsByteIdenticalAndNeedsAMapping() {
    assertArrayEquals(bytes(OscalFixtures.hipaaLike(), "hipaa", "soc2"), bytes(OscalFixtures.hipaaLike(), "hipaa", "soc2"));
    dev.crosswalk.core.InvalidValueException e = assertThrows(dev.crosswalk.core.InvalidValueException.class,
        () -> bytes(OscalFixtures.hipaaLike(), "soc2", "hipaa"));
    assertEquals("no mapping goes from framework 'soc2' to framework 'hipaa'; an OSCAL mapping collection needs at"
        + " least one", e.getMessage());
  }

  /** A javascript: or data: URL from the input is not exported as an OSCAL link; an https one is. */
  @Test
  void onlyWebUrlsBecomeLinks() {
    assertEquals(java.util.Optional.of("https://example.org/a"), Oscal.webLink(java.util.Optional.of("https://example.org/a")));
    assertEquals(java.util.Optional.of("HTTP://example.org"), Oscal.webLink(java.util.Optional.of("HTTP://example.org")));
    for (String bad : List.of("javascript:alert(1)", " javascript:alert(1)", "JavaScript:x", "data:text/html,x",
        "vbscript:x", "//evil.example", "https://ok.example\n")) {
      assertEquals(java.util.Optional.empty(), Oscal.webLink(java.util.Optional.of(bad)), bad);
    }
    Crosswalk cw = dev.crosswalk.core.model.Crosswalk.builder()
        .addSource(new dev.crosswalk.core.model.Source("s", "S", java.util.Optional.of("javascript:alert(1)"),
            java.util.Optional.empty(), java.util.Optional.empty()))
        .addFramework(new dev.crosswalk.core.model.Framework("a", "A", "1", "p",
            dev.crosswalk.core.model.FrameworkKind.STANDARD, java.util.Optional.of("javascript:alert(2)"),
            java.util.Optional.empty(), com.google.common.collect.ImmutableSortedMap.of(),
            dev.crosswalk.core.model.Extensions.EMPTY))
        .addFramework(dev.crosswalk.core.model.Framework.of("b", "B", "1", "p", dev.crosswalk.core.model.FrameworkKind.STANDARD))
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("a:1", "one").kind("k").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("b:1", "one").kind("k").build())
        .addMapping(dev.crosswalk.core.model.Mapping.curated("a:1", "b:1", Relationship.EQUAL, Rationale.SEMANTIC, 5, "j",
            List.of("s")))
        .build();
    String mapping = OscalMappingWriter.create().toJson(cw, "a", "b");
    String catalog = OscalCatalogWriter.create().toJson(cw, "a");
    assertEquals(false, mapping.contains("javascript"), mapping);
    assertEquals(false, catalog.contains("javascript"), catalog);
  }
}
