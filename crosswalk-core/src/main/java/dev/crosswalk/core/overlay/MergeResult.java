package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Crosswalk;
import java.util.List;

/**
 * What {@link Overlays#merge} made: the merged, validated crosswalk and an account of every
 * overlay item, so that nothing is added, replaced or skipped silently.
 *
 * @param crosswalk the merged crosswalk
 * @param added overlay items that were new, in overlay order; immutable
 * @param replaced base items the overlay replaced ({@link ConflictPolicy#REPLACE} only), in
 *     overlay order; immutable
 * @param unchanged overlay items equal to an item already in the base, which was kept; immutable
 */
public record MergeResult(
    Crosswalk crosswalk, List<Item> added, List<Replacement> replaced,
    List<Item> unchanged) {

  /** Validates the components and copies the lists. */
  public MergeResult {
    requireNonNull(crosswalk, "crosswalk");
    added = ImmutableList.copyOf(requireNonNull(added, "added"));
    replaced = ImmutableList.copyOf(requireNonNull(replaced, "replaced"));
    unchanged = ImmutableList.copyOf(requireNonNull(unchanged, "unchanged"));
  }

  /** A one-line account: counts of added, replaced and unchanged items. */
  @Override
  public String toString() {
    return "MergeResult[" + crosswalk + ", added=" + added.size() + ", replaced=" + replaced.size()
        + ", unchanged=" + unchanged.size() + "]";
  }
}
