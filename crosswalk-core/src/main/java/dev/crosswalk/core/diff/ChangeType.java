package dev.crosswalk.core.diff;

import java.util.Locale;

/** Whether an item was added, removed or changed between two crosswalks. */
public enum ChangeType {
  /** Only in the newer crosswalk. */
  ADDED('+'),
  /** Only in the older crosswalk. */
  REMOVED('-'),
  /** In both, with one or more fields that differ. */
  CHANGED('~');

  private final char symbol;

  ChangeType(char symbol) {
    this.symbol = symbol;
  }

  /** The mark that opens this change's line in {@link CrosswalkDiff#toText()}: {@code +}, {@code -} or {@code ~}. */
  public char symbol() {
    return symbol;
  }

  /** The lower-case name used in {@link ChangeRecord}s, e.g. {@code added}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
