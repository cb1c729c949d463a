package dev.crosswalk.core.model;

/** What sort of document a framework is. */
public enum FrameworkKind {
  /** A law or regulation, e.g. HIPAA (45 CFR Part 164). */
  REGULATION,
  /** Criteria an auditor attests against, e.g. the SOC 2 Trust Services Criteria. */
  ATTESTATION_CRITERIA,
  /** A published standard or framework, e.g. ISO/IEC 27001 or the NIST CSF. */
  STANDARD,
  /** A catalog of implementable controls, e.g. the bundled common control set or a user's own. */
  CONTROL_CATALOG
}
