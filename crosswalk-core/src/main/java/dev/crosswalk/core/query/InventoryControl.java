package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a user's {@link ControlInventory}: a control, its status and its bookkeeping.
 *
 * <p>The control is referred to by its element reference; its mappings come from the crosswalk
 * queried, so a user-defined control ({@code mycontrols:AC-7}) needs its catalog and mappings
 * added to that crosswalk first. A control without mappings contributes nothing.
 *
 * @param control the control's reference, e.g. {@code controls:IAM-02}
 * @param status how far it is in place
 * @param owner who is responsible, if recorded
 * @param evidence references to evidence (ticket ids, document links), in the order given; immutable
 * @param lastTested when it was last tested, if ever
 */
public record InventoryControl(
    ElementRef control,
    ControlStatus status,
    Optional<String> owner,
    List<String> evidence,
    Optional<LocalDate> lastTested) {

  /** Validates the components and copies the evidence list. */
  public InventoryControl {
    requireNonNull(control, "control");
    requireNonNull(status, "status of " + control);
    requireNonNull(owner, "owner");
    evidence = ImmutableList.copyOf(requireNonNull(evidence, "evidence"));
    requireNonNull(lastTested, "lastTested");
  }

  /** A control with a status and no owner, evidence or test date. */
  public static InventoryControl of(ElementRef control, ControlStatus status) {
    return new InventoryControl(control, status, Optional.empty(), ImmutableList.of(), Optional.empty());
  }

  /** A control written {@code framework:ref} with a status and nothing else. */
  public static InventoryControl of(String control, ControlStatus status) {
    return of(ElementRef.parse(control), status);
  }

  /** This entry with an owner. */
  public InventoryControl withOwner(String owner) {
    return new InventoryControl(control, status, Optional.of(owner), evidence, lastTested);
  }

  /** This entry with these evidence references. */
  public InventoryControl withEvidence(List<String> evidence) {
    return new InventoryControl(control, status, owner, ImmutableList.copyOf(evidence), lastTested);
  }

  /** This entry with a last-tested date. */
  public InventoryControl withLastTested(LocalDate date) {
    return new InventoryControl(control, status, owner, evidence, Optional.of(date));
  }

  /** {@code controls:IAM-02 IMPLEMENTED (owner ..., tested ...)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(control).append(' ').append(status);
    owner.ifPresent(o -> b.append(", owner ").append(o));
    lastTested.ifPresent(d -> b.append(", tested ").append(d));
    if (!evidence.isEmpty()) {
      b.append(", evidence ").append(evidence);
    }
    return b.toString();
  }
}
