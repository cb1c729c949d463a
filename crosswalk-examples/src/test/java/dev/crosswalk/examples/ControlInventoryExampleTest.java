package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Evidence;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ControlInventoryExampleTest {
  private final Crosswalk bundled = Crosswalks.bundled();
  private final String out = ControlInventoryExample.run(bundled);
  private final Crosswalk mine = ControlInventoryExample.withOwnControls(bundled);

  private static String totals(CoverageReport r) {
    int[] n = new int[4];
    r.requirements().values().forEach(c -> n[c.verdict().ordinal()]++);
    int applicable = n[0] + n[1] + n[2];
    double scores = r.requirements().values().stream().filter(c -> c.verdict().isApplicable())
        .mapToDouble(c -> c.score()).sum();
    return String.format(Locale.ROOT,
        "%d applicable: %d covered (%.1f%%), %d partial (%.1f%%), %d not covered (%.1f%%); graded %.1f%%; %d n/a",
        applicable, n[0], 100.0 * n[0] / applicable, n[1], 100.0 * n[1] / applicable, n[2], 100.0 * n[2] / applicable,
        100.0 * scores / applicable, n[3]);
  }

  @Test
  void answersForHipaaAndSoc2AtOnce() {
    for (String framework : List.of("hipaa", "soc2")) {
      CoverageReport r = Queries.on(mine).coverage().of(framework).byControls(ControlInventoryExample.inventory()).run();
      assertTrue(out.contains("\n" + framework + ": " + totals(r) + "\n"), framework + "\n" + out);
      int coveredOrPartial = (int) r.requirements().values().stream()
          .filter(c -> c.verdict() == Verdict.COVERED || c.verdict() == Verdict.PARTIAL).count();
      assertTrue(coveredOrPartial > 5, framework + " is partly covered by the inventory: " + coveredOrPartial);
    }
  }

  @Test
  void namesTheRequirementsWaitingForPlannedControls() {
    CoverageReport r = Queries.on(mine).coverage().of("hipaa").byControls(ControlInventoryExample.inventory()).run();
    List<String> waiting = new ArrayList<>();
    for (RequirementCoverage c : r.requirements().values()) {
      boolean onlyInactive = c.verdict() == Verdict.NOT_COVERED && c.noCounterparts().isEmpty()
          && c.evidence().stream().anyMatch(e -> e.limit() == Evidence.Limit.CONTROL_NOT_ACTIVE);
      if (onlyInactive) {
        waiting.add(c.id().toString());
        assertTrue(out.contains("waiting for a planned control: " + c.id() + " " + c.requirement().title()), out);
      }
    }
    assertFalse(waiting.isEmpty(), "BCP-04 is planned and is the only control mapped to some requirement");
    assertEquals(waiting.size(), out.lines().filter(l -> l.contains("waiting for a planned control: hipaa:")).count());
  }

  @Test
  void ownControlCoversItsTargetAndIsExplained() {
    ControlInventory inv = ControlInventoryExample.inventory();
    Verdict with = Queries.on(mine).coverage().of("hipaa").byControls(inv).run()
        .verdict(ControlInventoryExample.OWN_TARGET);
    ControlInventory withoutOwn = new ControlInventory(com.google.common.collect.ImmutableSortedMap.copyOf(
        inv.controls().entrySet().stream().filter(e -> !e.getKey().equals(ControlInventoryExample.OWN_CONTROL))
            .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue))));
    Verdict without = Queries.on(mine).coverage().of("hipaa").byControls(withoutOwn).run()
        .verdict(ControlInventoryExample.OWN_TARGET);
    assertEquals(Verdict.COVERED, with);
    assertTrue(without != Verdict.COVERED, "only the own control covers " + ControlInventoryExample.OWN_TARGET);
    assertTrue(out.contains(ControlInventoryExample.OWN_CONTROL + " EQUAL " + ControlInventoryExample.OWN_TARGET
        + " -> COVERED"), out);
    assertTrue(out.startsWith(inv.toString()), out);
  }
}
