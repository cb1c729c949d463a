package dev.crosswalk.core.diff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One field that differs between the older and the newer version of an item, with both values
 * as text: enums by name, numbers and booleans as written, references as {@code framework:ref},
 * collections joined with {@code ;}, extensions as canonical JSON. Attributes are one field each,
 * {@code attributes.<key>}.
 *
 * @param field the field's name as in the canonical format, e.g. {@code relationship}
 * @param oldValue the older value; empty when the field was absent (no value, no attribute, an
 *     empty collection)
 * @param newValue the newer value; empty when the field is now absent
 */
public record FieldChange(String field, Optional<String> oldValue, Optional<String> newValue) {
  /** Validates the components; the two values must differ. */
  public FieldChange {
    requireNonNull(field, "field");
    requireNonNull(oldValue, "oldValue");
    requireNonNull(newValue, "newValue");
    if (oldValue.equals(newValue)) {
      throw new IllegalArgumentException("field '" + field + "' did not change: " + oldValue);
    }
  }
}
