package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.SortedSet;

/**
 * A provenance source cited for a statement, with where in it the statement is supported.
 *
 * @param source the id of a {@link Source} declared in the crosswalk
 * @param locator where a reader finds the support in that source (a section, a point of focus by
 *     name, a paragraph): one line of at most 256 characters; empty when the whole source is cited
 */
public record Citation(String source, Optional<String> locator) implements Comparable<Citation> {
  /** The longest locator, in characters. */
  public static final int MAX_LOCATOR_LENGTH = 256;

  private static final Comparator<Citation> ORDER = Comparator.comparing(Citation::source)
      .thenComparing(c -> c.locator().orElse(""));

  /** Validates the components. */
  public Citation {
    Ids.checkId(source, "source id");
    requireNonNull(locator, "locator");
    locator.ifPresent(l -> Ids.checkLine(l, MAX_LOCATOR_LENGTH, "locator of a citation of " + source));
  }

  /** A citation of a whole source. */
  public static Citation of(String source) {
    return new Citation(source, Optional.empty());
  }

  /** A citation of a source at a locator. */
  public static Citation of(String source, String locator) {
    return new Citation(source, Optional.of(requireNonNull(locator, "locator")));
  }

  /** The citations of these source ids, each of the whole source; an immutable set. */
  public static SortedSet<Citation> ofSources(Collection<String> sources) {
    ImmutableSortedSet.Builder<Citation> out = ImmutableSortedSet.naturalOrder();
    for (String s : requireNonNull(sources, "sources")) {
      out.add(of(s));
    }
    return out.build();
  }

  /** The distinct source ids these citations name, sorted; an immutable set. */
  public static SortedSet<String> sourcesOf(Collection<Citation> citations) {
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (Citation c : citations) {
      out.add(c.source());
    }
    return out.build();
  }

  /** True when this citation says where in the source the support is. */
  public boolean hasLocator() {
    return locator.isPresent();
  }

  /** Orders by source id, then locator (a whole-source citation first). */
  @Override
  public int compareTo(Citation other) {
    return ORDER.compare(this, other);
  }

  /** {@code nist-sp-800-66r2 (5.1.6)}, or the bare id without a locator. */
  @Override
  public String toString() {
    return locator.map(l -> source + " (" + l + ")").orElse(source);
  }
}
