package dev.crosswalk.hipaasoc2.vendor;

import static java.util.Objects.requireNonNull;

/** What a {@link Finding} is about, with the severity {@link VendorReview} gives it. */
public enum FindingCode {
  /** No signed Business Associate Agreement: a SOC 2 report never replaces one. */
  NO_BAA(Severity.BLOCKER),
  /** A Type I report only: controls designed on one date, not shown to operate over time. */
  TYPE_I_ONLY(Severity.HIGH),
  /** The report period ended more than 12 months before the review date. */
  REPORT_STALE(Severity.HIGH),
  /**
   * The report is dated after the review date: a date is wrong (2052 for 2025, say), which would
   * otherwise hide a stale report.
   */
  REPORT_DATED_IN_THE_FUTURE(Severity.HIGH),
  /** No system in the report's scope handles PHI. */
  NO_PHI_SYSTEM_IN_SCOPE(Severity.HIGH),
  /** A system that handles PHI is outside the report's scope. */
  PHI_SYSTEM_NOT_IN_SCOPE(Severity.HIGH),
  /** An auditor exception on a criterion mapped to HIPAA required implementation specifications. */
  EXCEPTION_ON_REQUIRED_SPECIFICATION(Severity.HIGH),
  /** Confidentiality is not among the categories in scope. */
  CONFIDENTIALITY_NOT_IN_SCOPE(Severity.MEDIUM),
  /** An auditor exception on a criterion mapped only to HIPAA requirements not designated required. */
  EXCEPTION_ON_MAPPED_CRITERION(Severity.MEDIUM),
  /** Availability is not among the categories in scope. */
  AVAILABILITY_NOT_IN_SCOPE(Severity.LOW),
  /** An auditor exception on a criterion the crosswalk maps to no HIPAA requirement. */
  EXCEPTION_ON_UNMAPPED_CRITERION(Severity.LOW),
  /** HIPAA Security Rule requirements that no SOC 2 report can evidence (recorded as without counterpart). */
  NOT_EVIDENCED_BY_SOC2(Severity.INFO);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = requireNonNull(severity, "severity");
  }

  /** The severity {@link VendorReview} gives findings of this code. */
  public Severity severity() {
    return severity;
  }
}
