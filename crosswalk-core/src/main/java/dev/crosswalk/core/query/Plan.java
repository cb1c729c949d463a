package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import java.util.List;

/**
 * An ordered plan of controls that closes a target framework's gaps as fast as the crosswalk
 * allows, from what a source framework in scope (and any controls already in place) covers. See
 * {@link PlanQuery} for the rule that orders the steps.
 *
 * @param targetFramework the framework assessed, e.g. {@code hipaa}
 * @param source what covers it at the start, e.g. {@code soc2} or {@code soc2 + ControlInventory[...]}
 * @param scope the scope of the coverage
 * @param catalog the control catalog the steps come from, e.g. {@code controls}
 * @param start strict and graded totals before the first step
 * @param steps the steps, in order; immutable
 * @param remaining the applicable requirements not {@link Verdict#COVERED} after the last step,
 *     with their final coverage, in id order; immutable
 * @param unaddressed those of {@code remaining} that no control of the catalog maps to at all: the
 *     work the catalog cannot plan, in id order; immutable
 */
public record Plan(String targetFramework, String source, Scope scope, String catalog, Totals start,
    List<PlanStep> steps, List<RequirementCoverage> remaining, List<ElementRef> unaddressed) {

  /** Validates and copies the components. */
  public Plan {
    requireNonNull(targetFramework, "targetFramework");
    requireNonNull(source, "source");
    requireNonNull(scope, "scope");
    requireNonNull(catalog, "catalog");
    requireNonNull(start, "start");
    steps = ImmutableList.copyOf(steps);
    remaining = ImmutableList.copyOf(remaining);
    unaddressed = ImmutableList.copyOf(unaddressed);
  }

  /** The totals after the whole plan (the start when it has no step). */
  public Totals end() {
    return steps.isEmpty() ? start : steps.get(steps.size() - 1).after();
  }
}
