package dev.crosswalk.report;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Framework;
import java.util.Arrays;
import java.util.List;

/**
 * The framework attributes the report reads instead of knowing any framework by name
 * (docs/format.md, "Well-known framework attributes"), those core has no reader for; the
 * discretionary attribute is {@link dev.crosswalk.core.query.Decisions#discretionaryAttribute}.
 */
final class WellKnownAttributes {
  private WellKnownAttributes() {}

  /** The keys of a framework's {@link Framework#GROUP_BY groupBy} attribute, in order; empty when it has none. */
  static List<String> groupBy(Crosswalk crosswalk, String framework) {
    return crosswalk.framework(framework).flatMap(f -> f.attribute(Framework.GROUP_BY))
        .map(g -> Arrays.stream(g.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList())
        .orElse(List.of());
  }
}
