package dev.crosswalk.core.query;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.ElementRef;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * A user's controls with their status ("map once"): the source of a coverage query that answers
 * for HIPAA and SOC 2 at once through the controls' mappings.
 *
 * @param controls the entries, by control reference; immutable
 */
public record ControlInventory(SortedMap<ElementRef, InventoryControl> controls) {

  /** Copies the entries and checks each is filed under its own reference. */
  public ControlInventory {
    controls = ImmutableSortedMap.copyOf(requireNonNull(controls, "controls"));
    controls.forEach((ref, c) -> check(ref.equals(c.control()),
        "inventory entry for %s is filed under %s", c.control(), ref));
  }

  /**
   * An inventory of these entries.
   *
   * @throws dev.crosswalk.core.InvalidValueException if a control is listed twice
   */
  public static ControlInventory of(Collection<InventoryControl> entries) {
    TreeMap<ElementRef, InventoryControl> byRef = new TreeMap<>();
    for (InventoryControl c : entries) {
      InventoryControl previous = byRef.put(c.control(), c);
      check(previous == null, "control %s is listed twice in the inventory; keep one entry", c.control());
    }
    return new ControlInventory(ImmutableSortedMap.copyOf(byRef));
  }

  /** An inventory of these entries; see {@link #of(Collection)}. */
  public static ControlInventory of(InventoryControl... entries) {
    return of(Arrays.asList(entries));
  }

  /** The entry for a control, if listed. */
  public Optional<InventoryControl> control(ElementRef ref) {
    return Optional.ofNullable(controls.get(ref));
  }

  /** The ids of the catalogs (frameworks) the listed controls belong to; immutable. */
  public SortedSet<String> catalogs() {
    return controls.keySet().stream().map(ElementRef::framework)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** {@code ControlInventory[3 controls: 2 IMPLEMENTED, 1 PLANNED]}. */
  @Override
  public String toString() {
    TreeMap<ControlStatus, Integer> counts = new TreeMap<>();
    controls.values().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
    StringBuilder b = new StringBuilder("ControlInventory[").append(controls.size()).append(" controls");
    String sep = ": ";
    for (var e : counts.entrySet()) {
      b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
      sep = ", ";
    }
    return b.append(']').toString();
  }
}
