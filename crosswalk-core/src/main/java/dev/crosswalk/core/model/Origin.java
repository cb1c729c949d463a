package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

/**
 * Where an element was read from: source name, line, column and JSON pointer. Kept by the builder
 * only to make validation messages point at the input at fault.
 *
 * @param source file or resource name
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param pointer JSON pointer of the element, empty when unknown
 */
public record Origin(String source, long line, long column, String pointer) {
  /** Validates the components. */
  public Origin {
    requireNonNull(source, "source");
    requireNonNull(pointer, "pointer");
  }

  /** {@code source:line:column at pointer}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    if (!pointer.isEmpty()) {
      b.append(" at ").append(pointer);
    }
    return b.toString();
  }
}
