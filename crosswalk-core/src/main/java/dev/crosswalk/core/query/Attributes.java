package dev.crosswalk.core.query;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.Requirement;
import java.util.Optional;
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

  /** Every attribute of the element merged with its ancestors', the nearest value winning. */
  static ImmutableSortedMap<String, String> effectiveAll(Crosswalk crosswalk, Element element) {
    if (!(element instanceof Requirement r) || r.parent().isEmpty()) {
      return element.attributes();
    }
    // Own values first, then the ancestors' nearest first: the first value of a key wins. Most
    // ancestors add nothing, and then the element's own map is the answer.
    TreeMap<String, String> merged = null;
    for (Requirement a : crosswalk.ancestors(r.id())) {
      if (!a.attributes().isEmpty()) {
        if (merged == null) {
          merged = new TreeMap<>(r.attributes());
        }
        a.attributes().forEach(merged::putIfAbsent);
      }
    }
    return merged == null ? r.attributes() : ImmutableSortedMap.copyOf(merged);
  }
}
