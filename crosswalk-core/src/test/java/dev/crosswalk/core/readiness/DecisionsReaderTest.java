package dev.crosswalk.core.readiness;

import static dev.crosswalk.core.readiness.Inputs.fault;
import static dev.crosswalk.core.readiness.Inputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionsReaderTest {
  private static final String HEADER = "requirement,decision,text\n";
  private static final String JSON = """
      {"decisions": [
        {"requirement": "hipaa:164.312(a)(2)(iv)", "decision": "alternative",
         "text": "Disk encryption of every laptop, by MDM policy \\"FV-1\\"."},
        {"requirement": "hipaa:164.312(e)(2)(ii)", "decision": "implemented"},
        {"requirement": "hipaa:164.310(d)(2)(iv)", "decision": "not-reasonable",
         "text": "No ePHI on removable media:\\nUSB storage is disabled."}
      ]}
      """;
  private static final String CSV = HEADER
      + "hipaa:164.312(a)(2)(iv),alternative,\"Disk encryption of every laptop, by MDM policy \"\"FV-1\"\".\"\r\n"
      + "hipaa:164.312(e)(2)(ii),implemented,\r\n"
      + "hipaa:164.310(d)(2)(iv),not-reasonable,\"No ePHI on removable media:\nUSB storage is disabled.\"\r\n";
  private static final Decisions EXPECTED = Decisions.of(List.of(
      Decision.alternative(ElementRef.parse("hipaa:164.312(a)(2)(iv)"), "Disk encryption of every laptop, by MDM policy \"FV-1\"."),
      Decision.implemented(ElementRef.parse("hipaa:164.312(e)(2)(ii)")),
      Decision.notReasonable(ElementRef.parse("hipaa:164.310(d)(2)(iv)"), "No ePHI on removable media:\nUSB storage is disabled.")));

  private final DecisionsReader reader = DecisionsReader.create();

  private Decisions json(String text) {
    return reader.read(utf8(text), "d.json");
  }

  private Decisions csv(String text) {
    return reader.read(utf8(text), "d.csv");
  }

  private static String entry(String requirement, String decision, String text) {
    return "{\"decisions\": [{\"requirement\": \"" + requirement + "\", \"decision\": \"" + decision + "\""
        + (text == null ? "" : ", \"text\": \"" + text + "\"") + "}]}";
  }

  // ---- reading ---------------------------------------------------------------------------------

  @Test
  void readsJson() {
    Decisions read = json(JSON);
    assertEquals(EXPECTED, read);
    assertEquals("Decisions[3: 1 implemented, 1 alternative, 1 not-reasonable]", read.toString());
  }

  @Test
  void readsCsv() {
    assertEquals(EXPECTED, csv(CSV));
  }

  @Test
  void theSameDecisionsInJsonAndCsvFilesReadEqual(@TempDir Path dir) throws Exception {
    Path json = Files.writeString(dir.resolve("decisions.json"), JSON);
    Path csv = Files.writeString(dir.resolve("decisions.CSV"), "\uFEFF" + CSV, StandardCharsets.UTF_8);
    assertEquals(reader.read(json), reader.read(csv));
    assertEquals(EXPECTED, reader.read(csv));
  }

  @Test
  void csvColumnsMayComeInAnyOrderAndBlankLinesAreSkipped() {
    assertEquals(Decisions.of(List.of(Decision.notReasonable(ElementRef.parse("hipaa:x"), "Why"))),
        csv("text,decision,requirement\n\nWhy,not-reasonable,hipaa:x\n\n"));
  }

  @Test
  void noDecisionsIsAnEmptyList() {
    assertEquals(Decisions.NONE, json("{\"decisions\": []}"));
    assertEquals(Decisions.NONE, csv(HEADER));
  }

  @Test
  void theReaderDoesNotCheckAgainstACrosswalk() {
    // Unknown and non-discretionary requirements are Decisions.check's to refuse.
    assertEquals(1, json(entry("nowhere:1", "implemented", null)).decisions().size());
  }

  // ---- files -----------------------------------------------------------------------------------

  @Test
  void anotherExtensionIsRefusedNamingTheFileAndBothExtensions(@TempDir Path dir) throws Exception {
    Path txt = Files.writeString(dir.resolve("decisions.txt"), JSON);
    assertEquals(txt + ": cannot tell the format of the file; name a decisions file *.json or *.csv",
        fault(() -> reader.read(txt)));
  }

  @Test
  void aMissingFileIsADataError(@TempDir Path dir) {
    Path missing = dir.resolve("none.json");
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, () -> reader.read(missing));
    assertEquals("cannot read " + missing + ": no such file", e.getMessage());
  }

  @Test
  void aFileFaultNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("d.csv"), HEADER + "hipaa:a,maybe,\n");
    assertEquals(file + ":2 at record 2, column 'decision': decision 'maybe' is not a decision; use implemented,"
        + " alternative or not-reasonable", fault(() -> reader.read(file)));
  }

  // ---- JSON faults -----------------------------------------------------------------------------

  @Test
  void anEmptyJsonDocumentSaysWhatWasExpected() {
    String expected = "d.json:1:1: the document is empty; expected a JSON object {\"decisions\": [...]} listing decisions";
    assertEquals(expected, fault(() -> json("")));
    assertTrue(fault(() -> json("  \n ")).endsWith(": the document is empty; expected a JSON object"
        + " {\"decisions\": [...]} listing decisions"));
  }

  @Test
  void theDocumentMustBeAnObjectWithDecisions() {
    assertEquals("d.json:1:1: expected a JSON object {\"decisions\": [...]} listing decisions, got an array",
        fault(() -> json("[]")));
    assertEquals("d.json:1:1: the document has no 'decisions'; expected a JSON object {\"decisions\": [...]}"
        + " listing decisions", fault(() -> json("{}")));
    assertEquals("d.json:1:2 at /decision: unknown member 'decision'; the document holds one member, 'decisions'",
        fault(() -> json("{\"decision\": []}")));
    assertEquals("d.json:1:15 at /decisions: expected an array of decisions, got an object",
        fault(() -> json("{\"decisions\": {}}")));
    assertEquals("d.json:1:16 at /decisions/0: expected a decision, an object with requirement, decision, text;"
        + " got a string", fault(() -> json("{\"decisions\": [\"hipaa:a\"]}")));
    assertEquals("d.json:1:19: unexpected content after the document's object; a file holds one object",
        fault(() -> json("{\"decisions\": []} {}")));
  }

  @Test
  void unknownAndDuplicateMembersAreRefused() {
    assertEquals("d.json:1:60 at /decisions/0/note: unknown member 'note'; a decision has requirement, decision,"
        + " text", fault(() -> json("{\"decisions\": [{\"requirement\": \"hipaa:a\", \"decision\": \"x\", \"note\": 1}]}")));
    assertEquals("d.json:1:70 at /decisions/0/decision: Duplicate field 'decision'", fault(() -> json(
        "{\"decisions\": [{\"requirement\": \"hipaa:a\", \"decision\": \"x\", \"decision\": \"y\"}]}")));
    assertEquals("d.json:1:30 at /decisions: Duplicate field 'decisions'", fault(() -> json(
        "{\"decisions\": [], \"decisions\": []}")));
  }

  @Test
  void membersHaveTheirTypes() {
    assertEquals("d.json:1:32 at /decisions/0/requirement: expected a string, got a number",
        fault(() -> json("{\"decisions\": [{\"requirement\": 7, \"decision\": \"implemented\"}]}")));
    assertEquals("d.json:1:78 at /decisions/0/text: expected a string, got null", fault(() -> json(
        "{\"decisions\": [{\"requirement\": \"hipaa:a\", \"decision\": \"alternative\", \"text\": null}]}")));
  }

  @Test
  void requirementAndDecisionAreRequired() {
    assertEquals("d.json:1:16 at /decisions/0: the decision has no 'requirement'; it is required",
        fault(() -> json("{\"decisions\": [{\"decision\": \"implemented\"}]}")));
    assertEquals("d.json:1:16 at /decisions/0: the decision has no 'decision'; it is required",
        fault(() -> json("{\"decisions\": [{\"requirement\": \"hipaa:a\"}]}")));
  }

  @Test
  void theRequirementIsAnElementReference() {
    assertEquals("d.json:1:32 at /decisions/0/requirement: requirement invalid element reference '164.312(b)':"
        + " expected 'framework:ref', e.g. 'hipaa:164.312(b)' or 'soc2:CC7.2'",
        fault(() -> json(entry("164.312(b)", "implemented", null))));
  }

  @Test
  void theDecisionIsAKnownKind() {
    assertEquals("d.json:1:55 at /decisions/0/decision: decision 'Alternative' is not a decision; use implemented,"
        + " alternative or not-reasonable", fault(() -> json(entry("hipaa:a", "Alternative", "x"))));
  }

  @Test
  void textRulesAreDecisionsOwn() {
    assertEquals("d.json:1:78 at /decisions/0/text: text is not allowed: an 'implemented' decision on hipaa:a"
        + " carries no text", fault(() -> json(entry("hipaa:a", "implemented", "We do."))));
    assertEquals("d.json:1:16 at /decisions/0: text is required: an 'alternative' decision on hipaa:a needs its"
        + " text (the alternative measure)", fault(() -> json(entry("hipaa:a", "alternative", null))));
    assertEquals("d.json:1:16 at /decisions/0: text is required: an 'not-reasonable' decision on hipaa:a needs its"
        + " text (the reason)", fault(() -> json(entry("hipaa:a", "not-reasonable", null))));
    assertEquals("d.json:1:78 at /decisions/0/text: text is blank; give a value or leave the member out",
        fault(() -> json(entry("hipaa:a", "alternative", "  "))));
    assertEquals("d.json:1:78 at /decisions/0/text: text is not valid: the text of the decision on hipaa:a has"
        + " 4001 characters; at most 4000", fault(() -> json(entry("hipaa:a", "alternative", "x".repeat(4001)))));
  }

  @Test
  void theSecondDecisionOnARequirementIsTheFaultAndNamesTheFirst() {
    String doc = "{\"decisions\": [\n"
        + "  {\"requirement\": \"hipaa:a\", \"decision\": \"implemented\"},\n"
        + "  {\"requirement\": \"hipaa:b\", \"decision\": \"implemented\"},\n"
        + "  {\"requirement\": \"hipaa:a\", \"decision\": \"alternative\", \"text\": \"t\"}\n]}";
    assertEquals("d.json:4:19 at /decisions/2/requirement: requirement hipaa:a is decided twice; the first"
        + " decision is on line 2 (/decisions/0); keep one decision per requirement", fault(() -> json(doc)));
  }

  @Test
  void malformedJsonIsLocated() {
    String truncated = fault(() -> json("{\"decisions\": [{\"requirement\": \"hipaa:a\""));
    assertTrue(truncated.startsWith("d.json:1:"), truncated);
    assertTrue(truncated.contains("end-of-input"), truncated);
    String comment = fault(() -> json("{\"decisions\": [/* no */]}"));
    assertTrue(comment.startsWith("d.json:1:16 at /decisions/0: Unexpected character ('/'"), comment);
  }

  @Test
  void invalidUtf8IsLocated() {
    byte[] bytes = entry("hipaa:a", "alternative", "caf\u00e9").getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 5] = (byte) 0xC3;
    bytes[bytes.length - 4] = (byte) 0x28;
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> reader.read(new java.io.ByteArrayInputStream(bytes), "d.json"));
    assertEquals("d.json", e.source());
    assertEquals(1, e.line());
    assertTrue(e.problem().contains("UTF-8"), e.getMessage());
  }

  @Test
  void valuesWithLineBreaksStayOnOneLineInMessages() {
    assertEquals("d.json:1:55 at /decisions/0/decision: decision 'alter\\nnative' is not a decision; use"
        + " implemented, alternative or not-reasonable", fault(() -> json(entry("hipaa:a", "alter\\nnative", "x"))));
    assertEquals("d.json:1:17 at /decisions/0/a\\nb: unknown member 'a\\nb'; a decision has requirement, decision,"
        + " text", fault(() -> json("{\"decisions\": [{\"a\\nb\": 1}]}")));
    String ref = fault(() -> json(entry("hipaa\\n:a", "implemented", null)));
    assertTrue(ref.contains("'hipaa\\n:a'"), ref);
  }

  @Test
  void limitsAreEnforced() {
    String three = "{\"decisions\": [" + String.join(", ", List.of(1, 2, 3).stream()
        .map(i -> "{\"requirement\": \"hipaa:" + i + "\", \"decision\": \"implemented\"}").toList()) + "]}";
    DecisionsReader two = reader.withLimits(ReadLimits.DEFAULT.withMaxElements(2));
    assertEquals(ReadLimits.DEFAULT.withMaxElements(2), two.limits());
    assertEquals("d.json:1:126 at /decisions/2: more than 2 decisions (ReadLimits.maxElements)",
        fault(() -> two.read(utf8(three), "d.json")));
    assertEquals("d.csv:4 at record 4: more than 2 records (ReadLimits.maxElements)",
        fault(() -> two.read(utf8(HEADER + "hipaa:1,implemented,\nhipaa:2,implemented,\nhipaa:3,implemented,\n"),
            "d.csv")));
    DecisionsReader short10 = reader.withLimits(ReadLimits.DEFAULT.withMaxStringLength(10));
    String longString = fault(() -> short10.read(utf8(entry("hipaa:a", "alternative", "x".repeat(11))), "d.json"));
    assertTrue(longString.contains("the input exceeds ReadLimits.maxStringLength"), longString);
    DecisionsReader small = reader.withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(50));
    String big = fault(() -> small.read(utf8(three), "d.json"));
    assertTrue(big.contains("ReadLimits.maxDocumentBytes") || big.contains("larger than 50"), big);
  }

  // ---- CSV faults ------------------------------------------------------------------------------

  @Test
  void anEmptyCsvSaysWhatWasExpected() {
    assertEquals("d.csv:1:1 at record 1 (header): the input is empty; expected the header row"
        + " requirement,decision,text", fault(() -> csv("")));
  }

  @Test
  void theHeaderNamesTheThreeColumns() {
    assertEquals("d.csv:1 at record 1 (header), column 3: unknown column 'note'; the columns are"
        + " requirement,decision,text", fault(() -> csv("requirement,decision,note\n")));
    assertEquals("d.csv:1 at record 1 (header): missing column [text]; the header must name"
        + " requirement,decision,text", fault(() -> csv("requirement,decision\n")));
    assertEquals("d.csv:1 at record 1 (header), column 1: unknown column 'requ\\nirement'; the columns are"
        + " requirement,decision,text", fault(() -> csv("\"requ\nirement\",decision,text\n")));
  }

  @Test
  void csvCellsFollowTheSameRules() {
    assertEquals("d.csv:2 at record 2, column 'requirement': requirement is empty; it is required",
        fault(() -> csv(HEADER + ",implemented,\n")));
    assertEquals("d.csv:2 at record 2, column 'requirement': requirement invalid element reference 'a': expected"
        + " 'framework:ref', e.g. 'hipaa:164.312(b)' or 'soc2:CC7.2'", fault(() -> csv(HEADER + "a,implemented,\n")));
    assertEquals("d.csv:2 at record 2, column 'decision': decision 'done' is not a decision; use implemented,"
        + " alternative or not-reasonable", fault(() -> csv(HEADER + "hipaa:a,done,\n")));
    assertEquals("d.csv:2 at record 2, column 'text': text is not allowed: an 'implemented' decision on hipaa:a"
        + " carries no text", fault(() -> csv(HEADER + "hipaa:a,implemented,We do.\n")));
    assertEquals("d.csv:2 at record 2, column 'text': text is required: an 'alternative' decision on hipaa:a"
        + " needs its text (the alternative measure)", fault(() -> csv(HEADER + "hipaa:a,alternative,\n")));
    assertEquals("d.csv:2 at record 2, column 'text': text is blank; give a value or leave the cell empty",
        fault(() -> csv(HEADER + "hipaa:a,alternative, \n")));
    assertEquals("d.csv:2 at record 2: the record has 2 cells; expected 3 (requirement,decision,text)",
        fault(() -> csv(HEADER + "hipaa:a,implemented\n")));
    assertEquals("d.csv:2 at record 2: the record has more than 3 cells; expected 3 (requirement,decision,text)",
        fault(() -> csv(HEADER + "hipaa:a,implemented,,\n")));
  }

  @Test
  void theSecondCsvDecisionOnARequirementIsTheFault() {
    assertEquals("d.csv:5 at record 4, column 'requirement': requirement hipaa:a is decided twice; the first"
        + " decision is on line 2 (record 2); keep one decision per requirement", fault(() -> csv(HEADER
            + "hipaa:a,alternative,\"two\nlines\"\nhipaa:b,implemented,\nhipaa:a,implemented,\n")));
  }

  @Test
  void malformedCsvIsLocated() {
    String quote = fault(() -> csv(HEADER + "hipaa:a,alternative,\"never closed\n"));
    assertTrue(quote.startsWith("d.csv:3 at record 2: malformed CSV: Missing closing quote"), quote);
    byte[] bad = (HEADER + "hipaa:a,alternative,caf\u00e9\n").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 2] = (byte) 0xFF;
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> reader.read(new java.io.ByteArrayInputStream(bad), "d.csv"));
    assertEquals(2, e.line());
    assertTrue(e.problem().contains("UTF-8"), e.getMessage());
  }
}
