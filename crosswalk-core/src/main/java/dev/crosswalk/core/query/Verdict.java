package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.Relationship;
import java.util.Collection;

/**
 * How far a target requirement is met by a source (a framework or a control inventory).
 *
 * <p>A single mapping {@code S rel T}, read from the source element {@code S} to the target
 * requirement {@code T}, gives: {@link #COVERED} for {@code EQUAL} and {@code SUPERSET_OF},
 * {@link #PARTIAL} for {@code SUBSET_OF} and {@code INTERSECTS_WITH}, nothing for
 * {@code NOT_RELATED} (see {@link #of(Relationship)}). A requirement's own verdict is the best
 * verdict any one counted mapping gives; several partial mappings are never combined into
 * {@link #COVERED}, because the crosswalk does not record whether their parts add up to the whole.
 */
public enum Verdict {
  /** Every outcome the requirement asks for is met. */
  COVERED,
  /** Some, not provably all, outcomes are met. */
  PARTIAL,
  /** Nothing in scope meets any outcome of the requirement. */
  NOT_COVERED,
  /** The requirement is out of scope or cannot be assessed on its own (a grouping node). */
  NOT_APPLICABLE;

  /**
   * The verdict one mapping {@code S rel T} gives the target {@code T} when {@code S} is met:
   * {@link #COVERED}, {@link #PARTIAL}, or {@link #NOT_COVERED} for {@code NOT_RELATED}.
   */
  public static Verdict of(Relationship relationship) {
    requireNonNull(relationship, "relationship");
    if (relationship.coversTarget()) {
      return COVERED;
    }
    return relationship.partlyCoversTarget() ? PARTIAL : NOT_COVERED;
  }

  /**
   * True for the verdicts that are counted in totals: everything but {@link #NOT_APPLICABLE}.
   */
  public boolean isApplicable() {
    return this != NOT_APPLICABLE;
  }

  /**
   * The better of two applicable verdicts ({@code COVERED > PARTIAL > NOT_COVERED}).
   *
   * @throws dev.crosswalk.core.InvalidValueException if either is {@link #NOT_APPLICABLE}
   */
  public Verdict better(Verdict other) {
    checkApplicable(this);
    checkApplicable(requireNonNull(other, "other"));
    return ordinal() <= other.ordinal() ? this : other;
  }

  /**
   * Rolls a requirement's own verdict up with its children's: {@link #COVERED} only when it and
   * every applicable child are covered, {@link #NOT_COVERED} only when it and every applicable
   * child are not covered, {@link #PARTIAL} otherwise. {@link #NOT_APPLICABLE} children are
   * ignored; with none left the own verdict stands.
   *
   * @throws dev.crosswalk.core.InvalidValueException if {@code own} is {@link #NOT_APPLICABLE}
   */
  public static Verdict rollUp(Verdict own, Collection<Verdict> children) {
    checkApplicable(requireNonNull(own, "own"));
    boolean allCovered = own == COVERED;
    boolean noneCovered = own == NOT_COVERED;
    for (Verdict child : children) {
      if (!child.isApplicable()) {
        continue;
      }
      allCovered &= child == COVERED;
      noneCovered &= child == NOT_COVERED;
    }
    return allCovered ? COVERED : noneCovered ? NOT_COVERED : PARTIAL;
  }

  private static void checkApplicable(Verdict v) {
    if (!v.isApplicable()) {
      throw new dev.crosswalk.core.InvalidValueException("NOT_APPLICABLE has no rank; filter it out with isApplicable() first");
    }
  }
}
