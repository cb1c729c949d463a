package dev.crosswalk.core.query;

/**
 * Why a target requirement is not {@link Verdict#COVERED}. Decided in this order:
 * <ol>
 *   <li>{@link #ONLY_PARTIAL}: the verdict is {@link Verdict#PARTIAL};
 *   <li>{@link #RECORDED_NO_COUNTERPART}: a no-counterpart record says the source has none;
 *   <li>{@link #NOT_IMPLEMENTED}: mapped only to inventory controls that are planned or not applicable;
 *   <li>{@link #OUT_OF_SCOPE_ONLY}: mapped only to source elements outside the scope;
 *   <li>{@link #NO_MAPPING}: no mapping (other than {@code NOT_RELATED}) at all.
 * </ol>
 */
public enum GapReason {
  /** Nothing in the source is mapped to it, other than {@code NOT_RELATED} statements. */
  NO_MAPPING,
  /** Only partial mappings, or a roll-up in which some part is not covered. */
  ONLY_PARTIAL,
  /** Its only mappings go to source elements outside the scope (e.g. Privacy criteria when Privacy is out). */
  OUT_OF_SCOPE_ONLY,
  /** The crosswalk records that it has no counterpart in the source; the record carries the reason. */
  RECORDED_NO_COUNTERPART,
  /** Its only mappings go to inventory controls that are planned or not applicable. */
  NOT_IMPLEMENTED;

  /**
   * The reason for one requirement's verdict.
   *
   * @throws dev.crosswalk.core.InvalidValueException if the requirement is covered or not applicable
   */
  public static GapReason of(RequirementCoverage coverage) {
    Verdict v = coverage.verdict();
    if (v == Verdict.PARTIAL) {
      return ONLY_PARTIAL;
    }
    if (v != Verdict.NOT_COVERED) {
      throw new dev.crosswalk.core.InvalidValueException(coverage.id() + " is " + v + ", not a gap");
    }
    if (!coverage.noCounterparts().isEmpty()) {
      return RECORDED_NO_COUNTERPART;
    }
    boolean inactive = false;
    boolean outOfScope = false;
    for (Evidence e : coverage.evidence()) {
      inactive |= e.limit() == Evidence.Limit.CONTROL_NOT_ACTIVE;
      outOfScope |= e.limit() == Evidence.Limit.OUT_OF_SCOPE;
    }
    return inactive ? NOT_IMPLEMENTED : outOfScope ? OUT_OF_SCOPE_ONLY : NO_MAPPING;
  }
}
