package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import java.util.Optional;

/**
 * How relationships, rationales and strengths compose along a chain {@code A r1 B}, {@code B r2 C}
 * into a derived {@code A r C}.
 *
 * <table>
 *   <caption>r1 (rows) composed with r2 (columns)</caption>
 *   <tr><th></th><th>EQUAL</th><th>SUBSET_OF</th><th>SUPERSET_OF</th><th>INTERSECTS_WITH</th><th>NOT_RELATED</th></tr>
 *   <tr><th>EQUAL</th><td>EQUAL</td><td>SUBSET_OF</td><td>SUPERSET_OF</td><td>INTERSECTS_WITH</td><td>none</td></tr>
 *   <tr><th>SUBSET_OF</th><td>SUBSET_OF</td><td>SUBSET_OF</td><td>INTERSECTS_WITH</td><td>INTERSECTS_WITH</td><td>none</td></tr>
 *   <tr><th>SUPERSET_OF</th><td>SUPERSET_OF</td><td>INTERSECTS_WITH</td><td>SUPERSET_OF</td><td>INTERSECTS_WITH</td><td>none</td></tr>
 *   <tr><th>INTERSECTS_WITH</th><td>INTERSECTS_WITH</td><td>INTERSECTS_WITH</td><td>INTERSECTS_WITH</td><td>INTERSECTS_WITH</td><td>none</td></tr>
 *   <tr><th>NOT_RELATED</th><td>none</td><td>none</td><td>none</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>EQUAL is the identity; SUBSET_OF and SUPERSET_OF are transitive; every other combination is
 * uncertain and gives INTERSECTS_WITH, which never lets a derived mapping alone cover a
 * requirement. A NOT_RELATED link breaks the chain. The derived strength is the minimum of the
 * chain's (it never rises), and the rationale the weakest ({@code FUNCTIONAL < SEMANTIC <
 * SYNTACTIC}): a chain is only as literal as its least literal link.
 */
public final class RelationshipAlgebra {
  private RelationshipAlgebra() {}

  /** The relationship of {@code A} to {@code C} given {@code A first B} and {@code B second C}; empty for no mapping. */
  public static Optional<Relationship> compose(Relationship first, Relationship second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (first == Relationship.NOT_RELATED || second == Relationship.NOT_RELATED) {
      return Optional.empty();
    }
    if (first == Relationship.EQUAL) {
      return Optional.of(second);
    }
    if (second == Relationship.EQUAL || first == second && first != Relationship.INTERSECTS_WITH) {
      return Optional.of(first);
    }
    return Optional.of(Relationship.INTERSECTS_WITH);
  }

  /** The weaker of two rationales: {@code FUNCTIONAL < SEMANTIC < SYNTACTIC}. */
  public static Rationale weaker(Rationale a, Rationale b) {
    return rank(a) <= rank(b) ? a : b;
  }

  private static int rank(Rationale r) {
    return switch (requireNonNull(r, "rationale")) {
      case FUNCTIONAL -> 0;
      case SEMANTIC -> 1;
      case SYNTACTIC -> 2;
    };
  }
}
