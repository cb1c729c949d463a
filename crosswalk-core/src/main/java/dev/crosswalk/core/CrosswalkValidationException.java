package dev.crosswalk.core;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Violation;
import java.util.List;

/**
 * Thrown when a crosswalk is inconsistent: duplicate ids, dangling references, hierarchy cycles,
 * self mappings, unknown frameworks or sources. Lists every violation found, not only the first.
 */
public final class CrosswalkValidationException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<Violation> violations;

  /** Creates the exception from a non-empty list of violations. */
  public CrosswalkValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    StringBuilder b =
        new StringBuilder("the crosswalk is invalid (")
            .append(violations.size())
            .append(violations.size() == 1 ? " violation):" : " violations):");
    int shown = 0;
    for (Violation v : violations) {
      if (shown++ == 50) {
        b.append("\n  ... and ").append(violations.size() - 50).append(" more");
        break;
      }
      b.append("\n  - ").append(v);
    }
    return b.toString();
  }

  /** Every violation found, in a stable order; immutable. */
  public List<Violation> violations() {
    return violations;
  }
}
