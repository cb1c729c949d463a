package dev.crosswalk.hipaasoc2.vendor;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.crosswalk.hipaasoc2.Soc2Category;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a vendor's SOC 2 report says, as far as a HIPAA review of the vendor needs it: the input
 * of {@link VendorReview}.
 *
 * <pre>{@code
 * VendorReport r = VendorReportReader.create().read(Path.of("acme-soc2.json"));
 * List<Finding> findings = VendorReview.review(r, Crosswalks.bundled(), LocalDate.of(2026, 3, 1));
 * }</pre>
 *
 * <p>The JSON form (read strictly by {@link VendorReportReader}: unknown or duplicate members, wrong
 * types and bad dates are rejected with the file, line, column and JSON pointer) is described in
 * {@code docs/reports.md}.
 *
 * @param vendor the vendor's name
 * @param type Type I or Type II
 * @param periodStart the first day of the period examined (for Type I, the "as of" date)
 * @param periodEnd the last day of the period examined (for Type I, the "as of" date)
 * @param reportDate the date of the auditor's report, on or after {@code periodEnd}
 * @param categories the Trust Services Categories in scope; Security is always added; immutable
 * @param systems the vendor's systems, in or out of the report's scope, and whether they handle PHI; immutable
 * @param exceptions the exceptions the auditor reported, in the report's order; immutable
 * @param baaSigned whether a Business Associate Agreement with the vendor is signed
 */
public record VendorReport(
    String vendor,
    ReportType type,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate reportDate,
    Set<Soc2Category> categories,
    List<VendorSystem> systems,
    List<Deviation> exceptions,
    boolean baaSigned) {

  /**
   * Validates the components and copies the collections: the period must not end before it
   * starts nor last more than {@link #MAX_PERIOD_MONTHS} months, a Type I report must be as of one
   * date, the report must not be dated before the period ends, system names must be unique.
   */
  public VendorReport {
    requireNonNull(vendor, "vendor");
    check(!vendor.isBlank(), "the vendor's name is blank");
    requireNonNull(type, "type");
    requireNonNull(periodStart, "periodStart");
    requireNonNull(periodEnd, "periodEnd");
    requireNonNull(reportDate, "reportDate");
    check(!periodEnd.isBefore(periodStart), "the period ends (%s) before it starts (%s)", periodEnd, periodStart);
    check(!reportDate.isBefore(periodEnd), "the report is dated %s, before its period ends (%s)",
        reportDate, periodEnd);
    check(type != ReportType.TYPE_I || periodStart.equals(periodEnd), "%s", typeIDates(periodStart, periodEnd));
    check(!periodStart.plusMonths(MAX_PERIOD_MONTHS).isBefore(periodEnd), "%s",
        periodTooLong(periodStart, periodEnd));
    EnumSet<Soc2Category> withSecurity = EnumSet.of(Soc2Category.SECURITY);
    withSecurity.addAll(requireNonNull(categories, "categories"));
    categories = Sets.immutableEnumSet(withSecurity);
    systems = ImmutableList.copyOf(requireNonNull(systems, "systems"));
    Set<String> names = new HashSet<>();
    for (VendorSystem s : systems) {
      check(names.add(s.name()), "system '%s' is listed twice; list each system once", s.name());
    }
    exceptions = ImmutableList.copyOf(requireNonNull(exceptions, "exceptions"));
  }

  /**
   * The longest period a report may examine, in months. A SOC 2 Type II period is usually 3 to 12
   * months; a longer one is a wrong date (a {@code periodStart} of 0000-01-01 was accepted).
   * Exactly this many months is accepted.
   */
  public static final int MAX_PERIOD_MONTHS = 24;

  static String typeIDates(LocalDate periodStart, LocalDate periodEnd) {
    return "a Type I report is as of one date, but the period runs from " + periodStart + " to " + periodEnd
        + "; give the as-of date as both periodStart and periodEnd, or say TYPE_II";
  }

  static String periodTooLong(LocalDate periodStart, LocalDate periodEnd) {
    return "the period from " + periodStart + " to " + periodEnd + " is longer than " + MAX_PERIOD_MONTHS
        + " months, which no SOC 2 examination covers; check periodStart";
  }

  /** A report with these categories (Security is added) and lists, in the order given. */
  public static VendorReport of(String vendor, ReportType type, LocalDate periodStart, LocalDate periodEnd,
      LocalDate reportDate, Collection<Soc2Category> categories, Collection<VendorSystem> systems,
      Collection<Deviation> exceptions, boolean baaSigned) {
    return new VendorReport(vendor, type, periodStart, periodEnd, reportDate, ImmutableSet.copyOf(categories),
        ImmutableList.copyOf(systems), ImmutableList.copyOf(exceptions), baaSigned);
  }

  /** True when the category is in scope; always true for Security. */
  public boolean covers(Soc2Category category) {
    return categories.contains(category);
  }
}
