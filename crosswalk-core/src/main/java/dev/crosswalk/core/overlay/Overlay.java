package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.CrosswalkBuilder.Entry;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A user's own frameworks, sources, requirements, controls, mappings and no-counterpart records,
 * each with the file position it was read from, to be {@linkplain Overlays#merge merged} onto a
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
  private final ImmutableList<Entry<Framework>> frameworks;
  private final ImmutableList<Entry<Source>> sources;
  private final ImmutableList<Entry<Requirement>> requirements;
  private final ImmutableList<Entry<Control>> controls;
  private final ImmutableList<Entry<Mapping>> mappings;
  private final ImmutableList<Entry<NoCounterpart>> noCounterparts;
  private final ImmutableList<Entry<Addition>> additions;

  private Overlay(List<String> files, CrosswalkBuilder items) {
    this.files = ImmutableList.copyOf(files);
    this.frameworks = items.entries(Framework.class);
    this.sources = items.entries(Source.class);
    this.requirements = items.entries(Requirement.class);
    this.controls = items.entries(Control.class);
    this.mappings = items.entries(Mapping.class);
    this.noCounterparts = items.entries(NoCounterpart.class);
    this.additions = items.entries(Addition.class);
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
    frameworks.forEach(e -> builder.addFramework(e.value(), e.origin().orElse(null)));
    sources.forEach(e -> builder.addSource(e.value(), e.origin().orElse(null)));
    requirements.forEach(e -> builder.addRequirement(e.value(), e.origin().orElse(null)));
    controls.forEach(e -> builder.addControl(e.value(), e.origin().orElse(null)));
    mappings.forEach(e -> builder.addMapping(e.value(), e.origin().orElse(null)));
    noCounterparts.forEach(e -> builder.addNoCounterpart(e.value(), e.origin().orElse(null)));
    additions.forEach(e -> builder.addAddition(e.value(), e.origin().orElse(null)));
    return builder;
  }

  /** The names of the files (or streams) the overlay was read from, in reading order. */
  public ImmutableList<String> files() {
    return files;
  }

  /** The frameworks, in the order read. */
  public ImmutableList<Entry<Framework>> frameworks() {
    return frameworks;
  }

  /** The provenance sources, in the order read. */
  public ImmutableList<Entry<Source>> sources() {
    return sources;
  }

  /** The requirements, in the order read. */
  public ImmutableList<Entry<Requirement>> requirements() {
    return requirements;
  }

  /** The controls, in the order read. */
  public ImmutableList<Entry<Control>> controls() {
    return controls;
  }

  /** The mappings, in the order read. */
  public ImmutableList<Entry<Mapping>> mappings() {
    return mappings;
  }

  /** The no-counterpart records, in the order read. */
  public ImmutableList<Entry<NoCounterpart>> noCounterparts() {
    return noCounterparts;
  }

  /** The additions, in the order read. */
  public ImmutableList<Entry<Addition>> additions() {
    return additions;
  }

  /** How many items the overlay holds. */
  public int size() {
    return frameworks.size() + sources.size() + requirements.size() + controls.size() + mappings.size()
        + noCounterparts.size() + additions.size();
  }

  /** True when the overlay holds no items. */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** Items of every kind, in section order (frameworks first), then in the order read. */
  Stream<Entry<?>> entries() {
    return Stream.of(frameworks, sources, requirements, controls, mappings, noCounterparts, additions)
        .flatMap(List::stream);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Overlay other
        && files.equals(other.files)
        && frameworks.equals(other.frameworks)
        && sources.equals(other.sources)
        && requirements.equals(other.requirements)
        && controls.equals(other.controls)
        && mappings.equals(other.mappings)
        && noCounterparts.equals(other.noCounterparts)
        && additions.equals(other.additions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(files, frameworks, sources, requirements, controls, mappings, noCounterparts, additions);
  }

  /** A one-line summary with counts. */
  @Override
  public String toString() {
    return "Overlay[files=" + files + ", frameworks=" + frameworks.size() + ", sources=" + sources.size()
        + ", requirements=" + requirements.size() + ", controls=" + controls.size()
        + ", mappings=" + mappings.size() + ", noCounterparts=" + noCounterparts.size()
        + ", additions=" + additions.size() + "]";
  }
}
