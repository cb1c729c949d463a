package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import org.junit.jupiter.api.Test;

/** Options that used to be read silently in a surprising way are usage errors, or read both ways. */
class InputHandlingTest {

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void aListThatNamesNothingIsAUsageErrorNotEverything() {
    CliRun r = run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", ",");
    assertEquals(1, r.code(), r.out());
    assertEquals("crosswalk: option --categories lists no value; leave it out to mean everything\n", r.err());
    assertEquals(1, run("coverage", "--target", "hipaa", "--by", "soc2", "--rules", " , ").code());
  }

  @Test
  void aSingleValuedOptionGivenTwiceIsAUsageErrorWhileListsAddUp() {
    CliRun r = run("gaps", "--target", "hipaa", "--target", "soc2", "--by", "soc2");
    assertEquals(1, r.code());
    assertEquals("crosswalk: option --target is given twice ('hipaa' and 'soc2'); give it once\n", r.err());
    CliRun lists = run("gaps", "--target", "hipaa", "--by", "soc2", "--rules", "security", "--rules", "privacy");
    assertEquals(0, lists.code(), lists.err());
    assertTrue(lists.out().startsWith("Gaps of hipaa by soc2"), lists.out());
  }

  @Test
  void explainHasATypedJsonForm() throws Exception {
    CliRun r = run("explain", "hipaa:164.308(a)(6)(ii)", "--by", "soc2", "--categories", "security", "--format", "json");
    assertEquals(0, r.code(), r.err());
    com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertEquals("hipaa:164.308(a)(6)(ii)", j.get("requirement").asText());
    assertEquals("COVERED", j.get("verdict").asText());
    assertTrue(j.get("score").isNumber());
    assertTrue(j.get("dataVersion").asText().matches("\\d+\\.\\d+\\.\\d+"), j.get("dataVersion").toString());
    boolean joint = false;
    for (com.fasterxml.jackson.databind.JsonNode ev : j.get("evidence")) {
      assertTrue(ev.get("source").isArray() && ev.get("strength").isInt());
      joint |= ev.get("source").size() == 3;
    }
    assertTrue(joint, "the CC7.3 + CC7.4 + CC7.5 joint source is listed with its members");
    assertTrue(j.get("evidence").get(0).get("sources").get(0).has("id"));
    assertEquals(1, run("explain", "hipaa:164.312(b)", "--by", "soc2", "--format", "csv").code());
  }

  private static final String OVERLAY = MainTest.OVERLAY;


  @Test
  void addMergesYourOwnFilesOntoTheBundledDataInsteadOfReplacingIt(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path mine = java.nio.file.Files.writeString(dir.resolve("mine.json"), OVERLAY);
    CliRun without = run("mappings", "--from", "mine", "--to", "soc2");
    assertEquals(2, without.code(), "no framework 'mine' in the bundled data");
    CliRun with = run("mappings", "--from", "mine", "--to", "soc2", "--format", "csv", "--add", mine.toString());
    assertEquals(0, with.code(), with.err());
    assertTrue(with.out().contains("mine:AC-1,soc2:CC6.1,INTERSECTS_WITH,5,"), with.out());
    // The bundled data is still there: HIPAA gaps by SOC 2 are unchanged by an unrelated catalog.
    assertEquals(run("gaps", "--target", "hipaa", "--by", "soc2", "--format", "csv").out(),
        run("gaps", "--target", "hipaa", "--by", "soc2", "--format", "csv", "--add", mine.toString()).out());
    java.nio.file.Path clash = java.nio.file.Files.writeString(dir.resolve("clash.json"), OVERLAY.replace(
        "{\"id\": \"mine\", \"name\": \"Our controls\"", "{\"id\": \"soc2\", \"name\": \"Our controls\"")
        .replace("mine:AC-1", "soc2:AC-1"));
    CliRun conflict = run("frameworks", "--add", clash.toString());
    assertEquals(2, conflict.code(), conflict.out());
    assertEquals(1, conflict.err().lines().count(), conflict.err());
    assertTrue(conflict.err().contains("soc2") && conflict.err().contains("bundled"), conflict.err());
  }

  @Test
  void listingsReadIdsInNaturalOrderOrBySortId(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String doc = """
        {"formatVersion": "1.0",
         "frameworks": [{"id": "nist", "name": "N", "edition": "5", "publisher": "NIST", "kind": "CONTROL_CATALOG"}],
         "requirements": [
           {"id": "nist:AC-1", "title": "one", "kind": "control"%s},
           {"id": "nist:AC-10", "title": "ten", "kind": "control"%s},
           {"id": "nist:AC-19", "title": "nineteen", "kind": "control"%s},
           {"id": "nist:AC-2", "title": "two", "kind": "control"%s}]}
        """;
    java.nio.file.Path plain = java.nio.file.Files.writeString(dir.resolve("plain.json"),
        doc.formatted("", "", "", ""));
    CliRun natural = run("requirements", "--framework", "nist", "--data", plain.toString());
    assertEquals(0, natural.code(), natural.err());
    assertEquals(java.util.List.of("AC-1", "AC-2", "AC-10", "AC-19"), natural.out().lines().skip(2)
        .map(l -> l.split("\\s+")[1]).toList());
    String sortId = ", \"attributes\": {\"sort-id\": \"%s\"}";
    java.nio.file.Path sorted = java.nio.file.Files.writeString(dir.resolve("sorted.json"), doc.formatted(
        sortId.formatted("d"), sortId.formatted("c"), sortId.formatted("b"), sortId.formatted("a")));
    CliRun bySortId = run("requirements", "--framework", "nist", "--data", sorted.toString());
    assertEquals(java.util.List.of("AC-2", "AC-19", "AC-10", "AC-1"), bySortId.out().lines().skip(2)
        .map(l -> l.split("\\s+")[1]).toList());
  }

  @Test
  void versionReadsTheFilesOfData() {
    CliRun missing = run("version", "--data", "does-not-exist.json");
    assertEquals(2, missing.code(), missing.out());
    assertTrue(missing.err().contains("does-not-exist.json"), missing.err());
  }

  @Test
  void mappingsAreListedFromEitherSide() {
    int stored = Crosswalks.bundled().mappingsBetween("hipaa", "soc2").size();
    CliRun reverse = run("mappings", "--from", "soc2", "--to", "hipaa", "--format", "csv");
    assertEquals(0, reverse.code(), reverse.err());
    java.util.List<dev.crosswalk.core.model.Mapping> read =
        dev.crosswalk.core.export.MappingsCsvReader.create().read(reverse.out(), "reverse.csv");
    assertEquals(stored, read.size(), "every HIPAA-SOC 2 mapping, read from SOC 2's side");
    assertTrue(read.stream().allMatch(m -> m.source().framework().equals("soc2")));
    assertTrue(reverse.out().contains(",hipaa:164.312(b),"), reverse.out().substring(0, 300));
  }
}
