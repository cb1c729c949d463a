package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Mapping;
import java.util.List;

/**
 * Mappings derived from {@code from -> pivot} and {@code pivot -> to} mappings by
 * {@link RelationshipAlgebra}, kept apart from the curated ones. Each derived mapping names its
 * pivot elements in {@link Mapping#derivedVia()}, so it stays marked as derived wherever it goes.
 *
 * @param from the framework of the derived mappings' sources
 * @param pivot the framework composed through
 * @param to the framework of the derived mappings' targets
 * @param derived the derived mappings, in {@link Mapping#ORDER}; immutable
 */
public record Composition(String from, String pivot, String to, List<Mapping> derived) {

  /** Validates and copies the components. */
  public Composition {
    requireNonNull(from, "from");
    requireNonNull(pivot, "pivot");
    requireNonNull(to, "to");
    derived = ImmutableList.copyOf(derived);
  }

  /**
   * A new crosswalk holding everything in {@code crosswalk} plus the derived mappings, still
   * marked derived. The given crosswalk is not changed.
   *
   * @throws dev.crosswalk.core.CrosswalkValidationException if a derived mapping is already there
   */
  public Crosswalk addTo(Crosswalk crosswalk) {
    return crosswalk.toBuilder().addMappings(derived).build();
  }

  /** A header line and one line per derived mapping. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(derived.size()).append(" mappings derived ").append(from)
        .append(" -> ").append(pivot).append(" -> ").append(to);
    derived.forEach(m -> b.append("\n  ").append(m));
    return b.toString();
  }
}
