package dev.crosswalk.core.query;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.Requirement;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Attribute look-ups that inherit from ancestors: a requirement's own value wins over its parents'. */
final class Attributes {
  private Attributes() {}

  /** The element's value for {@code key}, or the nearest ancestor's; controls have no ancestors. */
  static Optional<String> effective(Crosswalk crosswalk, Element element, String key) {
    String own = element.attributes().get(key);
    if (own != null || !(element instanceof Requirement r)) {
      return Optional.ofNullable(own);
    }
    Optional<Requirement> next = r.parent().flatMap(crosswalk::requirement);
    while (next.isPresent()) {
      String value = next.get().attributes().get(key);
      if (value != null) {
        return Optional.of(value);
      }
      next = next.get().parent().flatMap(crosswalk::requirement);
    }
    return Optional.empty();
  }

  /**
   * An element's own attributes over those it inherits (its parent's, themselves merged the same
   * way): an own value wins, then the nearest ancestor's.
   */
  static SortedMap<String, String> merged(SortedMap<String, String> own, SortedMap<String, String> inherited) {
    if (inherited.isEmpty()) {
      return own;
    }
    if (own.isEmpty()) {
      return inherited;
    }
    TreeMap<String, String> merged = new TreeMap<>(own);
    inherited.forEach(merged::putIfAbsent);
    return ImmutableSortedMap.copyOf(merged);
  }
}
