package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A base item an overlay replaced under {@link ConflictPolicy#REPLACE}.
 *
 * @param replaced the base item that is gone
 * @param replacement the overlay item that took its place (for a no-counterpart record
 *     contradicted by an overlay mapping, or the reverse, an item of the other kind)
 * @param dependents the base items that refer to the replaced item and were kept, now referring
 *     to the replacement: for a framework its elements and the no-counterpart records naming it;
 *     for a source the mappings and no-counterpart records citing it; for a requirement or
 *     control its child requirements, the mappings from, to or via it and its no-counterpart
 *     records. Empty for mappings and no-counterpart records; immutable.
 */
public record Replacement(Item replaced, Item replacement, List<Item> dependents) {
  /** Validates the components and copies the list. */
  public Replacement {
    requireNonNull(replaced, "replaced");
    requireNonNull(replacement, "replacement");
    dependents = ImmutableList.copyOf(requireNonNull(dependents, "dependents"));
  }

  /** Creates a replacement. */
  public static Replacement of(Item replaced, Item replacement, List<Item> dependents) {
    return new Replacement(replaced, replacement, ImmutableList.copyOf(dependents));
  }

  /** {@code replaced -> replacement (kept: n dependents)}. */
  @Override
  public String toString() {
    return replaced + " replaced by " + replacement
        + (dependents.isEmpty() ? "" : "; kept " + dependents.size() + " base item"
            + (dependents.size() == 1 ? "" : "s") + " referring to it");
  }
}
