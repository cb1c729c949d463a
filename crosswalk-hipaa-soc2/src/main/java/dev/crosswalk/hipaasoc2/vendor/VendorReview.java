package dev.crosswalk.hipaasoc2.vendor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.hipaasoc2.HipaaRule;
import dev.crosswalk.hipaasoc2.Soc2Category;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reviews a vendor's SOC 2 report for a HIPAA covered entity or business associate, after the
 * checklist in {@code docs/reports.md}: Type II rather than Type I, a current period, the systems
 * that handle PHI in scope, Confidentiality and ideally Availability in scope, the auditor's
 * exceptions weighed by the HIPAA requirements their criteria map to, and a signed Business
 * Associate Agreement, which a SOC 2 report never replaces.
 *
 * <pre>{@code
 * List<Finding> findings = VendorReview.review(report, Crosswalks.bundled(), LocalDate.of(2026, 3, 1));
 * }</pre>
 *
 * <p>The review date is a parameter, never the clock, so the same inputs always give the same
 * findings, in {@link Finding#ORDER}. The HIPAA requirements named come from the crosswalk's
 * mappings: a criterion "maps to" a HIPAA requirement when a mapping between them (either way
 * round) is other than {@code NOT_RELATED}; a requirement is a required specification when its
 * {@code designation} attribute is {@code required}.
 */
public final class VendorReview {
  /** A report whose period ended more than this many months before the review date is stale. */
  public static final int STALE_AFTER_MONTHS = 12;

  /** The HIPAA requirements on business associate contracts, named by the {@link FindingCode#NO_BAA} finding. */
  static final List<String> BAA_REFS =
      List.of("164.308(b)(1)", "164.314(a)(1)", "164.502(e)(1)", "164.504(e)(1)");

  private static final String HIPAA = HipaaRule.FRAMEWORK;
  private static final String SOC2 = Soc2Category.FRAMEWORK;

  private VendorReview() {}

  /**
   * The findings of a review on a given date, most severe first; immutable.
   *
   * @param report the vendor's report
   * @param crosswalk a crosswalk holding the {@code hipaa} and {@code soc2} frameworks and their
   *     mappings, such as the bundled one
   * @param asOf the date of the review, against which staleness is judged
   * @throws UnknownElementException if the crosswalk lacks either framework, or an exception names
   *     a criterion the crosswalk does not hold
   */
  public static List<Finding> review(VendorReport report, Crosswalk crosswalk, LocalDate asOf) {
    requireNonNull(report, "report");
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(asOf, "asOf");
    crosswalk.requireFramework(HIPAA);
    crosswalk.requireFramework(SOC2);
    List<Finding> out = new ArrayList<>();
    if (!report.baaSigned()) {
      out.add(finding(FindingCode.NO_BAA, "No Business Associate Agreement is signed with " + report.vendor()
          + ". HIPAA requires one with every vendor that creates, receives, maintains or transmits PHI on your"
          + " behalf, and a SOC 2 report never replaces it: do not share PHI until it is signed.",
          existing(crosswalk, BAA_REFS)));
    }
    if (report.type() == ReportType.TYPE_I) {
      out.add(finding(FindingCode.TYPE_I_ONLY, "The report is Type I: it shows the controls were designed as of "
          + report.periodEnd() + ", not that they operated effectively over time. Ask for a Type II report.",
          List.of()));
    }
    if (report.reportDate().isAfter(asOf)) {
      out.add(finding(FindingCode.REPORT_DATED_IN_THE_FUTURE, "The report is dated " + report.reportDate()
          + (report.periodEnd().isAfter(asOf) ? " and its period ends on " + report.periodEnd() : "")
          + ", after the review date " + asOf + ": a date is wrong, so whether the report is current is unknown."
          + " Check the dates on the report itself.", List.of()));
    }
    if (asOf.isAfter(report.periodEnd().plusMonths(STALE_AFTER_MONTHS))) {
      long months = ChronoUnit.MONTHS.between(report.periodEnd(), asOf);
      out.add(finding(FindingCode.REPORT_STALE, "The report period ended on " + report.periodEnd() + ", " + months
          + " months before " + asOf + " (more than " + STALE_AFTER_MONTHS + "): the report is stale. Ask for the"
          + " current one.", List.of()));
    }
    scope(report, out);
    categories(report, crosswalk, out);
    for (int i = 0; i < report.exceptions().size(); i++) {
      out.add(exception(report.exceptions().get(i), i, crosswalk));
    }
    List<ElementRef> unevidenced = crosswalk.noCounterparts().stream()
        .filter(n -> n.framework().equals(SOC2) && n.element().framework().equals(HIPAA))
        .map(NoCounterpart::element)
        .filter(ref -> crosswalk.requirement(ref)
            .flatMap(r -> r.attribute(HipaaRule.ATTRIBUTE)).equals(Optional.of(HipaaRule.SECURITY.token())))
        .distinct().toList();
    if (!unevidenced.isEmpty()) {
      out.add(finding(FindingCode.NOT_EVIDENCED_BY_SOC2, "No SOC 2 report can evidence these "
          + unevidenced.size() + " HIPAA Security Rule requirements, which have no SOC 2 counterpart: "
          + describe(crosswalk, unevidenced) + ". Cover them in the BAA or ask for the vendor's HIPAA evidence.",
          unevidenced));
    }
    out.sort(Finding.ORDER);
    return ImmutableList.copyOf(out);
  }

  private static void scope(VendorReport report, List<Finding> out) {
    List<VendorSystem> inScope = report.systems().stream().filter(VendorSystem::inScope).toList();
    if (inScope.stream().noneMatch(VendorSystem::handlesPhi)) {
      out.add(finding(FindingCode.NO_PHI_SYSTEM_IN_SCOPE, inScope.isEmpty()
          ? "The report names no system in its scope, so it says nothing about the systems that handle your PHI."
              + " Read the scope section and ask which systems it covers."
          : "None of the " + inScope.size() + " systems in the report's scope ("
              + inScope.stream().map(VendorSystem::name).collect(Collectors.joining(", "))
              + ") handles PHI, so the report says nothing about the systems that do.", List.of()));
    }
    for (VendorSystem s : report.systems()) {
      if (s.handlesPhi() && !s.inScope()) {
        out.add(finding(FindingCode.PHI_SYSTEM_NOT_IN_SCOPE, "System '" + s.name() + "' handles PHI but is outside"
            + " the report's scope: the report gives no assurance about it. Ask for a report that covers it.",
            List.of()));
      }
    }
  }

  private static void categories(VendorReport report, Crosswalk cw, List<Finding> out) {
    if (!report.covers(Soc2Category.CONFIDENTIALITY)) {
      out.add(finding(FindingCode.CONFIDENTIALITY_NOT_IN_SCOPE, "Confidentiality is not in scope, though the vendor"
          + " handles sensitive health data: the C1 criteria, which the crosswalk maps to the HIPAA requirements"
          + " listed, were not examined.", hipaaOfCategory(cw, Soc2Category.CONFIDENTIALITY)));
    }
    if (!report.covers(Soc2Category.AVAILABILITY)) {
      out.add(finding(FindingCode.AVAILABILITY_NOT_IN_SCOPE, "Availability is not in scope: the A1 criteria"
          + " (capacity, backups, recovery testing), which the crosswalk maps to the HIPAA requirements listed, were"
          + " not examined.", hipaaOfCategory(cw, Soc2Category.AVAILABILITY)));
    }
  }

  private static Finding exception(Deviation d, int index, Crosswalk cw) {
    Requirement criterion = cw.requirement(d.criterion()).orElseThrow(() -> new UnknownElementException(
        "exception " + (index + 1) + " names " + d.criterion() + ", which is not a SOC 2 criterion of the crosswalk"));
    List<Requirement> subjects = new ArrayList<>();
    subjects.add(criterion);
    subjects.addAll(cw.descendants(criterion.id()));
    TreeMap<ElementRef, Requirement> mapped = new TreeMap<>();
    for (Requirement s : subjects) {
      for (Mapping m : cw.mappingsOf(s.id(), HIPAA)) {
        if (m.relationship() != Relationship.NOT_RELATED) {
          m.target().members().forEach(t -> cw.requirement(t).ifPresent(r -> mapped.put(r.id(), r)));
        }
      }
    }
    List<ElementRef> required = mapped.values().stream()
        .filter(r -> r.attribute("designation").equals(Optional.of("required")))
        .map(Requirement::id).toList();
    String lead = "Auditor exception on " + criterion.id() + " " + criterion.title() + ": \"" + d.description()
        + "\" ";
    if (!required.isEmpty()) {
      return finding(FindingCode.EXCEPTION_ON_REQUIRED_SPECIFICATION, lead + "The criterion maps to "
          + required.size() + (required.size() == 1 ? " HIPAA required specification: " : " HIPAA required specifications: ")
          + describe(cw, required) + ". Ask how it was remediated and whether PHI was affected.", required);
    }
    if (!mapped.isEmpty()) {
      return finding(FindingCode.EXCEPTION_ON_MAPPED_CRITERION, lead + "The criterion maps to HIPAA "
          + describe(cw, List.copyOf(mapped.keySet())) + ". Ask how it was remediated.",
          List.copyOf(mapped.keySet()));
    }
    return finding(FindingCode.EXCEPTION_ON_UNMAPPED_CRITERION, lead + "The crosswalk maps the criterion to no"
        + " HIPAA requirement.", List.of());
  }

  /** The HIPAA requirements mapped (other than NOT_RELATED) from the criteria of a category. */
  private static List<ElementRef> hipaaOfCategory(Crosswalk cw, Soc2Category category) {
    List<ElementRef> out = new ArrayList<>();
    for (Requirement r : cw.requirements(SOC2)) {
      if (r.attribute(Soc2Category.ATTRIBUTE).equals(Optional.of(category.token()))) {
        for (Mapping m : cw.mappingsOf(r.id(), HIPAA)) {
          if (m.relationship() != Relationship.NOT_RELATED) {
            m.target().members().stream().filter(t -> cw.requirement(t).isPresent()).forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  private static List<ElementRef> existing(Crosswalk cw, List<String> refs) {
    return refs.stream().map(r -> ElementRef.of(HIPAA, r)).filter(r -> cw.requirement(r).isPresent()).toList();
  }

  /** {@code 164.312(a)(2)(i) Unique user identification; 164.312(d) Person or entity authentication}. */
  private static String describe(Crosswalk cw, List<ElementRef> refs) {
    return refs.stream().sorted().map(ref -> ref.ref() + cw.requirement(ref).map(r -> " " + r.title()).orElse(""))
        .collect(Collectors.joining("; "));
  }

  private static Finding finding(FindingCode code, String message, List<ElementRef> refs) {
    return new Finding(code.severity(), code, message, ImmutableList.copyOf(refs));
  }
}
