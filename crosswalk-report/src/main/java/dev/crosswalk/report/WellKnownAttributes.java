package dev.crosswalk.report;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Framework;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The framework attributes the report reads instead of knowing any framework by name
 * (docs/format.md, "Well-known framework attributes").
 */
final class WellKnownAttributes {
  private WellKnownAttributes() {}

  /** The keys of a framework's {@link Framework#GROUP_BY groupBy} attribute, in order; empty when it has none. */
  static List<String> groupBy(Crosswalk crosswalk, String framework) {
    return crosswalk.framework(framework).flatMap(f -> f.attribute(Framework.GROUP_BY))
        .map(g -> Arrays.stream(g.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList())
        .orElse(List.of());
  }

  /**
   * The attribute whose values say which requirements of a framework are discretionary: the key
   * of its {@link Framework#DISCRETIONARY discretionary} attribute ({@code ATTRIBUTE=VALUE,...}),
   * read as {@link dev.crosswalk.core.query.Decisions} reads it; empty when it declares none.
   */
  static Optional<String> discretionary(Crosswalk crosswalk, String framework) {
    return crosswalk.framework(framework).flatMap(f -> f.attribute(Framework.DISCRETIONARY)).flatMap(rule -> {
      int eq = rule.indexOf('=');
      return eq <= 0 || eq == rule.length() - 1 ? Optional.empty() : Optional.of(rule.substring(0, eq).strip());
    });
  }
}
