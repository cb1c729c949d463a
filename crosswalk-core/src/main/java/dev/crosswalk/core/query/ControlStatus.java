package dev.crosswalk.core.query;

/** The implementation status of a control in a {@link ControlInventory}. */
public enum ControlStatus {
  /** In place and operating; contributes what its mappings say. */
  IMPLEMENTED,
  /** Partly in place; contributes at most {@link Verdict#PARTIAL}. */
  PARTIAL,
  /** Not yet in place; contributes nothing. */
  PLANNED,
  /** Deliberately not used; contributes nothing. */
  NOT_APPLICABLE;

  /** True for the statuses that contribute coverage: {@link #IMPLEMENTED} and {@link #PARTIAL}. */
  public boolean isActive() {
    return this == IMPLEMENTED || this == PARTIAL;
  }
}
