package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Requirement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OscalCatalogReaderTest {
  /**
   * Four controls of NIST SP 800-53 rev 5 (release 5.0.1 of usnistgov/oscal-content) in the
   * catalog's own JSON shape: the AC family group, AC-1 with nested statement items, AC-2 (items
   * and guidance shortened), the enhancement AC-2(1) and the withdrawn AC-2(10).
   */
  private static final String NIST = "nist-sp800-53-rev5-sample.json";

  private static Crosswalk nist() {
    return OscalCatalogReader.create().withFrameworkId("sp800-53")
        .read(new ByteArrayInputStream(OscalFixtures.resource(NIST)), NIST);
  }

  private static Requirement req(Crosswalk c, String ref) {
    return c.requirement(ElementRef.of("sp800-53", ref)).orElseThrow(() -> new AssertionError("no " + ref));
  }

  @Test
  void nistCatalogLoadsWithLabelsAsRefs() {
    Crosswalk c = nist();
    Framework f = c.requireFramework("sp800-53");
    assertEquals("NIST Special Publication 800-53 Revision 5: Security and Privacy Controls for Federal Information"
        + " Systems and Organizations", f.name());
    assertEquals("5.0.1", f.edition());
    assertEquals("Joint Task Force, Interagency Working Group", f.publisher(), "the creator party");
    assertEquals(FrameworkKind.STANDARD, f.kind());
    assertEquals(Optional.of("https://doi.org/10.6028/NIST.SP.800-53r5"), f.sourceUrl(),
        "the canonical link, resolved through the back-matter");
    assertEquals(List.of("AC-1", "AC-2", "AC-2(1)", "AC-2(10)", "ac"),
        c.requirements("sp800-53").stream().map(r -> r.id().ref()).toList());
  }

  @Test
  void groupsAndNestedControlsKeepTheHierarchy() {
    Crosswalk c = nist();
    Requirement family = req(c, "ac");
    assertEquals("Access Control", family.title());
    assertEquals("group", family.kind());
    assertFalse(family.assessable());
    assertEquals(Optional.empty(), family.parent());
    assertEquals(ImmutableList.of(), family.aliases(), "a group without a label keeps its id as ref, no alias");

    Requirement ac2 = req(c, "AC-2");
    assertEquals(Optional.of(ElementRef.of("sp800-53", "ac")), ac2.parent());
    assertEquals("control", ac2.kind());
    Requirement enhancement = req(c, "AC-2(1)");
    assertEquals(Optional.of(ac2.id()), enhancement.parent());
    assertEquals(ImmutableList.of("ac-2.1"), enhancement.aliases(), "the OSCAL id is an alias");
    assertEquals(ImmutableSortedMap.of("sort-id", "ac-02.01"), enhancement.attributes());
    assertEquals("Support the management of system accounts using {{ insert: param, ac-2.1_prm_1 }}.",
        enhancement.text());
    assertEquals(c.requirement(ElementRef.of("sp800-53", "ac-2.1")), Optional.of(enhancement), "found by alias");
  }

  @Test
  void withdrawnControlsAreKeptButNotAssessable() {
    Requirement withdrawn = req(nist(), "AC-2(10)");
    assertEquals("Shared and Group Account Credential Change", withdrawn.title());
    assertFalse(withdrawn.assessable());
    assertEquals("", withdrawn.text());
    assertEquals(ImmutableSortedMap.of("incorporated-into", "#ac-2_smt.k", "sort-id", "ac-02.10",
        "status", "withdrawn"), withdrawn.attributes());
  }

  @Test
  void statementPartsAreFlattenedWithLabelsAndIndentation() {
    assertEquals(String.join("\n",
        "a. Develop, document, and disseminate to {{ insert: param, ac-1_prm_1 }}:",
        "  1. {{ insert: param, ac-1_prm_2 }} access control policy that:",
        "    (a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among"
            + " organizational entities, and compliance; and",
        "    (b) Is consistent with applicable laws, executive orders, directives, regulations, policies, standards,"
            + " and guidelines; and",
        "  2. Procedures to facilitate the implementation of the access control policy and the associated access"
            + " controls;",
        "b. Designate an {{ insert: param, ac-1_prm_3 }} to manage the development, documentation, and dissemination"
            + " of the access control policy and procedures; and",
        "c. Review and update the current access control:",
        "  1. Policy {{ insert: param, ac-1_prm_4 }} and following {{ insert: param, ac-1_prm_5 }}; and",
        "  2. Procedures {{ insert: param, ac-1_prm_6 }} and following {{ insert: param, ac-1_prm_7 }}."),
        req(nist(), "AC-1").text());
    assertFalse(req(nist(), "AC-1").text().contains("risk management strategy"), "guidance is not statement text");
  }

  @Test
  void withoutAnIdTheFrameworkIdComesFromTheTitle() {
    Crosswalk c = OscalCatalogReader.create().read(new ByteArrayInputStream(OscalFixtures.resource(NIST)), NIST);
    String id = "nist-special-publication-800-53-revision-5-security-and-privacy";
    assertEquals(List.of(id), List.copyOf(c.frameworks().keySet()));
    assertTrue(id.length() <= 64);
  }

  @Test
  void readIntoAddsWithOriginsForTheCallersValidation() {
    CrosswalkBuilder b = Crosswalk.builder();
    Framework f = OscalCatalogReader.create().withFrameworkId("sp800-53")
        .readInto(b, new ByteArrayInputStream(OscalFixtures.resource(NIST)), NIST);
    b.addFramework(f); // a second time: the builder reports it with where the first came from
    String message = assertThrows(dev.crosswalk.core.CrosswalkValidationException.class, b::build).getMessage();
    assertTrue(message.contains("duplicate framework id (first defined at " + NIST + ":"), message);
  }

  @Test
  void theLabelWithoutAClassWinsOverZeroPaddedOnes() {
    String json = catalog("""
        "controls": [{"id": "ac-2", "title": "Account Management", "props": [
          {"name": "label", "value": "AC-02", "class": "zero-padded"},
          {"name": "label", "value": "AC-2"},
          {"name": "implementation-level", "ns": "http://csrc.nist.gov/ns/rmf", "value": "organization"},
          {"name": "implementation-level", "ns": "http://csrc.nist.gov/ns/rmf", "value": "system"}]}]""");
    Requirement r = OscalCatalogReader.create().read(json, "t.json").requirements().values().iterator().next();
    assertEquals("AC-2", r.id().ref());
    assertEquals(ImmutableSortedMap.of("implementation-level", "organization; system", "label.zero-padded", "AC-02"),
        r.attributes());
  }

  @Test
  void groupsWithoutIdOrLabelAreSkippedAndTheirControlsMoveUp() {
    String json = catalog("""
        "groups": [{"id": "top", "title": "Top", "groups": [{"title": "Anonymous", "controls": [
          {"id": "c-1", "title": "One", "parts": [{"name": "statement", "prose": "Do \\\\*this\\\\*."}]}]}]}]""");
    Crosswalk c = OscalCatalogReader.create().withFrameworkId("x").read(json, "t.json");
    assertEquals(2, c.requirements().size());
    Requirement one = c.requirement(ElementRef.of("x", "c-1")).orElseThrow();
    assertEquals(Optional.of(ElementRef.of("x", "top")), one.parent());
    assertEquals("Do *this*.", one.text(), "Markdown escapes are resolved");
  }

  // ---- errors ---------------------------------------------------------------------------------

  private static CrosswalkFormatException error(String json) {
    return assertThrows(CrosswalkFormatException.class, () -> OscalCatalogReader.create().read(json, "bad.json"));
  }

  private static String catalog(String members) {
    return """
        {"catalog": {"uuid": "u", "metadata": {"title": "T", "version": "1"},
        """ + members + "}}";
  }

  @Test
  void wrongTypesAreReportedWithLineAndPointer() {
    CrosswalkFormatException e = error(catalog("""
        "groups": [{"id": "g", "title": "G", "controls": [{"id": "c", "title": 42}]}]"""));
    assertEquals("/catalog/groups/0/controls/0/title", e.pointer());
    assertEquals(2, e.line());
    assertTrue(e.getMessage().startsWith("bad.json:2:"), e.getMessage());
    assertTrue(e.problem().contains("expected a string, got a number"), e.problem());
  }

  @Test
  void missingRequiredMembersAreReportedAtTheirObject() {
    CrosswalkFormatException e = error(catalog("""
        "controls": [{"id": "a", "title": "A"}, {"id": "b"}]"""));
    assertEquals("/catalog/controls/1", e.pointer());
    assertTrue(e.problem().contains("has no 'title'"), e.problem());
    assertTrue(error("{\"catalog\": {\"controls\": []}}").problem().contains("no 'metadata'"));
    assertTrue(error(catalog("\"controls\": [{\"title\": \"A\"}]")).problem().contains("neither a 'label' prop nor an 'id'"));
    assertTrue(error(catalog("\"controls\": [{\"id\": \"a\", \"title\": \"A\", \"props\": [{\"name\": \"x\"}]}]"))
        .problem().contains("'name' and a 'value'"));
  }

  @Test
  void duplicateRefsAreFormatErrorsAtTheSecondElement() {
    CrosswalkFormatException e = error(catalog("""
        "controls": [{"id": "a", "title": "A", "props": [{"name": "label", "value": "X-1"}]},
                     {"id": "b", "title": "B", "props": [{"name": "label", "value": "X-1"}]}]"""));
    assertEquals("/catalog/controls/1", e.pointer());
    assertTrue(e.problem().contains("duplicate requirement id"), e.problem());
  }

  @Test
  void malformedJsonDuplicateKeysAndTruncationAreLocated() {
    CrosswalkFormatException dup = error("{\"catalog\": {\"uuid\": \"a\", \"uuid\": \"b\"}}");
    assertTrue(dup.problem().contains("Duplicate field 'uuid'"), dup.problem());
    assertEquals(1, dup.line());
    assertEquals("/catalog/uuid", dup.pointer());
    CrosswalkFormatException truncated = error(catalog("\"controls\": [{\"id\": \"a\"").replace("}}", ""));
    assertTrue(truncated.problem().contains("truncated"), truncated.problem());
    assertTrue(truncated.line() > 0);
    assertTrue(error("[]").problem().contains("expected an OSCAL JSON object"));
    assertTrue(error("").problem().contains("empty"));
    assertTrue(error(catalog("\"controls\": []") + " {}").problem().contains("after the end"));
    CrosswalkFormatException notCatalog = error("{\"mapping-collection\": {}}");
    assertTrue(notCatalog.problem().contains("no 'catalog' member (found mapping-collection)"), notCatalog.problem());
  }

  @Test
  void invalidUtf8IsAFormatErrorWithALine() {
    byte[] bytes = catalog("\"controls\": [{\"id\": \"a\", \"title\": \"A?\"}]").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '?') {
        bytes[i] = (byte) 0xC3; // a lead byte followed by '"' is not UTF-8
      }
    }
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> OscalCatalogReader.create().read(new ByteArrayInputStream(bytes), "bad.json"));
    assertTrue(e.problem().contains("UTF-8"), e.problem());
    assertEquals(2, e.line());
    assertTrue(e.pointer().startsWith("byte "), e.pointer()); // the byte offset: the decoder runs before the parser
  }

  /** Jackson's decoder accepts these; the shared strict UTF-8 check does not, not even in members the reader skips. */
  @Test
  void overlongFormsAndEncodedSurrogatesAreRejectedAtTheirColumn() {
    String json = catalog("\"controls\": [{\"id\": \"a\", \"title\": \"A\", \"class\": \"?\"}]");
    int column = json.substring(json.lastIndexOf('\n') + 1).indexOf('?') + 1;
    for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      byte[] bytes = json.replace("?", "\u0000").getBytes(StandardCharsets.UTF_8);
      int at = json.replace("?", "\u0000").indexOf('\u0000');
      byte[] input = new byte[bytes.length - 1 + bad.length];
      System.arraycopy(bytes, 0, input, 0, at);
      System.arraycopy(bad, 0, input, at, bad.length);
      System.arraycopy(bytes, at + 1, input, at + bad.length, bytes.length - at - 1);
      CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
          () -> OscalCatalogReader.create().read(new ByteArrayInputStream(input), "bad.json"));
      assertEquals(2, e.line(), e.getMessage());
      assertEquals(column, e.column(), e.getMessage());
      assertEquals("byte " + at, e.pointer());
    }
    byte[] bom = ("\uFEFF" + catalog("\"controls\": [{\"id\": \"a\", \"title\": \"\uD83D\uDE00 A\"}]"))
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("\uD83D\uDE00 A", OscalCatalogReader.create().read(new ByteArrayInputStream(bom), "bom.json")
        .requirements().values().iterator().next().title(), "a byte order mark is skipped, 4-byte forms decode");
  }

  @Test
  void limitsAreEnforcedWhileStreamingAlsoInSkippedMembers() {
    String two = catalog("\"controls\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"}]");
    CrosswalkFormatException count = assertThrows(CrosswalkFormatException.class,
        () -> OscalCatalogReader.create().withLimits(ReadLimits.DEFAULT.withMaxElements(1)).read(two, "big.json"));
    assertEquals("/catalog/controls/1", count.pointer());
    assertTrue(count.problem().contains("maxElements"), count.problem());

    String deep = catalog("\"unused\": " + "[".repeat(100) + "]".repeat(100));
    CrosswalkFormatException depth = error(deep);
    assertTrue(depth.problem().contains("nesting depth"), depth.problem());
    assertTrue(depth.line() > 0 && !depth.pointer().isEmpty(), depth.getMessage());

    String huge = catalog("\"controls\": [{\"id\": \"a\", \"title\": \"" + "x".repeat(2000) + "\"}]");
    CrosswalkFormatException length = assertThrows(CrosswalkFormatException.class,
        () -> OscalCatalogReader.create().withLimits(ReadLimits.DEFAULT.withMaxStringLength(1000)).read(huge, "s.json"));
    assertTrue(length.problem().contains("String value length"), length.problem());

    String skippedHuge = catalog("\"params\": [\"" + "x".repeat(5000) + "\"]");
    CrosswalkFormatException size = assertThrows(CrosswalkFormatException.class,
        () -> OscalCatalogReader.create().withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(1000))
            .read(skippedHuge, "s.json"));
    assertTrue(size.problem().contains("ReadLimits.maxDocumentBytes"), size.problem());
    assertTrue(size.line() > 0, size.getMessage());
  }

  @Test
  void modelViolationsNameTheElement() {
    CrosswalkFormatException e = error(catalog("""
        "controls": [{"id": "a", "title": "A", "props": [{"name": "label", "value": " "}]}]"""));
    assertEquals("/catalog/controls/0", e.pointer());
    assertTrue(e.problem().contains("not a valid element"), e.problem());
    CrosswalkFormatException kind = error("""
        {"catalog": {"metadata": {"title": "T", "version": "1", "props": [
          {"name": "framework-kind", "ns": "https://crosswalk.dev/ns/oscal", "value": "NOVEL"}]}}}""");
    assertEquals("/catalog/metadata/props/0", kind.pointer());
    assertTrue(kind.problem().contains("not a framework kind"), kind.problem());
  }
}
