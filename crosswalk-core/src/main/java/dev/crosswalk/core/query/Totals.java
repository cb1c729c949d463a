package dev.crosswalk.core.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Verdict counts of a set of requirements, with percentages of the applicable ones.
 *
 * @param covered requirements {@link Verdict#COVERED}
 * @param partial requirements {@link Verdict#PARTIAL}
 * @param notCovered requirements {@link Verdict#NOT_COVERED}
 * @param notApplicable requirements {@link Verdict#NOT_APPLICABLE}, not counted in percentages
 */
public record Totals(int covered, int partial, int notCovered, int notApplicable) {

  /** No requirements. */
  public static final Totals EMPTY = new Totals(0, 0, 0, 0);

  /** Checks no count is negative. */
  public Totals {
    checkArgument(covered >= 0 && partial >= 0 && notCovered >= 0 && notApplicable >= 0, "negative count");
  }

  /** These totals with one more requirement of the given verdict. */
  public Totals plus(Verdict verdict) {
    return switch (verdict) {
      case COVERED -> new Totals(covered + 1, partial, notCovered, notApplicable);
      case PARTIAL -> new Totals(covered, partial + 1, notCovered, notApplicable);
      case NOT_COVERED -> new Totals(covered, partial, notCovered + 1, notApplicable);
      case NOT_APPLICABLE -> new Totals(covered, partial, notCovered, notApplicable + 1);
    };
  }

  /** The number of requirements with the given verdict. */
  public int count(Verdict verdict) {
    return switch (verdict) {
      case COVERED -> covered;
      case PARTIAL -> partial;
      case NOT_COVERED -> notCovered;
      case NOT_APPLICABLE -> notApplicable;
    };
  }

  /** The requirements counted in percentages: covered, partial and not covered. */
  public int applicable() {
    return covered + partial + notCovered;
  }

  /**
   * The share of applicable requirements with this verdict, 0-100; 0 when none is applicable.
   *
   * @throws IllegalArgumentException for {@link Verdict#NOT_APPLICABLE}
   */
  public double percent(Verdict verdict) {
    checkArgument(verdict.isApplicable(), "NOT_APPLICABLE requirements are not part of percentages");
    return applicable() == 0 ? 0 : 100.0 * count(verdict) / applicable();
  }

  /** {@code 12 applicable: 3 covered (25.0%), 6 partial (50.0%), 3 not covered (25.0%); 2 n/a}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d applicable: %d covered (%.1f%%), %d partial (%.1f%%), %d not covered (%.1f%%); %d n/a",
        applicable(), covered, percent(Verdict.COVERED), partial, percent(Verdict.PARTIAL),
        notCovered, percent(Verdict.NOT_COVERED), notApplicable);
  }
}
