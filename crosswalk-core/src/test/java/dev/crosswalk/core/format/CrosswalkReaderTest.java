package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrosswalkReaderTest {
  private static final String HEADER = "{\n  \"formatVersion\": \"1.0\",\n";
  private static final String FRAMEWORK =
      "  \"frameworks\": [{\"id\": \"soc2\", \"name\": \"SOC 2\", \"edition\": \"2017\", \"publisher\": \"AICPA\","
          + " \"kind\": \"ATTESTATION_CRITERIA\"}],\n";

  private static CrosswalkFormatException fails(String json) {
    return assertThrows(CrosswalkFormatException.class, () -> CrosswalkReader.create().read(json, "doc.json"));
  }

  @Test
  void readsAMinimalDocument() {
    Crosswalk cw = CrosswalkReader.create().read(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"Monitoring\", \"kind\": \"criterion\","
        + " \"attributes\": {\"category\": \"security\"}}]\n}\n", "doc.json");
    assertEquals("security", cw.requirement(ElementRef.parse("soc2:CC7.2")).orElseThrow().attribute("category").orElseThrow());
  }

  @Test
  void namesFileLineColumnAndPointerOfAWrongType() {
    CrosswalkFormatException e = fails(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": 7, \"kind\": \"criterion\"}]\n}");
    assertEquals("doc.json", e.source());
    assertEquals(4, e.line());
    assertEquals("/requirements/0/title", e.pointer());
    assertTrue(e.getMessage().startsWith("doc.json:4:"), e.getMessage());
    assertTrue(e.problem().contains("expected a string, got a number"), e.problem());
  }

  @Test
  void rejectsUnknownMembersOutsideExtensions() {
    CrosswalkFormatException e = fails(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"t\", \"kind\": \"criterion\", \"colour\": \"red\"}]\n}");
    assertTrue(e.problem().contains("unknown member 'colour'"), e.problem());
    assertEquals("/requirements/0/colour", e.pointer());
    Crosswalk ok = CrosswalkReader.create().read(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"t\", \"kind\": \"criterion\","
        + " \"extensions\": {\"z\": 1, \"colour\": {\"b\": [true, null]}}}]\n}", "doc.json");
    assertEquals("{\"colour\":{\"b\":[true,null]},\"z\":1}",
        ok.requirement(ElementRef.parse("soc2:CC7.2")).orElseThrow().extensions().json());
  }

  @Test
  void rejectsDuplicateKeys() {
    CrosswalkFormatException e = fails(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"a\", \"title\": \"b\", \"kind\": \"criterion\"}]\n}");
    assertTrue(e.problem().contains("Duplicate field 'title'"), e.problem());
    assertEquals(4, e.line());
  }

  @Test
  void rejectsDuplicateMembersAtEveryLevel() {
    // The reader finds duplicates itself (Jackson's check is off, for speed): test each level.
    CrosswalkFormatException member = fails(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"a\",\n    \"title\": \"b\", \"kind\": \"criterion\"}]\n}");
    assertEquals("Duplicate field 'title'", member.problem());
    assertEquals(5, member.line());
    assertEquals(14, member.column()); // the repeated member's value
    assertEquals("/requirements/0/title", member.pointer());
    assertEquals("Duplicate field 'frameworks'", fails(HEADER + FRAMEWORK + "  \"frameworks\": []\n}").problem());
    assertEquals("Duplicate field 'formatVersion'", fails(HEADER + "  \"formatVersion\": \"1.0\"\n}").problem());
    for (String nested : new String[] {"\"extensions\": {\"a\": 1, \"a\": 2}",
        "\"extensions\": {\"a\": {\"b\": 1, \"b\": 1}}", "\"attributes\": {\"x\": \"1\", \"x\": \"2\"}"}) {
      CrosswalkFormatException e = fails(HEADER + FRAMEWORK
          + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"t\", \"kind\": \"criterion\", " + nested + "}]\n}");
      assertTrue(e.problem().startsWith("Duplicate field '"), nested + ": " + e.problem());
      assertEquals(4, e.line(), nested);
    }
  }

  @Test
  void rejectsMissingRequiredMembersAtTheItem() {
    CrosswalkFormatException e = fails(HEADER + FRAMEWORK
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"kind\": \"criterion\"}]\n}");
    assertTrue(e.problem().contains("has no 'title'"), e.problem());
    assertEquals("/requirements/0", e.pointer());
  }

  @Test
  void rejectsMalformedReferencesAndEnumsAtTheMember() {
    CrosswalkFormatException ref = fails(HEADER + "  \"requirements\": [{\"id\": \"CC7.2\", \"title\": \"t\", \"kind\": \"criterion\"}]\n}");
    assertEquals("/requirements/0/id", ref.pointer());
    assertTrue(ref.problem().contains("expected 'framework:ref'"), ref.problem());
    CrosswalkFormatException rel = fails(HEADER + "  \"mappings\": [{\"source\": \"a:1\", \"target\": \"b:2\","
        + " \"relationship\": \"PARTIAL\", \"rationale\": \"SEMANTIC\", \"strength\": 5, \"justification\": \"j\", \"sources\": [\"s\"]}]\n}");
    assertEquals("/mappings/0/relationship", rel.pointer());
    assertTrue(rel.problem().contains("use one of [EQUAL, SUBSET_OF, SUPERSET_OF, INTERSECTS_WITH, NOT_RELATED]"), rel.problem());
    CrosswalkFormatException strength = fails(HEADER + "  \"mappings\": [{\"source\": \"a:1\", \"target\": \"b:2\","
        + " \"relationship\": \"EQUAL\", \"rationale\": \"SEMANTIC\", \"strength\": 11, \"justification\": \"j\", \"sources\": [\"s\"]}]\n}");
    assertTrue(strength.problem().contains("must be 1-10"), strength.problem());
    assertEquals("/mappings/0", strength.pointer());
  }

  @Test
  void rejectsTrailingContent() {
    CrosswalkFormatException e = fails(HEADER + FRAMEWORK.replace(",\n", "\n") + "}\n{}");
    assertTrue(e.problem().contains("after the end of the document"), e.problem());
  }

  @Test
  void rejectsTruncatedAndEmptyInput() {
    assertTrue(fails(HEADER + FRAMEWORK).problem().contains("truncated"));
    assertTrue(fails("").problem().contains("empty"));
    assertTrue(fails("[]").problem().contains("expected a JSON object"));
  }

  @Test
  void refusesANewerMajorSayingWhatToDo() {
    CrosswalkFormatException e = fails("{\"formatVersion\": \"2.0\", \"widgets\": []}");
    assertTrue(e.problem().contains("format version 2.0 is not supported: this crosswalk-core reads format 1.0 to 1.1"),
        e.problem());
    assertTrue(e.problem().contains("upgrade crosswalk-core"), e.problem());
    // A newer minor may hold members this reader does not know: refused, not half read.
    CrosswalkFormatException minor = fails("{\"formatVersion\": \"1.7\"}");
    assertTrue(minor.problem().contains("format version 1.7 is not supported: this crosswalk-core reads format 1.0 to"
        + " 1.1; upgrade crosswalk-core to a version that reads format 1.7"), minor.problem());
    CrosswalkReader.create().read("{\"formatVersion\": \"1.0\"}", "older-minor.json");
    assertTrue(fails("{\"formatVersion\": \"one\"}").problem().contains("MAJOR.MINOR"));
    assertTrue(fails("{\"frameworks\": []}").problem().contains("must be the first member"));
  }

  @Test
  void enforcesNestingStringAndCountLimitsWhileStreaming() {
    String deep = HEADER + "  \"frameworks\": [{\"id\": \"x\", \"name\": \"n\", \"edition\": \"e\", \"publisher\": \"p\","
        + " \"kind\": \"STANDARD\", \"extensions\": {\"a\": " + "[".repeat(200) + "]".repeat(200) + "}}]}";
    assertTrue(fails(deep).problem().contains("nesting depth"), fails(deep).problem());
    ReadLimits small = ReadLimits.DEFAULT.withMaxStringLength(10).withMaxElements(1);
    CrosswalkFormatException longString = assertThrows(CrosswalkFormatException.class, () ->
        CrosswalkReader.create().withLimits(small).read(HEADER + "  \"sources\": [{\"id\": \"s\", \"title\": \"" + "x".repeat(50) + "\"}]}", "d"));
    assertTrue(longString.problem().contains("String value length"), longString.problem());
    CrosswalkFormatException many = assertThrows(CrosswalkFormatException.class, () ->
        CrosswalkReader.create().withLimits(small).read(HEADER + "  \"sources\": [{\"id\": \"s\", \"title\": \"t\"}, {\"id\": \"u\", \"title\": \"t\"}]}", "d"));
    assertTrue(many.problem().contains("more than 1 items"), many.problem());
    CrosswalkFormatException big = assertThrows(CrosswalkFormatException.class, () ->
        CrosswalkReader.create().withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(10_000)).read(
            new ByteArrayInputStream((HEADER + "  \"sources\": [" + "{\"id\": \"s\", \"title\": \"t\"},".repeat(1000)
                + "{\"id\": \"u\", \"title\": \"t\"}]}").getBytes(StandardCharsets.UTF_8)), "big.json"));
    assertTrue(big.problem().contains("ReadLimits.maxDocumentBytes"), big.problem());
  }

  @Test
  void rejectsInvalidUtf8WithALocation() {
    byte[] bytes = (HEADER + "  \"sources\": [{\"id\": \"s\", \"title\": \"X\"}]}").getBytes(StandardCharsets.UTF_8);
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("X");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    byte[] broken = bytes;
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () ->
        CrosswalkReader.create().read(new ByteArrayInputStream(broken), "utf8.json"));
    assertTrue(e.problem().contains("UTF-8"), e.problem());
    assertEquals(3, e.line());
  }

  @Test
  void mergesSeveralFilesAndReportsDanglingReferencesWithTheirFile(@TempDir Path dir) throws Exception {
    Path frameworks = dir.resolve("frameworks.json");
    Files.writeString(frameworks, HEADER + FRAMEWORK.replace(",\n", "\n") + "}");
    Path requirements = dir.resolve("soc2.json");
    Files.writeString(requirements, HEADER
        + "  \"requirements\": [{\"id\": \"soc2:CC7.2\", \"title\": \"t\", \"kind\": \"criterion\", \"parent\": \"soc2:CC7\"}]\n}");
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> CrosswalkReader.create().read(frameworks, requirements));
    assertTrue(e.getMessage().contains(requirements + ":3:"), e.getMessage());
    assertTrue(e.getMessage().contains("parent soc2:CC7 does not exist"), e.getMessage());
  }

  /** Five documents of one crosswalk: frameworks, sources, two of requirements, mappings. */
  private static List<CrosswalkReader.Input> documents(String mappingsDocument) {
    String frameworks = HEADER + "  \"frameworks\": ["
        + "{\"id\": \"a\", \"name\": \"A\", \"edition\": \"1\", \"publisher\": \"P\", \"kind\": \"REGULATION\"},"
        + "{\"id\": \"b\", \"name\": \"B\", \"edition\": \"1\", \"publisher\": \"P\", \"kind\": \"ATTESTATION_CRITERIA\"}]\n}";
    String sources = HEADER + "  \"sources\": [{\"id\": \"s\", \"title\": \"S\"}]\n}";
    StringBuilder a = new StringBuilder(HEADER + "  \"requirements\": [");
    StringBuilder b = new StringBuilder(HEADER + "  \"requirements\": [");
    for (int i = 1; i <= 50; i++) {
      a.append(i > 1 ? ",\n" : "").append("{\"id\": \"a:").append(i).append("\", \"title\": \"t\", \"kind\": \"k\"}");
      b.append(i > 1 ? ",\n" : "").append("{\"id\": \"b:").append(i).append("\", \"title\": \"t\", \"kind\": \"k\"}");
    }
    return List.of(
        CrosswalkReader.Input.of("frameworks.json", frameworks.getBytes(StandardCharsets.UTF_8)),
        CrosswalkReader.Input.of("sources.json", sources.getBytes(StandardCharsets.UTF_8)),
        CrosswalkReader.Input.of("a.json", (a + "]\n}").getBytes(StandardCharsets.UTF_8)),
        CrosswalkReader.Input.of("b.json", (b + "]\n}").getBytes(StandardCharsets.UTF_8)),
        CrosswalkReader.Input.of("mappings.json", mappingsDocument.getBytes(StandardCharsets.UTF_8)));
  }

  private static String mappings(String... pairs) {
    StringBuilder m = new StringBuilder(HEADER + "  \"mappings\": [");
    for (int i = 0; i < pairs.length; i += 2) {
      m.append(i > 0 ? ",\n" : "").append("{\"source\": \"").append(pairs[i]).append("\", \"target\": \"")
          .append(pairs[i + 1]).append("\", \"relationship\": \"INTERSECTS_WITH\", \"rationale\": \"SEMANTIC\",")
          .append(" \"strength\": 5, \"justification\": \"j\", \"sources\": [\"s\"]}");
    }
    return m + "]\n}";
  }

  @Test
  void readsDocumentsConcurrentlyExactlyAsOneAfterTheOther() {
    List<CrosswalkReader.Input> docs = documents(mappings("a:1", "b:2", "a:1", "b:3", "a:7", "b:7", "a:2", "b:1"));
    Crosswalk sequential = CrosswalkReader.create().withParallelism(1).read(docs);
    for (int threads : new int[] {2, 3, 8}) {
      assertEquals(sequential, CrosswalkReader.create().withParallelism(threads).read(docs), threads + " threads");
    }
    assertEquals(4, sequential.mappings().size());
    // Documents merged in the order given: the first definition of a repeated id is the first document's.
    List<CrosswalkReader.Input> twice = new ArrayList<>(docs);
    twice.add(docs.get(2));
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> CrosswalkReader.create().withParallelism(4).read(twice));
    assertTrue(e.getMessage().contains("a.json:3:") && e.getMessage().contains("first defined at a.json:3:"),
        e.getMessage());
  }

  @Test
  void reportsTheFirstInvalidDocumentWhateverThreadReadItFirst() {
    List<CrosswalkReader.Input> docs = new ArrayList<>(documents("{\"formatVersion\": \"1.0\", \"mappings\": 3}"));
    docs.set(3, CrosswalkReader.Input.of("b.json", "{\"formatVersion\": \"1.0\", \"oops\": []}".getBytes(StandardCharsets.UTF_8)));
    for (int threads : new int[] {1, 2, 5}) {
      CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
          () -> CrosswalkReader.create().withParallelism(threads).read(docs));
      assertEquals("b.json", e.source(), threads + " threads");
      assertTrue(e.problem().contains("unknown member 'oops'"), e.problem());
    }
    CrosswalkDataException missing = assertThrows(CrosswalkDataException.class, () -> CrosswalkReader.create()
        .withParallelism(2).read(List.of(docs.get(0), CrosswalkReader.Input.of(Path.of("no/such/file.json")))));
    assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    assertThrows(InvalidValueException.class, () -> CrosswalkReader.create().withParallelism(0));
  }

  @Test
  void readsWhatTheWriterWrites() {
    Crosswalk cw = Fixtures.tiny().build();
    String json = CrosswalkWriter.create().toJson(cw);
    assertEquals(cw, CrosswalkReader.create().read(json, "tiny.json"));
  }
}
