package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import java.util.List;

/**
 * The status inferred for one target requirement, with every source result and mapping it came
 * from.
 *
 * @param requirement the target requirement
 * @param status the combined status, by {@link InferenceRules#combine}
 * @param basis the steps it came from, ordered by source; immutable
 */
public record InferredStatus(ElementRef requirement, AssessmentStatus status, List<InferenceStep> basis) {
  /** Validates and copies the components. */
  public InferredStatus {
    requireNonNull(requirement, "requirement");
    requireNonNull(status, "status");
    basis = ImmutableList.copyOf(basis);
  }

  /** {@code hipaa:164.312(b) PASSED from [soc2:CC7.2 PASSED --SUPERSET_OF--> PASSED]}. */
  @Override
  public String toString() {
    return requirement + " " + status + " from " + basis;
  }
}
