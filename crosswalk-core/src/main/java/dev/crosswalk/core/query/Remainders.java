package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

/**
 * The gaps in both directions between two frameworks: what the first asks for that the second
 * does not fully cover, and the other way round (e.g. the "HIPAA-only" and "SOC 2-only"
 * remainders).
 *
 * @param firstOnly gaps of the first framework by the second
 * @param secondOnly gaps of the second framework by the first
 */
public record Remainders(GapReport firstOnly, GapReport secondOnly) {
  /** Validates the components. */
  public Remainders {
    requireNonNull(firstOnly, "firstOnly");
    requireNonNull(secondOnly, "secondOnly");
  }

  /** Both reports, one after the other. */
  @Override
  public String toString() {
    return firstOnly + "\n" + secondOnly;
  }
}
