package dev.crosswalk.core.query;

import static dev.crosswalk.core.InvalidValueException.check;

import java.util.Locale;

/**
 * Verdict counts of a set of requirements, with percentages of the applicable ones.
 *
 * @param covered requirements {@link Verdict#COVERED}
 * @param partial requirements {@link Verdict#PARTIAL}
 * @param notCovered requirements {@link Verdict#NOT_COVERED}
 * @param notApplicable requirements {@link Verdict#NOT_APPLICABLE}, not counted in percentages
 * @param scoreSum the sum of the applicable requirements' graded scores ({@link Grading})
 */
public record Totals(int covered, int partial, int notCovered, int notApplicable, double scoreSum) {

  /** No requirements. */
  public static final Totals EMPTY = new Totals(0, 0, 0, 0, 0);

  /** Checks no count is negative and the score sum lies between the covered and the applicable count. */
  public Totals {
    check(covered >= 0 && partial >= 0 && notCovered >= 0 && notApplicable >= 0, "negative count");
    check(scoreSum >= covered - 1e-9 && scoreSum <= covered + partial + 1e-9,
        "score sum %s outside [%s covered, %s covered + partial]", scoreSum, covered, covered + partial);
  }

  /** Totals of counts only, every partial requirement scoring 0 (for tests and hand-built examples). */
  public static Totals ofCounts(int covered, int partial, int notCovered, int notApplicable) {
    return new Totals(covered, partial, notCovered, notApplicable, covered);
  }

  /** These totals with one more requirement of the given verdict and graded score. */
  public Totals plus(Verdict verdict, double score) {
    return switch (verdict) {
      case COVERED -> new Totals(covered + 1, partial, notCovered, notApplicable, scoreSum + score);
      case PARTIAL -> new Totals(covered, partial + 1, notCovered, notApplicable, scoreSum + score);
      case NOT_COVERED -> new Totals(covered, partial, notCovered + 1, notApplicable, scoreSum + score);
      case NOT_APPLICABLE -> new Totals(covered, partial, notCovered, notApplicable + 1, scoreSum);
    };
  }

  /** These totals with one more requirement's verdict and score. */
  public Totals plus(RequirementCoverage c) {
    return plus(c.verdict(), c.score());
  }

  /**
   * The mean graded score of the applicable requirements as a percentage, 0-100; 0 when none is
   * applicable. 100 exactly when every applicable requirement is covered.
   */
  public double gradedPercent() {
    return applicable() == 0 ? 0 : 100.0 * scoreSum / applicable();
  }

  /** The same counts, ignoring the score: for comparing verdict counts alone. */
  public String counts() {
    return covered + "/" + partial + "/" + notCovered + "/" + notApplicable;
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
   * @throws dev.crosswalk.core.InvalidValueException for {@link Verdict#NOT_APPLICABLE}
   */
  public double percent(Verdict verdict) {
    check(verdict.isApplicable(), "NOT_APPLICABLE requirements are not part of percentages");
    return applicable() == 0 ? 0 : 100.0 * count(verdict) / applicable();
  }

  /** {@code 12 applicable: 3 covered (25.0%), 6 partial (50.0%), 3 not covered (25.0%); graded 48.3%; 2 n/a}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%d applicable: %d covered (%.1f%%), %d partial (%.1f%%), %d not covered (%.1f%%); graded %.1f%%; %d n/a",
        applicable(), covered, percent(Verdict.COVERED), partial, percent(Verdict.PARTIAL),
        notCovered, percent(Verdict.NOT_COVERED), gradedPercent(), notApplicable);
  }
}
