package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One consistency problem found when building a crosswalk.
 *
 * @param element the element, mapping or id at fault, as text
 * @param message what is wrong and how to fix it
 * @param origin where the offending item was read from, when known
 */
public record Violation(String element, String message, Optional<Origin> origin) {
  /** Validates the components. */
  public Violation {
    requireNonNull(element, "element");
    requireNonNull(message, "message");
    requireNonNull(origin, "origin");
  }

  /** {@code origin: element: message}. */
  @Override
  public String toString() {
    return origin.map(o -> o + ": ").orElse("") + element + ": " + message;
  }
}
