package dev.crosswalk.core.overlay;

/**
 * What {@link Overlays#merge} does when an overlay item conflicts with an item of the base
 * crosswalk (same id, or a mapping and a no-counterpart record that contradict each other; see
 * {@code docs/overlays.md}). An overlay item equal to its base item is never a conflict.
 */
public enum ConflictPolicy {
  /** Every conflict is an error naming both items; nothing is merged. The default. */
  FAIL,
  /** The overlay item replaces the base item; the result lists every replacement. */
  REPLACE
}
