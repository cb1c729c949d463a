package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The query-result writers: CSV that reads back row for row, and typed JSON envelopes. On a
 * fixture holding the bundled data's shapes (a joint source of three criteria, a partial mapping
 * and what HIPAA adds); crosswalk-data checks the same on the bundled data.
 */
public class QueryResultsTest {
  private static final Crosswalk CW = fixture();

  private static Crosswalk fixture() {
    ImmutableSortedSet<Citation> cfr = ImmutableSortedSet.of(Citation.of("cfr", "45 CFR 164"));
    return Crosswalk.builder()
        .addFramework(Framework.of("hipaa", "HIPAA", "45 CFR 164", "HHS", FrameworkKind.REGULATION))
        .addFramework(Framework.of("soc2", "SOC 2", "TSC 2017", "AICPA", FrameworkKind.ATTESTATION_CRITERIA))
        .addSource(Source.of("cfr", "45 CFR 164"))
        .addRequirement(Requirement.builder("hipaa:164.308(a)(6)(ii)", "Response and reporting")
            .kind("implementation-specification").attribute("rule", "security").build())
        .addRequirement(Requirement.builder("hipaa:164.312(b)", "Audit controls").kind("standard")
            .attribute("rule", "security").build())
        .addRequirement(Requirement.builder("hipaa:164.502(a)", "Uses and disclosures").kind("standard")
            .attribute("rule", "privacy").build())
        .addRequirement(Requirement.builder("soc2:CC7.2", "Monitoring").kind("criterion")
            .attribute("category", "security").build())
        .addRequirement(Requirement.builder("soc2:CC7.3", "Evaluating events").kind("criterion")
            .attribute("category", "security").build())
        .addRequirement(Requirement.builder("soc2:CC7.4", "Responding to incidents").kind("criterion")
            .attribute("category", "security").build())
        .addRequirement(Requirement.builder("soc2:CC7.5", "Recovering").kind("criterion")
            .attribute("category", "security").build())
        .addMapping(new Mapping(ElementRef.parse("hipaa:164.308(a)(6)(ii)"),
            Joint.of(ElementRef.parse("soc2:CC7.3"), ElementRef.parse("soc2:CC7.4"), ElementRef.parse("soc2:CC7.5")),
            Relationship.SUBSET_OF, Rationale.FUNCTIONAL, 8, "Together the criteria require incident response.", cfr,
            ImmutableList.of()))
        .addMapping(Mapping.curated("hipaa:164.308(a)(6)(ii)", "soc2:CC7.3", Relationship.INTERSECTS_WITH,
            Rationale.FUNCTIONAL, 7, "Identifying incidents is CC7.3's evaluation.", List.of("cfr")))
        .addMapping(Mapping.curated("hipaa:164.312(b)", "soc2:CC7.2", Relationship.INTERSECTS_WITH,
            Rationale.FUNCTIONAL, 7, "Both record and examine activity.", List.of("cfr")))
        .addAddition(new Addition(ElementRef.parse("hipaa:164.312(b)"), "soc2",
            "Audit controls in every system with ePHI, usually user-level audit trails.", cfr))
        .build();
  }

  private static CoverageReport coverage() {
    Scope security = Scope.of("hipaa", "rule", "security").with("soc2", "category", List.of("security"));
    return Queries.on(CW).coverage().of("hipaa").by("soc2").scope(security).run();
  }

  @Test
  void coverageCsvAndJsonCarryTheSameTypedFigures() throws Exception {
    checkCoverage(coverage());
  }

  /**
   * Coverage of HIPAA's Security Rule by SOC 2 Security as CSV and JSON carry the same typed
   * figures; crosswalk-data runs it on the bundled data.
   */
  public static void checkCoverage(CoverageReport r) throws Exception {
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
    assertEquals(1, gaps.gaps().size(), "the partly covered audit controls");
    checkGapsAndExplanations(CW, gaps);
  }

  /**
   * Every gap says what HIPAA adds, in CSV and typed JSON; 164.308(a)(6)(ii) is covered by a joint
   * source of CC7.3, CC7.4 and CC7.5 listed with its members; 164.312(b)'s explanation carries
   * what HIPAA adds, with sources. crosswalk-data runs it on the bundled data.
   */
  public static void checkGapsAndExplanations(Crosswalk cw, GapReport gaps) throws Exception {
    List<List<String>> csv = ExportFixtures.parseCsv(QueryResults.gapsCsv(gaps, cw, "soc2"));
    assertEquals(gaps.gaps().size() + 1, csv.size());
    assertTrue(csv.stream().skip(1).allMatch(row -> !row.get(7).isEmpty()), "every gap says what HIPAA adds");
    JsonNode json = new ObjectMapper().readTree(QueryResults.gapsJson(gaps, cw, "soc2", "1.1.0"));
    assertEquals(gaps.gaps().size(), json.get("rows").size());
    JsonNode first = json.get("rows").get(0);
    assertTrue(first.get("score").isNumber() && first.get("sources").isArray() && first.get("sources").get(0).isArray(),
        first.toString());
    assertTrue(first.get("recordedReasons").isArray());
    JsonNode e = new ObjectMapper().readTree(QueryResults.explanationJson(
        Queries.on(cw).explain(ElementRef.parse("hipaa:164.308(a)(6)(ii)"), "soc2"),
        cw.addition(ElementRef.parse("hipaa:164.308(a)(6)(ii)"), "soc2"), "1.1.0"));
    assertEquals("COVERED", e.get("verdict").asText());
    boolean joint = false;
    for (JsonNode ev : e.get("evidence")) {
      joint |= ev.get("source").size() == 3;
    }
    assertTrue(joint, "the CC7.3 + CC7.4 + CC7.5 joint source is listed with its members");
    assertTrue(!e.has("adds"), "covered jointly: nothing HIPAA adds is recorded");
    JsonNode audit = new ObjectMapper().readTree(QueryResults.explanationJson(
        Queries.on(cw).explain(ElementRef.parse("hipaa:164.312(b)"), "soc2"),
        cw.addition(ElementRef.parse("hipaa:164.312(b)"), "soc2"), "1.1.0"));
    assertTrue(audit.get("adds").get("statement").asText().contains("audit"), audit.get("adds").toString());
    assertTrue(audit.get("adds").get("sources").get(0).has("id"));
  }
}
