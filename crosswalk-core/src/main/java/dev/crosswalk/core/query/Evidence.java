package dev.crosswalk.core.query;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import java.util.List;
import java.util.Optional;

/**
 * One mapping behind a coverage verdict, oriented from the source element to the target
 * requirement ({@code S rel T}: what meeting {@code S} says about {@code T}), and what it
 * contributed.
 *
 * @param mapping the mapping as read from the source element to the target; stored mappings the
 *     other way round are {@linkplain Mapping#inverse() inverted}; derived mappings keep their
 *     {@code derivedVia} chain
 * @param contribution what the mapping gives the target: {@link Verdict#COVERED},
 *     {@link Verdict#PARTIAL} or {@link Verdict#NOT_COVERED} (nothing)
 * @param limit why it contributes less than its relationship would, or {@link Limit#NONE}
 * @param control the inventory entry of a single source element, for inventory coverage
 * @param missing the members of a joint source that keep it from counting: out of scope, or (with
 *     an inventory) not in place; empty for a single source or a joint source that counts; immutable
 */
public record Evidence(
    Mapping mapping, Verdict contribution, Limit limit, Optional<InventoryControl> control,
    List<ElementRef> missing) {

  /** Why a mapping contributes less than its relationship alone would give. */
  public enum Limit {
    /** Nothing limits it. */
    NONE,
    /** A {@code NOT_RELATED} mapping: recorded as assessed, contributes nothing. */
    NOT_RELATED,
    /**
     * The source element, or a member of a joint source ({@link #missing()}), is outside the
     * query's scope; contributes nothing.
     */
    OUT_OF_SCOPE,
    /**
     * The inventory control is {@code PLANNED} or {@code NOT_APPLICABLE}, or a member of a joint
     * source is not in place ({@link #missing()}); contributes nothing.
     */
    CONTROL_NOT_ACTIVE,
    /**
     * The inventory control, or a member of a joint source, is only {@code PARTIAL}ly in place;
     * capped at {@link Verdict#PARTIAL}, and its graded degree halved ({@link Grading}).
     */
    CONTROL_PARTIAL
  }

  /** Validates the components. */
  public Evidence {
    requireNonNull(mapping, "mapping");
    requireNonNull(contribution, "contribution");
    check(contribution.isApplicable(), "a mapping contributes COVERED, PARTIAL or NOT_COVERED");
    requireNonNull(limit, "limit");
    requireNonNull(control, "control");
    missing = ImmutableList.copyOf(missing);
  }

  /** True when the mapping's source is a joint end. */
  public boolean isJoint() {
    return mapping.source().isJoint();
  }

  /** True when the mapping adds to the verdict (it contributes more than {@link Verdict#NOT_COVERED}). */
  public boolean counts() {
    return contribution != Verdict.NOT_COVERED;
  }

  /** {@code soc2:CC7.2 SUPERSET_OF hipaa:164.312(b) (strength 8) -> COVERED}. */
  @Override
  public String toString() {
    return mapping + " -> " + contribution + (limit == Limit.NONE ? "" : " [" + limit + "]")
        + (missing.isEmpty() ? "" : " missing " + missing)
        + control.map(c -> " {" + c + "}").orElse("");
  }
}
