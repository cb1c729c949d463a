package dev.crosswalk.core.oscal;

import static dev.crosswalk.core.oscal.OscalFixtures.at;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OscalCatalogWriterTest {
  private static Object catalog(Crosswalk c, String framework) {
    return at(OscalFixtures.json(OscalCatalogWriter.create().toBytes(c, framework)), "catalog");
  }

  private static List<String> props(Object element, String ns, String name) {
    List<String> values = new ArrayList<>();
    for (Object p : OscalFixtures.<List<Object>>at(element, "props")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> prop = (Map<String, Object>) p;
      if (name.equals(prop.get("name")) && java.util.Objects.equals(ns, prop.get("ns"))) {
        values.add((String) prop.get("value"));
      }
    }
    return values;
  }

  @Test
  void metadataComesFromTheFramework() {
    Object cat = catalog(OscalFixtures.hipaaLike(), "hipaa");
    assertEquals(OscalIds.uuid("catalog/hipaa/45 CFR Part 164 (eCFR as checked 2026-11-22)").toString(), at(cat, "uuid"));
    Object meta = at(cat, "metadata");
    assertEquals("HIPAA Security Rule", at(meta, "title"));
    assertEquals("2026-11-22T00:00:00Z", at(meta, "last-modified"), "the date in the edition, not the clock");
    assertEquals("45 CFR Part 164 (eCFR as checked 2026-11-22)", at(meta, "version"));
    assertEquals("1.2.0", at(meta, "oscal-version"));
    assertEquals(List.of("hipaa"), props(meta, Oscal.NS, "framework-id"));
    assertEquals(List.of("REGULATION"), props(meta, Oscal.NS, "framework-kind"));
    assertEquals(List.of("public domain"), props(meta, Oscal.NS, "license"));
    assertEquals(List.of("{\"owner\":\"team \\\"x\\\"\"}"), props(meta, Oscal.NS, "extensions"));
    assertEquals("publisher", at(meta, "responsible-parties", 0, "role-id"));
    assertEquals((String) at(meta, "parties", 0, "uuid"), (String) at(meta, "responsible-parties", 0, "party-uuids", 0));
    assertEquals("U.S. Department of Health and Human Services", at(meta, "parties", 0, "name"));
    String canonical = at(meta, "links", 0, "href");
    assertEquals("canonical", at(meta, "links", 0, "rel"));
    assertEquals("#" + at(cat, "back-matter", "resources", 0, "uuid"), canonical);
    assertEquals("https://www.ecfr.gov/current/title-45/part-164", at(cat, "back-matter", "resources", 0, "rlinks", 0, "href"));

    Object soc2 = at(catalog(OscalFixtures.hipaaLike(), "soc2"), "metadata");
    assertEquals("1970-01-01T00:00:00Z", at(soc2, "last-modified"), "the documented value when no date is known");
  }

  @Test
  void hierarchyBecomesGroupsAndNestedControlsWithLabelsAndProps() {
    Object cat = catalog(OscalFixtures.hipaaLike(), "hipaa");
    Object section = at(cat, "groups", 0);
    assertEquals("_164.312", at(section, "id"), "a grouping node nobody maps to is a group");
    assertEquals(List.of("164.312"), props(section, null, "label"));
    assertEquals(List.of("false"), props(section, Oscal.NS, "assessable"));
    assertEquals(List.of("security"), props(section, Oscal.ATTRIBUTE_NS, "rule"));

    Object access = at(section, "controls", 0);
    assertEquals("_164.312_oa_c_o1_c", at(access, "id"));
    Object encryption = at(access, "controls", 0);
    assertEquals("_164.312_oa_c_o2_c_oiv_c", at(encryption, "id"));
    assertEquals(List.of("164.312(a)(2)(iv)"), props(encryption, null, "label"), "the exact citation");
    assertEquals(List.of("implementation-specification"), props(encryption, Oscal.NS, "kind"));
    assertEquals(List.of("true"), props(encryption, Oscal.NS, "assessable"));
    assertEquals(List.of("164.312(a)(2)(iv)-2003"), props(encryption, Oscal.NS, "alias"));
    assertEquals(List.of("addressable"), props(encryption, Oscal.ATTRIBUTE_NS, "designation"));
    assertEquals("statement", at(encryption, "parts", 0, "name"));
    assertEquals("_164.312_oa_c_o2_c_oiv_c_smt", at(encryption, "parts", 0, "id"));
    assertEquals("Implement a mechanism to encrypt and decrypt \\*electronic\\* protected health information \\[ePHI\\].",
        at(encryption, "parts", 0, "prose"), "Markdown characters are escaped");
    assertEquals("_164.312_ob_c", at(section, "controls", 1, "id"));
  }

  @Test
  void aGroupingNodeThatIsMappedStaysAControl() {
    Crosswalk c = OscalFixtures.builder()
        .addMapping(Mapping.curated("hipaa:164.312", "soc2:CC7", Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 3,
            "Both are headings.", List.of("analysis")))
        .build();
    Object cat = catalog(c, "hipaa");
    assertEquals("_164.312", at(cat, "controls", 0, "id"));
    assertFalse(((Map<?, ?>) cat).containsKey("groups"));
    assertEquals("CC7", at(catalog(c, "soc2"), "controls", 1, "id"), "CC7 is mapped too");
    assertEquals("CC6.1", at(catalog(OscalFixtures.hipaaLike(), "soc2"), "controls", 0, "id"));
    assertEquals("CC7", at(catalog(OscalFixtures.hipaaLike(), "soc2"), "groups", 0, "id"));
  }

  @Test
  void controlsOfACatalogAreTopLevelControls() {
    Object log = at(catalog(OscalFixtures.hipaaLike(), "controls"), "controls", 0);
    assertEquals("LOG-01", at(log, "id"));
    assertEquals(List.of("control"), props(log, Oscal.NS, "element"));
    assertEquals(List.of("LOG"), props(log, Oscal.ATTRIBUTE_NS, "domain"));
    assertEquals("Logs go to one place; see \\{\\{ insert \\}\\}.", at(log, "parts", 0, "prose"),
        "braces are escaped so no OSCAL tool reads a parameter insertion");
  }

  @Test
  void outputIsByteIdenticalUtf8WithUnixLineEnds() {
    Crosswalk c = OscalFixtures.hipaaLike();
    byte[] first = OscalCatalogWriter.create().toBytes(c, "hipaa");
    byte[] second = OscalCatalogWriter.create().toBytes(OscalFixtures.hipaaLike(), "hipaa");
    assertArrayEquals(first, second);
    String text = new String(first, StandardCharsets.UTF_8);
    assertEquals(text, OscalCatalogWriter.create().toJson(c, "hipaa"));
    assertTrue(text.endsWith("}\n") && !text.contains("\r"));
    assertTrue(text.startsWith("{\n  \"catalog\": {\n    \"uuid\": "), text.substring(0, 40));
  }

  @Test
  void badInputIsRefusedWithTheTypedErrors() {
    assertThrows(UnknownElementException.class, () -> OscalCatalogWriter.create().toBytes(OscalFixtures.hipaaLike(), "nope"));
    Crosswalk broken = Crosswalk.builder()
        .addFramework(Framework.of("x", "X", "1", "me", FrameworkKind.STANDARD))
        .addRequirement(Requirement.builder("x:1", "Bad \uD800 text").build())
        .build();
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class,
        () -> OscalCatalogWriter.create().toBytes(broken, "x"));
    assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
  }

  @Test
  void catalogsReadBackIntoTheSameFrameworks() {
    Crosswalk c = OscalFixtures.hipaaLike();
    for (String id : c.frameworks().keySet()) {
      Crosswalk back = OscalCatalogReader.create().read(OscalCatalogWriter.create().toJson(c, id), id + ".json");
      assertEquals(c.requireFramework(id), back.requireFramework(id));
      assertEquals(c.requirements(id), back.requirements(id));
      assertEquals(c.controls(id), back.controls(id));
    }
  }
}
