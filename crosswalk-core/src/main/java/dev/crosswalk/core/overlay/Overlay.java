package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.CrosswalkBuilder.Entry;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user's own frameworks, sources, requirements, controls, mappings, no-counterpart records and
 * additions, each with the file position it was read from, to be {@linkplain Overlays#merge merged} onto a
 * base crosswalk.
 *
 * <p>An overlay is not validated on its own: its items may refer to elements and sources of the
 * base (a mapping from the user's control to {@code hipaa:164.312(b)}), so it is checked when it
 * is merged. Read one with {@link OverlayReader}, or make one in code from a builder with
 * {@link #from(CrosswalkBuilder)}. Immutable and thread-safe.
 */
public final class Overlay {
  private static final Overlay EMPTY = new Overlay(ImmutableList.of(), Crosswalk.builder());

  private final ImmutableList<String> files;
  /** The items of each kind, in the order read. */
  private final Map<ItemKind, List<Entry<? extends CrosswalkItem>>> items = new EnumMap<>(ItemKind.class);

  private Overlay(List<String> files, CrosswalkBuilder items) {
    this.files = ImmutableList.copyOf(files);
    for (ItemKind kind : ItemKind.values()) {
      this.items.put(kind, items.entries(kind));
    }
  }

  /** An overlay with no items. */
  public static Overlay empty() {
    return EMPTY;
  }

  /**
   * The items added to a builder, with their origins, as an overlay; nothing is validated. The
   * builder can be used on afterwards without changing the overlay.
   */
  public static Overlay from(CrosswalkBuilder items) {
    return from(items, List.of());
  }

  /** The items added to a builder as an overlay read from the named files. */
  public static Overlay from(CrosswalkBuilder items, List<String> files) {
    return new Overlay(requireNonNull(files, "files"), requireNonNull(items, "items"));
  }

  /** Every item of a crosswalk, without origins, as an overlay. */
  public static Overlay of(Crosswalk crosswalk) {
    return from(crosswalk.toBuilder());
  }

  /** This overlay's items followed by another's, as one overlay; the file lists are joined too. */
  public Overlay plus(Overlay other) {
    CrosswalkBuilder b = Crosswalk.builder();
    for (Overlay o : List.of(this, other)) {
      o.addTo(b);
    }
    return new Overlay(ImmutableList.<String>builder().addAll(files).addAll(other.files).build(), b);
  }

  /** Adds every item, with its origin, to a builder; returns the builder. */
  public CrosswalkBuilder addTo(CrosswalkBuilder builder) {
    entries().forEach(e -> builder.add(e.value(), e.origin().orElse(null)));
    return builder;
  }

  /** The names of the files (or streams) the overlay was read from, in reading order; immutable. */
  public List<String> files() {
    return files;
  }

  /** The items of one kind, in the order read. */
  public List<Entry<? extends CrosswalkItem>> entries(ItemKind kind) {
    return items.get(requireNonNull(kind, "kind"));
  }

  /** The frameworks, in the order read; immutable. */
  public List<Entry<Framework>> frameworks() {
    return entries(ItemKind.FRAMEWORK, Framework.class);
  }

  /** The provenance sources, in the order read; immutable. */
  public List<Entry<Source>> sources() {
    return entries(ItemKind.SOURCE, Source.class);
  }

  /** The requirements, in the order read; immutable. */
  public List<Entry<Requirement>> requirements() {
    return entries(ItemKind.REQUIREMENT, Requirement.class);
  }

  /** The controls, in the order read; immutable. */
  public List<Entry<Control>> controls() {
    return entries(ItemKind.CONTROL, Control.class);
  }

  /** The mappings, in the order read; immutable. */
  public List<Entry<Mapping>> mappings() {
    return entries(ItemKind.MAPPING, Mapping.class);
  }

  /** The no-counterpart records, in the order read; immutable. */
  public List<Entry<NoCounterpart>> noCounterparts() {
    return entries(ItemKind.NO_COUNTERPART, NoCounterpart.class);
  }

  /** The additions, in the order read; immutable. */
  public List<Entry<Addition>> additions() {
    return entries(ItemKind.ADDITION, Addition.class);
  }

  /** The entries of one kind, typed: each value is checked to be a {@code type}. */
  private <T extends CrosswalkItem> ImmutableList<Entry<T>> entries(ItemKind kind, Class<T> type) {
    List<Entry<T>> out = new ArrayList<>();
    for (Entry<? extends CrosswalkItem> e : entries(kind)) {
      out.add(new Entry<>(type.cast(e.value()), e.origin()));
    }
    return ImmutableList.copyOf(out);
  }

  /** How many items the overlay holds. */
  public int size() {
    return items.values().stream().mapToInt(List::size).sum();
  }

  /** True when the overlay holds no items. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** Items of every kind, in kind order (frameworks first), then in the order read. */
  Stream<Entry<? extends CrosswalkItem>> entries() {
    return items.values().stream().flatMap(List::stream);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Overlay other && files.equals(other.files) && items.equals(other.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, items);
  }

  /** A one-line summary with counts, e.g. {@code Overlay[files=[a.json], frameworks=1, sources=0, ...]}. */
  @Override
  public String toString() {
    return items.entrySet().stream().map(e -> e.getKey().section() + "=" + e.getValue().size())
        .collect(Collectors.joining(", ", "Overlay[files=" + files + ", ", "]"));
  }
}
