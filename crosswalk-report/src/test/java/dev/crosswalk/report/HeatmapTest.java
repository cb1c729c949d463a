package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HeatmapTest {
  private static Heatmap.Row row(Heatmap map, String ref) {
    return map.rows().stream().filter(r -> r.id().equals(ElementRef.parse(ref))).findFirst().orElseThrow();
  }

  private static int column(Heatmap map, String label) {
    for (int i = 0; i < map.columns().size(); i++) {
      if (map.columns().get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no column " + label + " in " + map.columns());
  }

  @Test
  void scoresFollowTheDocumentedFormulaOnTheSmallCrosswalk() {
    Crosswalk cw = ReportFixtures.small();
    Heatmap all = Heatmap.of(cw, Queries.on(cw).coverage().of("hipaa").by("soc2").run());
    assertEquals(List.of("CC", "A"), all.columns().stream().map(Heatmap.Column::label).toList());
    assertEquals(List.of("hipaa:S.1", "hipaa:S.2", "hipaa:S.3"), all.rows().stream().map(r -> r.id().toString()).toList());
    Heatmap.Row s1 = row(all, "hipaa:S.1");
    assertEquals(Optional.of(ElementRef.parse("hipaa:S")), s1.group());
    assertEquals(3, s1.requirements());
    // S.1: one partial mapping of strength 5 gives 0.5; S.1.a and S.1.b have a covering mapping: 1.
    assertEquals((0.5 + 1 + 1) / 3, s1.cells().get(0).score(), 1e-12);
    assertEquals(3, s1.cells().get(0).touched());
    assertEquals(5, s1.cells().get(0).shade());
    assertEquals(0, s1.cells().get(1).score());
    assertEquals(0, s1.cells().get(1).shade());
    assertEquals(1.0, row(all, "hipaa:S.2").cells().get(1).score(), 1e-12);
    assertEquals(5, row(all, "hipaa:S.2").cells().get(1).shade());
    assertEquals(0, row(all, "hipaa:S.3").cells().get(0).score());

    Heatmap security = Heatmap.of(cw, Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").run());
    assertTrue(security.columns().get(0).inScope());
    assertFalse(security.columns().get(1).inScope(), "availability is out of a Security-only scope");
    assertEquals(0, row(security, "hipaa:S.2").cells().get(1).score(), "out-of-scope mappings count for nothing");
  }

  @Test
  void shadesSplitTheScoreIntoFifths() {
    assertEquals(0, new Heatmap.Cell(0, 0).shade());
    assertEquals(1, new Heatmap.Cell(0.001, 1).shade());
    assertEquals(1, new Heatmap.Cell(0.2, 1).shade());
    assertEquals(2, new Heatmap.Cell(0.2000001, 1).shade());
    assertEquals(5, new Heatmap.Cell(1, 1).shade());
  }

  @Test
  void bundledColumnsAreTheTscSeriesInCategoryOrder() {
    Crosswalk cw = Crosswalks.bundled();
    Heatmap map = Heatmap.of(cw, Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run());
    assertEquals(List.of("CC1", "CC2", "CC3", "CC4", "CC5", "CC6", "CC7", "CC8", "CC9", "A1", "C1", "PI1",
        "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"), map.columns().stream().map(Heatmap.Column::label).toList());
    assertEquals(Set.of("security"), map.columns().stream().filter(Heatmap.Column::inScope)
        .map(Heatmap.Column::category).collect(Collectors.toSet()));
  }

  @Test
  void bundledRowsAreTheSecurityRuleStandardsAndGeneralRulesAndCellsMatchAnIndependentComputation() {
    Crosswalk cw = Crosswalks.bundled();
    CoverageReport report = Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("hipaa", "rule", "security").run();
    Heatmap map = Heatmap.of(cw, report);
    Set<ElementRef> standards = cw.requirements("hipaa").stream()
        .filter(r -> r.attribute("rule").equals(Optional.of("security")))
        .filter(r -> r.parent().flatMap(cw::requirement).map(p -> p.kind().equals("section")).orElse(false))
        .map(Requirement::id).collect(Collectors.toSet());
    assertEquals(standards, map.rows().stream().map(Heatmap.Row::id).collect(Collectors.toSet()));
    int checked = 0;
    for (Heatmap.Row row : map.rows()) {
      List<Requirement> subtree = new ArrayList<>();
      subtree.add(cw.requirement(row.id()).orElseThrow());
      subtree.addAll(cw.descendants(row.id()));
      for (int c = 0; c < map.columns().size(); c++) {
        String series = map.columns().get(c).label();
        double sum = 0;
        for (Requirement t : subtree) {
          boolean covers = false;
          boolean any = false;
          double missing = 1;
          for (Mapping m : cw.mappingsOf(t.id(), "soc2")) {
            // A joint SOC 2 end counts in the column of each of its members.
            boolean inColumn = m.target().members().stream().anyMatch(member ->
                cw.requirement(member).orElseThrow().attribute("series").equals(Optional.of(series)));
            if (!inColumn) {
              continue;
            }
            Relationship fromSoc2 = m.relationship().inverse();
            covers |= fromSoc2.coversTarget();
            if (fromSoc2.partlyCoversTarget()) {
              any = true;
              missing *= 1 - m.strength() / 10.0;
            }
          }
          double own = covers ? 1 : any ? Math.min(0.9, 1 - missing) : 0;
          sum += own;
        }
        assertEquals(sum / subtree.size(), row.cells().get(c).score(), 1e-9, row.id() + " x " + series);
        checked += sum > 0 ? 1 : 0;
      }
    }
    assertTrue(checked > 20, "only " + checked + " non-empty cells checked");
    assertEquals(1.0, row(map, "hipaa:164.312(d)").cells().get(column(map, "CC6")).score(), 1e-9,
        "Person or entity authentication: contained in CC6.1 (HIPAA SUBSET_OF CC6.1), so CC6 covers it");
  }

  /**
   * Columns are grouped by the source's first groupBy key in its valueOrder; values it does not
   * list follow in natural order, columns without a value last. Before, only SOC 2's categories
   * were known, from an enum in code.
   */
  @Test
  void columnGroupsFollowTheSourcesValueOrder() {
    Crosswalk cw = ReportFixtures.generic("family=zeta,alpha");
    Heatmap map = Heatmap.of(cw, Queries.on(cw).coverage().of("t").by("u").run());
    assertEquals(List.of("Z", "A", "B", "M", "N"), map.columns().stream().map(Heatmap.Column::label).toList());
    assertEquals(List.of("zeta", "alpha", "beta", "mu", ""),
        map.columns().stream().map(Heatmap.Column::category).toList());
  }

  /** Without a display order for its first groupBy key, a source's columns are ungrouped, in identifier order. */
  @Test
  void withoutAValueOrderColumnsAreUngroupedInIdentifierOrder() {
    Crosswalk cw = ReportFixtures.generic("");
    Heatmap map = Heatmap.of(cw, Queries.on(cw).coverage().of("t").by("u").run());
    assertEquals(List.of("A", "B", "M", "N", "Z"), map.columns().stream().map(Heatmap.Column::label).toList());
    assertTrue(map.columns().stream().allMatch(c -> c.category().isEmpty()));
  }

  @Test
  void naturalOrderComparesNumbersAsNumbers() {
    assertTrue(Heatmap.natural("CC2", "CC10") < 0);
    assertTrue(Heatmap.natural("P8", "PI1") < 0);
    assertTrue(Heatmap.natural("CC9", "CC9") == 0);
    assertTrue(Heatmap.natural("A1", "A01") != 0);
  }
}
