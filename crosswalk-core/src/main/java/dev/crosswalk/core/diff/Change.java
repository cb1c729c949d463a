package dev.crosswalk.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ItemKind;
import java.util.List;

/**
 * One item added, removed or changed between two crosswalks.
 *
 * @param kind what sort of item
 * @param type added, removed or changed
 * @param id the item's {@linkplain dev.crosswalk.core.model.CrosswalkItem#identity() identity}: a
 *     framework or source id, an element reference, {@code source -> target} for a mapping (with
 *     {@code via [pivots]} for a derived one), {@code element in framework} for a no-counterpart
 *     record, {@code element beyond framework} for an addition
 * @param summary a short description of the item, e.g. a title or {@code SUBSET_OF, strength 7}:
 *     of the newer item when added or changed, of the older when removed
 * @param fields the fields that differ, in the canonical format's member order; empty unless
 *     changed; immutable
 */
public record Change(ItemKind kind, ChangeType type, String id, String summary, List<FieldChange> fields) {
  /** Validates the components: a changed item lists at least one field, others none. */
  public Change {
    requireNonNull(kind, "kind");
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(summary, "summary");
    fields = ImmutableList.copyOf(fields);
    if (fields.isEmpty() != (type != ChangeType.CHANGED)) {
      throw new IllegalArgumentException("a " + type + " item lists " + fields.size() + " changed fields");
    }
  }
}
