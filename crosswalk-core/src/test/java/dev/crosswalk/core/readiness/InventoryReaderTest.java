package dev.crosswalk.core.readiness;

import static dev.crosswalk.core.readiness.Inputs.fault;
import static dev.crosswalk.core.readiness.Inputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.ControlStatus;
import dev.crosswalk.core.query.InventoryControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryReaderTest {
  private static final String HEADER = "control,status,owner,evidence,lastTested\n";
  private static final String JSON = """
      {"controls": [
        {"control": "controls:IAM-02", "status": "implemented", "owner": "IT security, J. Doe",
         "evidence": ["TICKET-1", "https://wiki.example/iam-02"], "lastTested": "2026-01-15"},
        {"control": "controls:LOG-01", "status": "partial"},
        {"control": "mine:AC-7", "status": "not-applicable", "evidence": []},
        {"control": "controls:BCP-01", "status": "planned", "owner": "Ops"}
      ]}
      """;
  private static final String CSV = HEADER
      + "controls:IAM-02,implemented,\"IT security, J. Doe\",\"TICKET-1\r\nhttps://wiki.example/iam-02\",2026-01-15\r\n"
      + "controls:LOG-01,partial,,,\r\n"
      + "mine:AC-7,not-applicable,,,\r\n"
      + "controls:BCP-01,planned,Ops,,\r\n";
  private static final ControlInventory EXPECTED = ControlInventory.of(
      InventoryControl.of("controls:IAM-02", ControlStatus.IMPLEMENTED).withOwner("IT security, J. Doe")
          .withEvidence(List.of("TICKET-1", "https://wiki.example/iam-02")).withLastTested(LocalDate.of(2026, 1, 15)),
      InventoryControl.of("controls:LOG-01", ControlStatus.PARTIAL),
      InventoryControl.of("mine:AC-7", ControlStatus.NOT_APPLICABLE),
      InventoryControl.of("controls:BCP-01", ControlStatus.PLANNED).withOwner("Ops"));

  private final InventoryReader reader = InventoryReader.create();

  private ControlInventory json(String text) {
    return reader.read(utf8(text), "inv.json");
  }

  private ControlInventory csv(String text) {
    return reader.read(utf8(text), "inv.csv");
  }

  private static String control(String members) {
    return "{\"controls\": [{\"control\": \"controls:A\", \"status\": \"planned\"" + members + "}]}";
  }

  // ---- reading ---------------------------------------------------------------------------------

  @Test
  void readsJson() {
    ControlInventory read = json(JSON);
    assertEquals(EXPECTED, read);
    assertEquals("ControlInventory[4 controls: 1 IMPLEMENTED, 1 PARTIAL, 1 PLANNED, 1 NOT_APPLICABLE]",
        read.toString());
  }

  @Test
  void readsCsv() {
    assertEquals(EXPECTED, csv(CSV));
  }

  @Test
  void theSameInventoryInJsonAndCsvFilesReadsEqual(@TempDir Path dir) throws Exception {
    Path json = Files.writeString(dir.resolve("inventory.Json"), JSON);
    Path csv = Files.writeString(dir.resolve("inventory.csv"), CSV);
    assertEquals(reader.read(json), reader.read(csv));
    assertEquals(EXPECTED, reader.read(json));
  }

  @Test
  void evidenceEntriesLoseSurroundingWhiteSpaceInBothFormats() {
    ControlInventory fromJson = json(control(", \"evidence\": [\" T-1 \", \"T-2\"]"));
    ControlInventory fromCsv = csv(HEADER + "controls:A,planned,,\" T-1 \n T-2\",\n");
    assertEquals(List.of("T-1", "T-2"), fromJson.controls().values().iterator().next().evidence());
    assertEquals(fromJson, fromCsv);
  }

  @Test
  void noControlsIsAnEmptyInventory() {
    assertTrue(json("{\"controls\": []}").controls().isEmpty());
    assertTrue(csv(HEADER).controls().isEmpty());
  }

  @Test
  void anotherExtensionIsRefusedNamingTheFileAndBothExtensions(@TempDir Path dir) throws Exception {
    Path xlsx = Files.writeString(dir.resolve("inventory.xlsx"), CSV);
    assertEquals(xlsx + ": cannot tell the format of the file; name a control inventory file *.json or *.csv",
        fault(() -> reader.read(xlsx)));
  }

  // ---- JSON faults -----------------------------------------------------------------------------

  @Test
  void anEmptyDocumentSaysWhatWasExpected() {
    assertEquals("inv.json:1:1: the document is empty; expected a JSON object {\"controls\": [...]} listing"
        + " controls", fault(() -> json("")));
    assertEquals("inv.json:1:1: the document has no 'controls'; expected a JSON object {\"controls\": [...]}"
        + " listing controls", fault(() -> json("{}")));
  }

  @Test
  void controlAndStatusAreRequired() {
    assertEquals("inv.json:1:15 at /controls/0: the control has no 'status'; it is required",
        fault(() -> json("{\"controls\": [{\"control\": \"controls:A\"}]}")));
    assertEquals("inv.json:1:15 at /controls/0: the control has no 'control'; it is required",
        fault(() -> json("{\"controls\": [{\"status\": \"planned\"}]}")));
  }

  @Test
  void unknownDuplicateAndMistypedMembersAreRefused() {
    assertEquals("inv.json:1:62 at /controls/0/notes: unknown member 'notes'; a control has control, status,"
        + " owner, evidence, lastTested", fault(() -> json(control(", \"notes\": \"x\""))));
    assertEquals("inv.json:1:83 at /controls/0/owner: Duplicate field 'owner'",
        fault(() -> json(control(", \"owner\": \"a\", \"owner\": \"b\""))));
    assertEquals("inv.json:1:74 at /controls/0/evidence: expected an array of strings, got a string",
        fault(() -> json(control(", \"evidence\": \"TICKET-1\""))));
    assertEquals("inv.json:1:82 at /controls/0/evidence/1: expected a string, got a number",
        fault(() -> json(control(", \"evidence\": [\"T-1\", 2]"))));
    assertEquals("inv.json:1:71 at /controls/0/owner: expected a string, got an array",
        fault(() -> json(control(", \"owner\": [\"a\"]"))));
  }

  @Test
  void theStatusIsAKnownId() {
    assertEquals("inv.json:1:44 at /controls/0/status: status 'IMPLEMENTED' is not a status; use implemented,"
        + " partial, planned, not-applicable",
        fault(() -> json("{\"controls\": [{\"control\": \"x:A\", \"status\": \"IMPLEMENTED\"}]}")));
  }

  @Test
  void lastTestedIsAnIsoDate() {
    assertEquals("inv.json:1:76 at /controls/0/lastTested: lastTested '15/01/2026' is not a date; write"
        + " YYYY-MM-DD, e.g. 2026-01-15", fault(() -> json(control(", \"lastTested\": \"15/01/2026\""))));
    assertEquals("inv.json:1:76 at /controls/0/lastTested: lastTested '2026-02-30' is not a valid date",
        fault(() -> json(control(", \"lastTested\": \"2026-02-30\""))));
  }

  @Test
  void evidenceEntriesAreNonBlankSingleLines() {
    assertEquals("inv.json:1:82 at /controls/0/evidence/1: evidence has a blank entry; give one non-blank text"
        + " per item", fault(() -> json(control(", \"evidence\": [\"T-1\", \" \"]"))));
    assertEquals("inv.json:1:75 at /controls/0/evidence/0: evidence has an entry of more than one line; give one"
        + " line per item", fault(() -> json(control(", \"evidence\": [\"T-1\\nT-2\"]"))));
  }

  @Test
  void anOwnerIsNotBlank() {
    assertEquals("inv.json:1:71 at /controls/0/owner: owner is blank; give a value or leave the member out",
        fault(() -> json(control(", \"owner\": \"\""))));
  }

  @Test
  void theSecondEntryForAControlIsTheFaultAndNamesTheFirst() {
    String doc = "{\"controls\": [\n  {\"control\": \"controls:A\", \"status\": \"planned\"},\n"
        + "  {\"control\": \"controls:A\", \"status\": \"implemented\"}\n]}";
    assertEquals("inv.json:3:15 at /controls/1/control: control controls:A is listed twice; the first entry is"
        + " on line 2 (/controls/0); keep one entry per control", fault(() -> json(doc)));
  }

  @Test
  void evidenceItemsCountAgainstMaxElements() {
    InventoryReader two = reader.withLimits(ReadLimits.DEFAULT.withMaxElements(2));
    assertEquals("inv.json:1:85 at /controls/0/evidence/2: more than 2 items (ReadLimits.maxElements)",
        fault(() -> two.read(utf8(control(", \"evidence\": [\"a\", \"b\", \"c\"]")), "inv.json")));
  }

  @Test
  void deepNestingHitsTheDepthLimit() {
    InventoryReader shallow = reader.withLimits(ReadLimits.DEFAULT.withMaxNestingDepth(3));
    String deep = fault(() -> shallow.read(utf8(control(", \"evidence\": [[[[\"a\"]]]]")), "inv.json"));
    assertTrue(deep.contains("the input exceeds ReadLimits.maxNestingDepth"), deep);
  }

  // ---- CSV faults ------------------------------------------------------------------------------

  @Test
  void csvHeaderAndCells() {
    assertEquals("inv.csv:1:1 at record 1 (header): the input is empty; expected the header row"
        + " control,status,owner,evidence,lastTested", fault(() -> csv("")));
    assertEquals("inv.csv:1 at record 1 (header): missing column [lastTested]; the header must name"
        + " control,status,owner,evidence,lastTested", fault(() -> csv("control,status,owner,evidence\n")));
    assertEquals("inv.csv:2 at record 2, column 'status': status 'done' is not a status; use implemented,"
        + " partial, planned, not-applicable", fault(() -> csv(HEADER + "controls:A,done,,,\n")));
    assertEquals("inv.csv:2 at record 2, column 'status': status is empty; it is required",
        fault(() -> csv(HEADER + "controls:A,,,,\n")));
    assertEquals("inv.csv:2 at record 2, column 'lastTested': lastTested '2026-1-5' is not a date; write"
        + " YYYY-MM-DD, e.g. 2026-01-15", fault(() -> csv(HEADER + "controls:A,planned,,,2026-1-5\n")));
    assertEquals("inv.csv:2 at record 2, column 'owner': owner is blank; give a value or leave the cell empty",
        fault(() -> csv(HEADER + "controls:A,planned, ,,\n")));
    assertEquals("inv.csv:2 at record 2, column 'evidence': evidence has an empty line (line 2 of the cell);"
        + " write one entry per line", fault(() -> csv(HEADER + "controls:A,planned,,\"T-1\n\nT-2\",\n")));
    assertEquals("inv.csv:3 at record 3, column 'control': control controls:A is listed twice; the first entry"
        + " is on line 2 (record 2); keep one entry per control",
        fault(() -> csv(HEADER + "controls:A,planned,,,\ncontrols:A,partial,,,\n")));
  }
}
