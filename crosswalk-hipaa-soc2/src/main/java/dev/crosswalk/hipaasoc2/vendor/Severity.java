package dev.crosswalk.hipaasoc2.vendor;

/** How much a {@link Finding} matters, most severe first. */
public enum Severity {
  /** Do not share PHI with the vendor until it is resolved. */
  BLOCKER,
  /** Weakens the report as evidence for HIPAA; resolve or accept in writing before relying on it. */
  HIGH,
  /** Ask the vendor about it. */
  MEDIUM,
  /** Note it. */
  LOW,
  /** For information: what the report cannot tell you. */
  INFO
}
