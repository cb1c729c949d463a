package dev.crosswalk.core.model;

/**
 * How the outcomes of a mapping's source relate to those of its target, after NIST IR 8477's
 * set-theory relationships.
 *
 * <p>Read {@code S rel T} as a statement about the set of outcomes each element asks for. What
 * satisfying {@code S} says about {@code T}:
 * <ul>
 *   <li>{@link #EQUAL}, {@link #SUPERSET_OF}: {@code T} is satisfied ({@link #coversTarget()});
 *   <li>{@link #SUBSET_OF}, {@link #INTERSECTS_WITH}: {@code T} is partly satisfied
 *       ({@link #partlyCoversTarget()});
 *   <li>{@link #NOT_RELATED}: nothing; it records that the pair was assessed.
 * </ul>
 */
public enum Relationship {
  /** S and T ask for the same outcomes. */
  EQUAL,
  /** Every outcome of S is an outcome of T; T asks for more. */
  SUBSET_OF,
  /** Every outcome of T is an outcome of S; S asks for more. */
  SUPERSET_OF,
  /** S and T share some outcomes and each has outcomes the other lacks. */
  INTERSECTS_WITH,
  /** S and T share no outcomes. */
  NOT_RELATED;

  /** The relationship read from the target's side: SUBSET_OF and SUPERSET_OF swap. */
  public Relationship inverse() {
    return switch (this) {
      case SUBSET_OF -> SUPERSET_OF;
      case SUPERSET_OF -> SUBSET_OF;
      default -> this;
    };
  }

  /** True when satisfying the source satisfies the whole target. */
  public boolean coversTarget() {
    return this == EQUAL || this == SUPERSET_OF;
  }

  /** True when satisfying the source satisfies part, not all, of the target. */
  public boolean partlyCoversTarget() {
    return this == SUBSET_OF || this == INTERSECTS_WITH;
  }
}
