package dev.crosswalk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.GapReason;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Remainders;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Security Rule's coverage by a Security-only SOC 2 scope, on the bundled (draft) data. */
class BundledCoverageTest {

  @Test
  void gapReasonsOnTheBundledDataFollowScope() {
    Queries q = Queries.on(Crosswalks.bundled());
    ElementRef backup = ElementRef.parse("hipaa:164.310(d)(2)(iv)");
    GapReport securityOnly = q.gaps().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
    assertEquals(GapReason.OUT_OF_SCOPE_ONLY, securityOnly.gap(backup).orElseThrow().reason());
    GapReport withAvailability = q.gaps().of("hipaa").by("soc2").restrict("soc2", "category", "security", "availability")
        .restrict("hipaa", "rule", "security").run();
    assertEquals(GapReason.ONLY_PARTIAL, withAvailability.gap(backup).orElseThrow().reason());
    Gap groupHealthPlans = securityOnly.gap(ElementRef.parse("hipaa:164.314(b)(1)")).orElseThrow();
    assertEquals(GapReason.RECORDED_NO_COUNTERPART, groupHealthPlans.reason());
    assertTrue(!groupHealthPlans.recordedReasons().isEmpty());
  }

  @Test
  void securityRuleBySecurityOnlySoc2() {
    Queries q = Queries.on(Crosswalks.bundled());
    CoverageReport r = q.coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
    Totals t = r.totals();
    assertTrue(t.applicable() > 0);
    assertEquals(100.0, t.percent(Verdict.COVERED) + t.percent(Verdict.PARTIAL) + t.percent(Verdict.NOT_COVERED), 1e-9);
    GapReport gaps = r.gaps();
    assertEquals(t.partial() + t.notCovered(), gaps.gaps().size());

    StringBuilder out = new StringBuilder("HIPAA Security Rule by SOC 2 (Security only), bundled data\n");
    out.append(String.format(Locale.ROOT, "  assessable in scope: %d; COVERED %.1f%% (%d), PARTIAL %.1f%% (%d), NOT_COVERED %.1f%% (%d)%n",
        t.applicable(), t.percent(Verdict.COVERED), t.covered(), t.percent(Verdict.PARTIAL), t.partial(),
        t.percent(Verdict.NOT_COVERED), t.notCovered()));
    r.byGroup("safeguard").forEach((g, gt) -> out.append("  safeguard ").append(g).append(": ").append(gt).append('\n'));
    r.byGroup("designation").forEach((g, gt) -> out.append("  designation ").append(g).append(": ").append(gt).append('\n'));
    gaps.byReason().forEach((reason, list) -> out.append("  ").append(reason).append(": ").append(list.size()).append('\n'));
    out.append("  top gaps (not covered first, required before addressable):\n");
    List<Gap> top = gaps.gaps().stream()
        .sorted(Comparator.comparing((Gap g) -> g.verdict() == Verdict.NOT_COVERED ? 0 : 1)
            .thenComparing(g -> List.of("required", "addressable").indexOf(g.coverage().group("designation").orElse("")) & 0xff)
            .thenComparing(Gap::id))
        .limit(12).toList();
    top.forEach(g -> out.append("    ").append(g.id()).append(' ').append(g.coverage().requirement().title())
        .append(": ").append(g.verdict()).append(", ").append(g.reason()).append('\n'));
    System.out.println(out);

    Remainders both = q.gaps().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").bothWays();
    System.out.println("SOC 2-only remainder (Security only): " + both.secondOnly().gaps().size() + " criteria; by reason "
        + both.secondOnly().byReason().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().size()).toList());
    System.out.println(q.explain(ElementRef.parse("hipaa:164.312(b)"), "soc2", Scope.of("soc2", "category", "security")));
  }
}
