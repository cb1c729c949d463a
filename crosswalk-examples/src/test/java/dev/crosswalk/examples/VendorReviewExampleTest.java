package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.hipaasoc2.vendor.Finding;
import dev.crosswalk.hipaasoc2.vendor.FindingCode;
import dev.crosswalk.hipaasoc2.vendor.VendorReport;
import dev.crosswalk.hipaasoc2.vendor.VendorReview;
import dev.crosswalk.hipaasoc2.vendor.VendorSystem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendorReviewExampleTest {
  private final Crosswalk cw = Crosswalks.bundled();
  private final VendorReport sample = VendorReviewExample.sample();

  @Test
  void printsEveryFindingInOrder() {
    LocalDate asOf = sample.periodEnd().plusMonths(14);
    String out = VendorReviewExample.run(cw, sample, asOf);
    List<Finding> findings = VendorReview.review(sample, cw, asOf);
    assertTrue(out.startsWith("Review of " + sample.vendor() + "'s SOC 2 TYPE_II report as of " + asOf + ": "
        + findings.size() + " findings\n"), out);
    int at = 0;
    for (Finding f : findings) {
      int next = out.indexOf("\n" + f.severity() + " " + f.code() + "\n  " + f.message() + "\n", at);
      assertTrue(next > at, f + " missing or out of order in\n" + out);
      at = next;
    }
    assertEquals(findings.size(), out.lines().filter(l -> l.matches("(BLOCKER|HIGH|MEDIUM|LOW|INFO) [A-Z_0-9]+")).count());
  }

  @Test
  void theSampleShowsTheChecklist() {
    LocalDate stale = sample.periodEnd().plusMonths(12).plusDays(1);
    List<FindingCode> codes = VendorReview.review(sample, cw, stale).stream().map(Finding::code).toList();
    assertEquals(FindingCode.NO_BAA, codes.get(0), "no BAA in the sample: the blocker comes first");
    assertTrue(codes.contains(FindingCode.REPORT_STALE));
    assertTrue(codes.contains(FindingCode.PHI_SYSTEM_NOT_IN_SCOPE));
    assertTrue(codes.contains(FindingCode.CONFIDENTIALITY_NOT_IN_SCOPE));
    assertTrue(codes.contains(FindingCode.EXCEPTION_ON_REQUIRED_SPECIFICATION));
    String out = VendorReviewExample.run(cw, sample, stale);
    sample.systems().stream().filter(s -> s.handlesPhi() && !s.inScope()).map(VendorSystem::name)
        .forEach(name -> assertTrue(out.contains("'" + name + "'"), out));
    List<FindingCode> current = VendorReview.review(sample, cw, sample.reportDate()).stream().map(Finding::code).toList();
    assertTrue(!current.contains(FindingCode.REPORT_STALE), current.toString());
  }
}
