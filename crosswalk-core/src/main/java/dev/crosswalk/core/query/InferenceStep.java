package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.Mapping;

/**
 * One source result carried to a target through one mapping.
 *
 * @param sourceStatus the tested result of the mapping's source
 * @param mapping the mapping, read from the tested source to the inferred target
 * @param implied the status it implies for the target, by {@link InferenceRules#implied}
 */
public record InferenceStep(AssessmentStatus sourceStatus, Mapping mapping, AssessmentStatus implied) {
  /** Validates the components. */
  public InferenceStep {
    requireNonNull(sourceStatus, "sourceStatus");
    requireNonNull(mapping, "mapping");
    requireNonNull(implied, "implied");
  }

  /** {@code soc2:CC7.2 PASSED --EQUAL--> PASSED}. */
  @Override
  public String toString() {
    return mapping.source() + " " + sourceStatus + " --" + mapping.relationship() + "--> " + implied
        + (mapping.isDerived() ? " (derived via " + mapping.derivedVia() + ")" : "");
  }
}
