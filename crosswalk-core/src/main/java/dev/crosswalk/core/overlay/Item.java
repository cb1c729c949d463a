package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Origin;
import java.util.Optional;

/**
 * One item of a merge, named for reports: its kind, its id and where it was read from.
 *
 * @param kind what sort of item it is
 * @param id its {@linkplain dev.crosswalk.core.model.CrosswalkItem#identity() identity}: a framework
 *     or source id, an element reference, {@code source -> target} for a mapping (with {@code via
 *     [...]} for a derived one), {@code element in framework} for a no-counterpart record, {@code
 *     element beyond framework} for an addition
 * @param origin the overlay file position it was read from, or the base crosswalk's name for a
 *     base item; empty for an item built in code
 */
public record Item(ItemKind kind, String id, Optional<Origin> origin) {
  /** Validates the components. */
  public Item {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(origin, "origin");
  }

  /** {@code kind id (origin)}, e.g. {@code control mine:AC-1 (mine.json:12:5 at /controls/0)}. */
  @Override
  public String toString() {
    return kind.label() + " " + id + origin.map(o -> " (" + o + ")").orElse("");
  }
}
