package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.hipaasoc2.Soc2Category;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VendorReviewTest {
  private static final LocalDate END = LocalDate.of(2025, 12, 31);
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
  private static final Crosswalk CW = Crosswalks.bundled();

  /** A report that passes every check. */
  private static VendorReport clean(List<Deviation> exceptions) {
    return VendorReport.of("Acme", ReportType.TYPE_II, LocalDate.of(2025, 1, 1), END, LocalDate.of(2026, 2, 1),
        EnumSet.of(Soc2Category.AVAILABILITY, Soc2Category.CONFIDENTIALITY),
        List.of(new VendorSystem("EHR hosting", true, true)), exceptions, true);
  }

  private static VendorReport with(VendorReport r, ReportType type, Set<Soc2Category> categories,
      List<VendorSystem> systems, boolean baa) {
    // A Type I report is as of one date: its period end.
    return VendorReport.of(r.vendor(), type, type == ReportType.TYPE_I ? r.periodEnd() : r.periodStart(),
        r.periodEnd(), r.reportDate(), categories, systems, r.exceptions(), baa);
  }

  /** A report dated after the review date is flagged (a typo such as 2052 hid a stale report); on the date it is not. */
  @Test
  void aReportDatedAfterTheReviewIsFlagged() {
    VendorReport r = clean(List.of());
    assertFalse(codes(VendorReview.review(r, CW, r.reportDate())).contains(FindingCode.REPORT_DATED_IN_THE_FUTURE));
    Finding f = only(VendorReview.review(r, CW, r.reportDate().minusDays(1)), FindingCode.REPORT_DATED_IN_THE_FUTURE);
    assertEquals(Severity.HIGH, f.severity());
    VendorReport typo = VendorReport.of("Acme", ReportType.TYPE_II, LocalDate.of(2052, 1, 1), LocalDate.of(2052, 12, 31),
        LocalDate.of(2053, 2, 1), Set.of(), List.of(new VendorSystem("EHR", true, true)), List.of(), true);
    Finding future = only(VendorReview.review(typo, CW, AS_OF), FindingCode.REPORT_DATED_IN_THE_FUTURE);
    assertTrue(future.message().contains("2052-12-31") && future.message().contains(AS_OF.toString()), future.message());
  }

  private static List<FindingCode> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private static Finding only(List<Finding> findings, FindingCode code) {
    List<Finding> f = findings.stream().filter(x -> x.code() == code).toList();
    assertEquals(1, f.size(), findings.toString());
    return f.get(0);
  }

  /** The HIPAA requirements related (other than NOT_RELATED) to a SOC 2 element, read straight from the mappings. */
  private static Set<ElementRef> hipaaOf(ElementRef soc2) {
    Set<ElementRef> out = new TreeSet<>();
    for (Mapping m : CW.mappings()) {
      if (m.relationship() == Relationship.NOT_RELATED) {
        continue;
      }
      if (m.source().contains(soc2) && m.target().framework().equals("hipaa")) {
        out.addAll(m.target().members());
      } else if (m.target().contains(soc2) && m.source().framework().equals("hipaa")) {
        out.addAll(m.source().members());
      }
    }
    return out;
  }

  private static boolean required(ElementRef hipaa) {
    return CW.requirement(hipaa).orElseThrow().attribute("designation").equals(Optional.of("required"));
  }

  @Test
  void aCleanReportHasOnlyTheInformationFinding() {
    List<Finding> findings = VendorReview.review(clean(List.of()), CW, AS_OF);
    assertEquals(List.of(FindingCode.NOT_EVIDENCED_BY_SOC2), codes(findings));
    Set<ElementRef> recorded = CW.noCounterparts().stream()
        .filter(n -> n.framework().equals("soc2") && CW.requirement(n.element()).orElseThrow()
            .attribute("rule").equals(Optional.of("security")))
        .map(n -> n.element()).collect(Collectors.toCollection(TreeSet::new));
    assertFalse(recorded.isEmpty());
    assertEquals(List.copyOf(recorded), findings.get(0).hipaaRefs());
    assertEquals(Severity.INFO, findings.get(0).severity());
  }

  @Test
  void noBaaIsABlockerThatComesFirst() {
    VendorReport r = clean(List.of());
    List<Finding> findings = VendorReview.review(with(r, ReportType.TYPE_I, Set.of(), List.of(), false), CW,
        LocalDate.of(2030, 1, 1));
    assertEquals(FindingCode.NO_BAA, findings.get(0).code());
    assertEquals(Severity.BLOCKER, findings.get(0).severity());
    assertTrue(findings.get(0).message().contains("never replaces"), findings.get(0).message());
    assertTrue(findings.get(0).hipaaRefs().contains(ElementRef.parse("hipaa:164.308(b)(1)")));
    assertTrue(findings.get(0).hipaaRefs().contains(ElementRef.parse("hipaa:164.504(e)(1)")));
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(Finding.ORDER.compare(findings.get(i - 1), findings.get(i)) < 0, findings.toString());
    }
    assertEquals(List.of(FindingCode.NO_BAA, FindingCode.TYPE_I_ONLY, FindingCode.REPORT_STALE,
        FindingCode.NO_PHI_SYSTEM_IN_SCOPE, FindingCode.CONFIDENTIALITY_NOT_IN_SCOPE,
        FindingCode.AVAILABILITY_NOT_IN_SCOPE, FindingCode.NOT_EVIDENCED_BY_SOC2), codes(findings));
  }

  @Test
  void staleMeansThePeriodEndedMoreThanTwelveMonthsBeforeTheReviewDate() {
    VendorReport r = clean(List.of());
    assertFalse(codes(VendorReview.review(r, CW, END.plusMonths(12))).contains(FindingCode.REPORT_STALE));
    Finding stale = only(VendorReview.review(r, CW, END.plusMonths(12).plusDays(1)), FindingCode.REPORT_STALE);
    assertEquals(Severity.HIGH, stale.severity());
    assertTrue(stale.message().contains("2025-12-31"), stale.message());
    assertTrue(stale.message().contains("2027-01-01"), stale.message());
    Finding older = only(VendorReview.review(r, CW, LocalDate.of(2027, 7, 1)), FindingCode.REPORT_STALE);
    assertTrue(older.message().contains("18 months"), older.message());
  }

  @Test
  void scopeFindingsNameTheSystemsAndTheHipaaRequirementsOfTheMissingCategories() {
    VendorReport r = clean(List.of());
    List<Finding> f = VendorReview.review(with(r, ReportType.TYPE_II, Set.of(), List.of(
        new VendorSystem("Billing", true, false), new VendorSystem("Website", false, true)), true), CW, AS_OF);
    assertTrue(only(f, FindingCode.PHI_SYSTEM_NOT_IN_SCOPE).message().contains("'Billing'"));
    assertTrue(only(f, FindingCode.NO_PHI_SYSTEM_IN_SCOPE).message().contains("(Website)"));
    for (Soc2Category c : List.of(Soc2Category.CONFIDENTIALITY, Soc2Category.AVAILABILITY)) {
      Set<ElementRef> expected = new TreeSet<>();
      CW.requirements("soc2").stream().filter(s -> s.attribute("category").equals(Optional.of(c.token())))
          .forEach(s -> expected.addAll(hipaaOf(s.id())));
      assertFalse(expected.isEmpty(), c + " maps to HIPAA in the bundled data");
      FindingCode code = c == Soc2Category.CONFIDENTIALITY ? FindingCode.CONFIDENTIALITY_NOT_IN_SCOPE
          : FindingCode.AVAILABILITY_NOT_IN_SCOPE;
      assertEquals(List.copyOf(expected), only(f, code).hipaaRefs());
    }
    assertEquals(Severity.MEDIUM, only(f, FindingCode.CONFIDENTIALITY_NOT_IN_SCOPE).severity());
    assertEquals(Severity.LOW, only(f, FindingCode.AVAILABILITY_NOT_IN_SCOPE).severity());
  }

  @Test
  void exceptionsOnCriteriaMappedToRequiredSpecificationsNameThem() {
    ElementRef cc61 = ElementRef.parse("soc2:CC6.1");
    List<ElementRef> required = hipaaOf(cc61).stream().filter(VendorReviewTest::required).toList();
    assertFalse(required.isEmpty(), "CC6.1 maps to required specifications in the bundled data");
    Finding f = only(VendorReview.review(clean(List.of(new Deviation(cc61, "Access not revoked."))), CW, AS_OF),
        FindingCode.EXCEPTION_ON_REQUIRED_SPECIFICATION);
    assertEquals(Severity.HIGH, f.severity());
    assertEquals(required, f.hipaaRefs());
    for (ElementRef ref : required) {
      Requirement req = CW.requirement(ref).orElseThrow();
      assertTrue(f.message().contains(ref.ref() + " " + req.title()), f.message());
    }
    assertTrue(f.message().contains("\"Access not revoked.\""), f.message());
  }

  @Test
  void exceptionsElsewhereAreWeighedByWhatTheirCriteriaMapTo() {
    ElementRef addressableOnly = null;
    ElementRef unmapped = null;
    for (Requirement s : CW.requirements("soc2")) {
      if (!s.assessable()) {
        continue;
      }
      Set<ElementRef> mapped = hipaaOf(s.id());
      if (mapped.isEmpty() && unmapped == null) {
        unmapped = s.id();
      } else if (!mapped.isEmpty() && mapped.stream().noneMatch(VendorReviewTest::required) && addressableOnly == null) {
        addressableOnly = s.id();
      }
    }
    assertTrue(addressableOnly != null && unmapped != null, "the bundled data has both kinds of criteria");
    List<Finding> f = VendorReview.review(clean(List.of(new Deviation(addressableOnly, "x"),
        new Deviation(unmapped, "y"))), CW, AS_OF);
    assertEquals(List.copyOf(hipaaOf(addressableOnly)), only(f, FindingCode.EXCEPTION_ON_MAPPED_CRITERION).hipaaRefs());
    assertEquals(List.of(), only(f, FindingCode.EXCEPTION_ON_UNMAPPED_CRITERION).hipaaRefs());
  }

  @Test
  void anExceptionOnASeriesCoversItsCriteria() {
    ElementRef cc6 = ElementRef.parse("soc2:CC6");
    Set<ElementRef> expected = new TreeSet<>();
    CW.descendants(cc6).forEach(c -> hipaaOf(c.id()).stream().filter(VendorReviewTest::required).forEach(expected::add));
    Finding f = only(VendorReview.review(clean(List.of(new Deviation(cc6, "Many."))), CW, AS_OF),
        FindingCode.EXCEPTION_ON_REQUIRED_SPECIFICATION);
    assertEquals(List.copyOf(expected), f.hipaaRefs());
  }

  @Test
  void unknownCriteriaAndFrameworksAreNamed() {
    UnknownElementException e = assertThrows(UnknownElementException.class, () -> VendorReview.review(
        clean(List.of(new Deviation(ElementRef.parse("soc2:CC6.1"), "a"), new Deviation(ElementRef.parse("soc2:CC99.9"), "b"))),
        CW, AS_OF));
    assertTrue(e.getMessage().contains("exception 2 names soc2:CC99.9"), e.getMessage());
    assertThrows(UnknownElementException.class, () -> VendorReview.review(clean(List.of()),
        Crosswalk.builder().build(), AS_OF));
  }

  @Test
  void sameInputSameFindingsWhateverTheOrderOfExceptions() {
    List<Deviation> exceptions = new ArrayList<>(List.of(new Deviation(ElementRef.parse("soc2:CC6.1"), "a"),
        new Deviation(ElementRef.parse("soc2:CC7.2"), "b"), new Deviation(ElementRef.parse("soc2:CC8.1"), "c"),
        new Deviation(ElementRef.parse("soc2:A1.2"), "d")));
    List<Finding> first = VendorReview.review(clean(exceptions), CW, AS_OF);
    Collections.reverse(exceptions);
    assertEquals(first, VendorReview.review(clean(exceptions), CW, AS_OF));
    assertEquals(first, VendorReview.review(clean(exceptions), Crosswalks.bundled(), AS_OF));
  }
}
