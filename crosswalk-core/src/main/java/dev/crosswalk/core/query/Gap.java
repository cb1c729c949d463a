package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.NoCounterpart;
import java.util.List;

/**
 * A target requirement that is not fully covered, and why.
 *
 * @param coverage its verdict and everything behind it
 * @param reason why it is not covered
 */
public record Gap(RequirementCoverage coverage, GapReason reason) {

  /** Validates the components. */
  public Gap {
    requireNonNull(coverage, "coverage");
    requireNonNull(reason, "reason");
  }

  /**
   * The gap of a requirement that is {@link Verdict#PARTIAL} or {@link Verdict#NOT_COVERED}.
   *
   * @throws dev.crosswalk.core.InvalidValueException if it is covered or not applicable
   */
  public static Gap of(RequirementCoverage coverage) {
    return new Gap(coverage, GapReason.of(coverage));
  }

  /** The requirement's reference. */
  public ElementRef id() {
    return coverage.id();
  }

  /** Its verdict: {@link Verdict#PARTIAL} or {@link Verdict#NOT_COVERED}. */
  public Verdict verdict() {
    return coverage.verdict();
  }

  /** The reasons given by the recorded no-counterpart assessments; empty when none is recorded; immutable. */
  public List<String> recordedReasons() {
    return coverage.noCounterparts().stream().map(NoCounterpart::reason).collect(ImmutableList.toImmutableList());
  }

  /** {@code hipaa:164.314(b)(1) Requirements for group health plans: NOT_COVERED, RECORDED_NO_COUNTERPART: ...}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(id()).append(' ').append(coverage.requirement().title())
        .append(": ").append(verdict()).append(", ").append(reason);
    recordedReasons().forEach(r -> b.append(": ").append(r));
    return b.toString();
  }
}
