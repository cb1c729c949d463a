package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Format 1.1 members: read in a 1.1 document, refused at the member in a 1.0 one, written only when needed. */
class FormatVersion11Test {
  private static String doc(String version, String extraMappingMembers, String mappingSource, String tail) {
    return "{\n  \"formatVersion\": \"" + version + "\",\n"
        + "  \"frameworks\": [\n"
        + "    {\"id\": \"a\", \"name\": \"A\", \"edition\": \"1\", \"publisher\": \"p\", \"kind\": \"STANDARD\"},\n"
        + "    {\"id\": \"b\", \"name\": \"B\", \"edition\": \"1\", \"publisher\": \"p\", \"kind\": \"STANDARD\"}\n"
        + "  ],\n"
        + "  \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n"
        + "  \"requirements\": [\n"
        + "    {\"id\": \"a:1\", \"title\": \"a1\", \"kind\": \"standard\"},"
        + " {\"id\": \"a:2\", \"title\": \"a2\", \"kind\": \"standard\"},"
        + " {\"id\": \"b:1\", \"title\": \"b1\", \"kind\": \"standard\"}\n"
        + "  ],\n"
        + "  \"mappings\": [{\"source\": " + mappingSource + ", \"target\": \"b:1\", \"relationship\": \"SUPERSET_OF\","
        + " \"rationale\": \"SEMANTIC\", \"strength\": 7, \"justification\": \"Together they do it.\","
        + " \"sources\": [" + extraMappingMembers + "]}]" + tail + "\n}\n";
  }

  private static final String JOINT = "[\"a:1\", \"a:2\"]";
  private static final String LOCATED = "{\"id\": \"s\", \"locator\": \"section 4.2\"}";
  private static final String ADDITIONS = ",\n  \"additions\": [{\"element\": \"b:1\", \"framework\": \"a\","
      + " \"statement\": \"B also asks for X.\", \"sources\": [\"s\"]}]";

  @Test
  void aVersion11DocumentReadsJointEndsLocatedCitationsAndAdditions() {
    Crosswalk cw = CrosswalkReader.create().read(doc("1.1", LOCATED, JOINT, ADDITIONS), "doc.json");
    Mapping m = cw.mappings().get(0);
    assertTrue(m.source().isJoint());
    assertEquals(2, m.source().members().size());
    assertEquals("section 4.2", m.citations().first().locator().orElseThrow());
    assertEquals("B also asks for X.", cw.addition(ElementRef.parse("b:1"), "a").orElseThrow().statement());
    // Indexed under every member, in both directions.
    assertEquals(1, cw.mappingsFrom(ElementRef.parse("a:2")).size());
    assertEquals(1, cw.mappingsTo(ElementRef.parse("b:1")).size());
  }

  @Test
  void aVersion10DocumentRefusesEach11MemberWhereItStands() {
    CrosswalkFormatException joint = assertThrows(CrosswalkFormatException.class,
        () -> CrosswalkReader.create().read(doc("1.0", "\"s\"", JOINT, ""), "old.json"));
    assertTrue(joint.getMessage().contains("/mappings/0/source") && joint.getMessage().contains("1.1"), joint.getMessage());
    CrosswalkFormatException located = assertThrows(CrosswalkFormatException.class,
        () -> CrosswalkReader.create().read(doc("1.0", LOCATED, "\"a:1\"", ""), "old.json"));
    assertTrue(located.getMessage().contains("/mappings/0/sources/0") && located.getMessage().contains("1.1"),
        located.getMessage());
    CrosswalkFormatException additions = assertThrows(CrosswalkFormatException.class,
        () -> CrosswalkReader.create().read(doc("1.0", "\"s\"", "\"a:1\"", ADDITIONS), "old.json"));
    assertTrue(additions.getMessage().contains("additions") && additions.getMessage().contains("1.1"),
        additions.getMessage());
  }

  @Test
  void theWriterDeclaresTheLowestVersionTheContentNeeds() {
    Crosswalk plain = CrosswalkReader.create().read(doc("1.0", "\"s\"", "\"a:1\"", ""), "plain.json");
    String written = new String(CrosswalkWriter.create().toBytes(plain), StandardCharsets.UTF_8);
    assertTrue(written.startsWith("{\n  \"formatVersion\": \"1.0\","), written);
    assertEquals(plain, CrosswalkReader.create().read(written, "again.json"));
    Crosswalk rich = CrosswalkReader.create().read(doc("1.1", LOCATED, JOINT, ADDITIONS), "rich.json");
    String richWritten = new String(CrosswalkWriter.create().toBytes(rich), StandardCharsets.UTF_8);
    assertTrue(richWritten.startsWith("{\n  \"formatVersion\": \"1.1\","), richWritten);
    assertEquals(rich, CrosswalkReader.create().read(richWritten, "again.json"));
  }

  @Test
  void jointEndsAreValidated() {
    // A member shared with the other end, a member that does not exist, members of two frameworks.
    for (String bad : new String[] {"[\"a:1\", \"b:1\"]", "[\"a:1\", \"a:9\"]"}) {
      Exception e = assertThrows(RuntimeException.class,
          () -> CrosswalkReader.create().read(doc("1.1", "\"s\"", bad, ""), "bad.json"));
      assertTrue(e instanceof CrosswalkFormatException || e instanceof CrosswalkValidationException, e.toString());
      assertTrue(e.getMessage().contains(bad.contains("b:1") ? "b:1" : "a:9"), e.getMessage());
    }
    CrosswalkFormatException single = assertThrows(CrosswalkFormatException.class,
        () -> CrosswalkReader.create().read(doc("1.1", "\"s\"", "[\"a:1\"]", ""), "bad.json"));
    assertTrue(single.getMessage().contains("/mappings/0/source"), single.getMessage());
  }
}
