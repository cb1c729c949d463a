package dev.crosswalk.core.query;

/**
 * The result of testing (assessing) one requirement, as input to and output of
 * {@linkplain Queries#infer inference}.
 *
 * <p>For combining several inferred results, {@link #FAILED} is the most restrictive, then
 * {@link #PASSED_WITH_EXCEPTIONS}, then {@link #PASSED}; {@link #NOT_TESTED} means "no
 * conclusion" and yields to any conclusion (see {@link InferenceRules#combine}).
 */
public enum AssessmentStatus {
  /** Tested and met. */
  PASSED,
  /** Tested and met, with exceptions noted. */
  PASSED_WITH_EXCEPTIONS,
  /** Tested and not met. */
  FAILED,
  /** Not tested, or nothing can be concluded. */
  NOT_TESTED;

  /** True for the statuses that state a conclusion: all but {@link #NOT_TESTED}. */
  public boolean isConclusive() {
    return this != NOT_TESTED;
  }
}
