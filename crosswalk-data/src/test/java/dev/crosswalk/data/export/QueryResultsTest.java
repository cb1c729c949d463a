package dev.crosswalk.data.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFixtures;
import dev.crosswalk.core.export.QueryResults;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The query-result writers on the bundled data: CSV that reads back row for row, and typed JSON
 * envelopes (core's {@code QueryResultsTest} checks the same on a fixture of the same shapes).
 */
class QueryResultsTest {
  private static final Crosswalk CW = Crosswalks.bundled();

  private static CoverageReport coverage() {
    return Queries.on(CW).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security")
        .restrict("hipaa", "rule", "security").run();
  }

  @Test
  void coverageCsvAndJsonCarryTheSameTypedFigures() throws Exception {
    CoverageReport r = coverage();
    List<List<String>> csv = ExportFixtures.parseCsv(QueryResults.coverageCsv(r, List.of("safeguard")));
    assertEquals(QueryResults.COVERAGE_COLUMNS, csv.get(0));
    assertEquals(List.of("all", "all", String.valueOf(r.totals().covered())), csv.get(1).subList(0, 3));
    JsonNode json = new ObjectMapper().readTree(QueryResults.coverageJson(r, List.of("safeguard"), "9.9.9"));
    assertEquals("hipaa", json.get("target").asText());
    assertEquals("security", json.get("scope").get("hipaa").get("rule").get(0).asText());
    assertEquals("9.9.9", json.get("dataVersion").asText());
    JsonNode all = json.get("rows").get(0);
    assertTrue(all.get("covered").isInt() && all.get("graded_pct").isNumber());
    assertEquals(r.totals().gradedPercent(), all.get("graded_pct").asDouble(), 0.05);
    assertEquals(csv.size() - 1, json.get("rows").size());
  }

  @Test
  void gapsSayWhatTheTargetAddsAndExplanationsListJointMembers() throws Exception {
    GapReport gaps = coverage().gaps();
    List<List<String>> csv = ExportFixtures.parseCsv(QueryResults.gapsCsv(gaps, CW, "soc2"));
    assertEquals(gaps.gaps().size() + 1, csv.size());
    assertTrue(csv.stream().skip(1).allMatch(row -> !row.get(7).isEmpty()), "every gap says what HIPAA adds");
    JsonNode json = new ObjectMapper().readTree(QueryResults.gapsJson(gaps, CW, "soc2", "1.1.0"));
    assertEquals(gaps.gaps().size(), json.get("rows").size());
    JsonNode first = json.get("rows").get(0);
    assertTrue(first.get("score").isNumber() && first.get("sources").isArray() && first.get("sources").get(0).isArray(),
        first.toString());
    assertTrue(first.get("recordedReasons").isArray());
    JsonNode e = new ObjectMapper().readTree(QueryResults.explanationJson(
        Queries.on(CW).explain(ElementRef.parse("hipaa:164.308(a)(6)(ii)"), "soc2"),
        CW.addition(ElementRef.parse("hipaa:164.308(a)(6)(ii)"), "soc2"), "1.1.0"));
    assertEquals("COVERED", e.get("verdict").asText());
    boolean joint = false;
    for (JsonNode ev : e.get("evidence")) {
      joint |= ev.get("source").size() == 3;
    }
    assertTrue(joint, "the CC7.3 + CC7.4 + CC7.5 joint source is listed with its members");
    assertTrue(!e.has("adds"), "covered jointly: the data records nothing HIPAA adds");
    JsonNode audit = new ObjectMapper().readTree(QueryResults.explanationJson(
        Queries.on(CW).explain(ElementRef.parse("hipaa:164.312(b)"), "soc2"),
        CW.addition(ElementRef.parse("hipaa:164.312(b)"), "soc2"), "1.1.0"));
    assertTrue(audit.get("adds").get("statement").asText().contains("audit"), audit.get("adds").toString());
    assertTrue(audit.get("adds").get("sources").get(0).has("id"));
  }
}
