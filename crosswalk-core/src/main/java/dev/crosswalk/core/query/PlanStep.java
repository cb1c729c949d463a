package dev.crosswalk.core.query;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.ElementRef;
import java.util.List;

/**
 * One step of a {@link Plan}: the control to implement next, what it gains, and the coverage after.
 *
 * @param number the step's position, from 1
 * @param control the control to implement
 * @param gain the weighted gain in graded score that chose it ({@link PlanQuery}), above 0
 * @param newlyCovered the requirements whose strict verdict becomes {@link Verdict#COVERED}, in id order; immutable
 * @param improved the requirements whose graded score rises (including the newly covered), in id order; immutable
 * @param after strict and graded totals of the target once this and every earlier step is done
 */
public record PlanStep(int number, Control control, double gain, List<ElementRef> newlyCovered,
    List<ElementRef> improved, Totals after) {

  /** Validates the components. */
  public PlanStep {
    check(number >= 1, "steps are numbered from 1");
    requireNonNull(control, "control");
    check(gain > 0, "a step gains something");
    newlyCovered = ImmutableList.copyOf(newlyCovered);
    improved = ImmutableList.copyOf(improved);
    requireNonNull(after, "after");
  }
}
