package dev.crosswalk.core.model;

/**
 * One item a crosswalk holds: a framework, a provenance source, a requirement, a control, a
 * mapping, a no-counterpart record or an addition. Formats, exports, the diff and overlay merges
 * handle every item through this type and its {@link ItemKind}.
 */
public sealed interface CrosswalkItem
    permits Framework, Source, Requirement, Control, Mapping, NoCounterpart, Addition {
  /**
   * What kind of item this is. (Not {@code kind()}: a framework's and a requirement's kind is a
   * component of their own.)
   */
  ItemKind itemKind();

  /**
   * How this item is named among the items of its kind, in diffs, merge reports and messages: a
   * framework or source id, an element reference, {@code source -> target} for a mapping (with
   * {@code via [pivots]} for a derived one), {@code element in framework} for a no-counterpart
   * record, {@code element beyond framework} for an addition. Two items of one kind with the same
   * identity are versions of the same item.
   */
  String identity();
}
