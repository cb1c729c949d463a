package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import java.util.Collection;

/**
 * The graded coverage score of a requirement, in [0, 1], beside its strict {@link Verdict}.
 *
 * <p>One counted mapping gives a degree: 1 when it covers the target ({@link Verdict#COVERED});
 * {@code strength / 10} when it covers part of it; half of that when the source control is only
 * partly in place ({@link Evidence.Limit#CONTROL_PARTIAL}); 0 when it does not count. A
 * requirement's own score is 1 when any mapping covers it; otherwise the partial degrees combine
 * as independent chances of meeting the requirement, {@code 1 - (1 - d1)(1 - d2)...} (so two
 * partial mappings score more than the better of them, and order does not matter), capped at
 * {@link #PARTIAL_CAP}: partial mappings never add up to a full score, because the crosswalk does
 * not record whether their parts add up to the whole. The rolled score of a requirement with
 * applicable children is the mean of its own score and theirs, which mirrors
 * {@link Verdict#rollUp}: 1 exactly when the strict verdict is {@link Verdict#COVERED}, 0 exactly
 * when it is {@link Verdict#NOT_COVERED}. Group and overall scores are means over the applicable
 * requirements, the population of {@link Totals}.
 */
public final class Grading {
  /** The highest score partial mappings can reach together. */
  public static final double PARTIAL_CAP = 0.9;

  private Grading() {}

  /** The degree one piece of evidence gives its target, in [0, 1]. */
  public static double degree(Evidence e) {
    requireNonNull(e, "evidence");
    if (!e.counts()) {
      return 0;
    }
    double base = Verdict.of(e.mapping().relationship()) == Verdict.COVERED ? 1 : e.mapping().strength() / 10.0;
    if (e.limit() == Evidence.Limit.CONTROL_PARTIAL) {
      return base / 2;
    }
    return e.contribution() == Verdict.COVERED ? 1 : Math.min(base, 1);
  }

  /** A requirement's own score from all its evidence: see the class description. */
  public static double own(Collection<Evidence> evidence) {
    double missing = 1;
    for (Evidence e : evidence) {
      if (e.contribution() == Verdict.COVERED) {
        return 1;
      }
      missing *= 1 - degree(e);
    }
    return Math.min(PARTIAL_CAP, 1 - missing);
  }

  /**
   * The rolled score: the mean of the own score and the applicable children's rolled scores, or
   * the own score when no child is applicable.
   *
   * @param own the requirement's own score
   * @param children the rolled scores of its applicable children
   */
  public static double rollUp(double own, Collection<Double> children) {
    if (children.isEmpty()) {
      return own;
    }
    double sum = own;
    for (double c : children) {
      sum += c;
    }
    return sum / (children.size() + 1);
  }
}
