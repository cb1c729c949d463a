package dev.crosswalk.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ItemKind;
import java.util.List;

/**
 * One row of a diff in a flat form for spreadsheets, CSV and JSON: one row per added or removed
 * item, one row per changed field. Absent values are empty strings.
 *
 * @param kind the item kind, e.g. {@code mapping} ({@link ItemKind#typeName()})
 * @param change {@code added}, {@code removed} or {@code changed} ({@link ChangeType#id()})
 * @param id the item's identity, as in {@link Change#id()}
 * @param field the changed field; empty for an added or removed item
 * @param oldValue the older value; for a removed item, its summary
 * @param newValue the newer value; for an added item, its summary
 */
public record ChangeRecord(String kind, String change, String id, String field, String oldValue, String newValue) {
  /** The column names, in order: {@code kind, change, id, field, old, new}. */
  public static final List<String> COLUMNS = ImmutableList.of("kind", "change", "id", "field", "old", "new");

  /** Validates that no component is null. */
  public ChangeRecord {
    requireNonNull(kind, "kind");
    requireNonNull(change, "change");
    requireNonNull(id, "id");
    requireNonNull(field, "field");
    requireNonNull(oldValue, "oldValue");
    requireNonNull(newValue, "newValue");
  }

  /** The values in {@link #COLUMNS} order; immutable. */
  public List<String> values() {
    return ImmutableList.of(kind, change, id, field, oldValue, newValue);
  }
}
