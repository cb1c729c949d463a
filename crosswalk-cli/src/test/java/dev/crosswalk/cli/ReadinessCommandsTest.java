package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readiness commands and options: graded coverage, decisions, inventory, what HIPAA adds, plan. */
class ReadinessCommandsTest {
  private static final String DECISIONS = "src/test/resources/readiness/decisions.csv";


  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void coverageJsonHasNumbersAndTheGradedColumn() throws Exception {
    CliRun r = run("coverage", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security",
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode envelope = new ObjectMapper().readTree(r.out());
    assertEquals("hipaa", envelope.get("target").asText());
    assertEquals("soc2", envelope.get("source").asText());
    assertEquals("security", envelope.get("scope").get("soc2").get("category").get(0).asText());
    assertTrue(envelope.get("dataVersion").asText().matches("\\d+\\.\\d+\\.\\d+"));
    JsonNode all = envelope.get("rows").get(0);
    assertEquals("all", all.get("group").asText());
    assertTrue(all.get("covered").isInt(), all.toString());
    assertTrue(all.get("graded_pct").isNumber(), all.toString());
    assertTrue(all.get("graded_pct").asDouble() > all.get("covered_pct").asDouble());
  }

  @Test
  void decisionsRaiseCoverageAndLeaveTheListOfDecisionsToDocument() {
    CliRun before = run("coverage", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security");
    CliRun after = run("coverage", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security",
        "--decisions", DECISIONS);
    assertEquals(0, after.code(), after.err());
    assertTrue(before.out().contains("22 discretionary requirements in scope need a documented decision"), before.out());
    assertTrue(after.out().contains("19 discretionary requirements in scope need a documented decision"), after.out());
    CliRun explain = run("explain", "hipaa:164.312(a)(2)(iv)", "--by", "soc2", "--decisions", DECISIONS);
    assertTrue(explain.out().contains("COVERED") && explain.out().contains("decision: alternative: ePHI is stored"),
        explain.out());
  }

  @Test
  void aDecisionOnARequiredSpecificationIsBadDataAndABadFileNamesItsLine(@TempDir Path dir) throws Exception {
    Path required = Files.writeString(dir.resolve("d.csv"),
        "requirement,decision,text\nhipaa:164.312(b),alternative,Something else.\n");
    CliRun r = run("gaps", "--target", "hipaa", "--by", "soc2", "--decisions", required.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().contains("hipaa:164.312(b)") && r.err().contains("not discretionary"), r.err());
    Path broken = Files.writeString(dir.resolve("e.csv"), "requirement,decision,text\nhipaa:164.312(b),maybe,\n");
    CliRun bad = run("plan", "--target", "hipaa", "--by", "soc2", "--decisions", broken.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("e.csv") && bad.err().contains("maybe"), bad.err());
    assertEquals(1, run("plan", "--target", "hipaa", "--by", "soc2", "--decisions", "").code());
    assertEquals(1, run("plan", "--target", "hipaa").code());
  }

  @Test
  void anInventoryStartsThePlanFurtherOn(@TempDir Path dir) throws Exception {
    Path inventory = Files.writeString(dir.resolve("inventory.json"), """
        {"controls": [{"control": "controls:GOV-05", "status": "implemented"},
                      {"control": "controls:VEN-01", "status": "implemented", "owner": "legal"}]}
        """);
    CliRun plain = run("plan", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security",
        "--format", "json");
    CliRun withInventory = run("plan", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules",
        "security", "--format", "json", "--inventory", inventory.toString());
    assertEquals(0, withInventory.code(), withInventory.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode a = json.readTree(plain.out());
    JsonNode b = json.readTree(withInventory.out());
    assertEquals("controls:GOV-05", a.get("steps").get(0).get("control").asText());
    assertEquals("controls:VEN-01", a.get("steps").get(1).get("control").asText());
    assertTrue(b.get("start").get("gradedPct").asDouble() > a.get("start").get("gradedPct").asDouble());
    assertEquals(a.get("steps").get(1).get("after").get("gradedPct").asDouble(),
        b.get("start").get("gradedPct").asDouble(), 1e-9, "two steps done = the plan's state after step 2");
    b.get("steps").forEach(s -> assertTrue(!s.get("control").asText().equals("controls:GOV-05")
        && !s.get("control").asText().equals("controls:VEN-01"), s.toString()));
  }

  @Test
  void theGenericScopeOptionWorksForAnyFrameworkAndMatchesTheShorthands() {
    CliRun shorthand = run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security",
        "--format", "csv");
    CliRun generic = run("gaps", "--target", "hipaa", "--by", "soc2", "--scope", "soc2.category=security",
        "--scope", "hipaa.rule=security", "--format", "csv");
    assertEquals(0, generic.code(), generic.err());
    assertEquals(shorthand.out(), generic.out());
    CliRun text = run("gaps", "--target", "hipaa", "--by", "soc2", "--scope", "hipaa.rule=security");
    assertTrue(text.out().startsWith("Gaps of hipaa by soc2, scope: hipaa.rule = security: "), text.out());
    assertEquals(1, run("gaps", "--target", "hipaa", "--by", "soc2", "--scope", "hipaa=security").code());
  }

  @Test
  void gapsSayWhatHipaaAdds() {
    CliRun r = run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security",
        "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("requirement,title,verdict,score,reason,designation,detail,adds\n"), r.out());
    long rows = r.out().lines().filter(l -> l.startsWith("hipaa:")).count();
    assertTrue(rows >= 50, "gap rows: " + rows);
    assertTrue(r.out().contains("six") || r.out().contains("Six"), "164.316(b)(2)(i): six-year retention is stated");
  }
}
