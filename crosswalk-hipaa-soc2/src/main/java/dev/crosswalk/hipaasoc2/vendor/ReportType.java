package dev.crosswalk.hipaasoc2.vendor;

/** The type of a SOC 2 report. */
public enum ReportType {
  /** Controls suitably designed as of one date: a snapshot. */
  TYPE_I,
  /** Controls suitably designed and operating effectively over a period, usually 6 to 12 months. */
  TYPE_II
}
