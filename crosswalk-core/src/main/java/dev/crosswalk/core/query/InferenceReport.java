package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.model.ElementRef;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The statuses inferred for a target framework's requirements from tested results of another
 * framework. Only requirements reached by at least one mapping (other than NOT_RELATED) from a
 * tested requirement are listed.
 *
 * @param targetFramework the framework inferred
 * @param inferred the inferred status of every reached requirement, by reference; immutable
 */
public record InferenceReport(String targetFramework, SortedMap<ElementRef, InferredStatus> inferred) {
  /** Validates and copies the components. */
  public InferenceReport {
    requireNonNull(targetFramework, "targetFramework");
    inferred = ImmutableSortedMap.copyOf(inferred);
  }

  /** The inferred status of one requirement, if it was reached. */
  public Optional<InferredStatus> status(ElementRef requirement) {
    return Optional.ofNullable(inferred.get(requirement));
  }

  /** One line per inferred requirement. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(inferred.size()).append(" inferred statuses for ").append(targetFramework);
    inferred.values().forEach(s -> b.append("\n  ").append(s));
    return b.toString();
  }
}
