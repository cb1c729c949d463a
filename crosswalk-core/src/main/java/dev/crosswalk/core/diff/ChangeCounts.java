package dev.crosswalk.core.diff;

/**
 * How many items were added, removed and changed.
 *
 * @param added items only in the newer crosswalk
 * @param removed items only in the older crosswalk
 * @param changed items in both that differ
 */
public record ChangeCounts(int added, int removed, int changed) {
  /** No changes. */
  public static final ChangeCounts NONE = new ChangeCounts(0, 0, 0);

  /** Checks the counts are not negative. */
  public ChangeCounts {
    if (added < 0 || removed < 0 || changed < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Added, removed and changed together. */
  public int total() {
    return added + removed + changed;
  }

  /** {@code 2 added, 1 removed, 3 changed}. */
  @Override
  public String toString() {
    return added + " added, " + removed + " removed, " + changed + " changed";
  }
}
