package dev.crosswalk.core.readiness;

import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.JsonMutator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a valid CSV table the ways edited or damaged spreadsheets are broken: cell by cell on
 * the table (odd values, huge cells, repeated records, a cell too many or too few, swapped cells,
 * a renamed column), or byte by byte on its text through {@link JsonMutator}'s byte-level kinds
 * (truncation, flips, inserted quotes and separators, deleted or spliced ranges, invalid UTF-8,
 * broken line structure). Deterministic for given {@link Choices}.
 */
final class CsvMutator {
  /** What a mutation does. */
  enum Kind { ODD_CELL, HUGE_CELL, DUPLICATE_RECORD, EXTRA_CELL, DROP_CELL, SWAP_CELLS, RENAME_COLUMN, BYTES }

  private static final JsonMutator.Kind[] BYTE_KINDS = {
      JsonMutator.Kind.TRUNCATE, JsonMutator.Kind.BYTE_FLIP, JsonMutator.Kind.BIT_FLIP, JsonMutator.Kind.INSERT_SYNTAX,
      JsonMutator.Kind.DELETE_RANGE, JsonMutator.Kind.SPLICE, JsonMutator.Kind.INVALID_UTF8, JsonMutator.Kind.LINES};
  private static final String[] ODD = {
      "", " ", "\t", "x", "hipaa", "hipaa:", ":a", "a:b c", "IMPLEMENTED", "Implemented", "implemented", "alternative",
      "not-reasonable", "not_reasonable", "partial", "planned", "not-applicable", "2026-01-15", "2026-02-30",
      "15/01/2026", "2026-1-5", "\n", "a\n\nb", "a\r\nb", "\"", "a,b", "\u0000", "\u2028", "\u00e9:\u00fc",
      "hipaa:164.312(a)(2)(iv)", "hipaa:164.312(b)", "controls:IAM-02", "x".repeat(300) + ":y", "requirement",
      "control", "text", "evidence"};

  private CsvMutator() {}

  /**
   * The text of a mutated copy of {@code table} (header first), as UTF-8.
   *
   * @param maxString the cell length limit the reader enforces, to write cells around it
   */
  static byte[] mutate(List<List<String>> table, Kind kind, Choices r, int maxString, boolean crlf, boolean quoteAll) {
    List<List<String>> rows = new ArrayList<>();
    table.forEach(row -> rows.add(new ArrayList<>(row)));
    int i = r.nextInt(rows.size());
    List<String> row = rows.get(i);
    switch (kind) {
      case ODD_CELL -> row.set(r.nextInt(row.size()), ODD[r.nextInt(ODD.length)]);
      case HUGE_CELL -> row.set(r.nextInt(row.size()), "y".repeat(Math.max(1, maxString - 2 + r.nextInt(5))));
      case DUPLICATE_RECORD -> rows.add(1 + r.nextInt(rows.size()), new ArrayList<>(rows.get(rows.size() > 1 ? 1
          + r.nextInt(rows.size() - 1) : 0)));
      case EXTRA_CELL -> row.add(r.nextInt(row.size() + 1), ODD[r.nextInt(ODD.length)]);
      case DROP_CELL -> row.remove(r.nextInt(row.size()));
      case SWAP_CELLS -> {
        int a = r.nextInt(row.size());
        int b = r.nextInt(row.size());
        String cell = row.get(a);
        row.set(a, row.get(b));
        row.set(b, cell);
      }
      case RENAME_COLUMN -> rows.get(0).set(r.nextInt(rows.get(0).size()), ODD[r.nextInt(ODD.length)]);
      case BYTES -> {
        // Byte-level damage to the text as written, below.
      }
    }
    byte[] text = InputWriter.csv(rows, crlf, quoteAll).getBytes(StandardCharsets.UTF_8);
    if (kind == Kind.BYTES) {
      text = JsonMutator.mutate(text, BYTE_KINDS[r.nextInt(BYTE_KINDS.length)], r, 12, maxString, true);
    }
    return text;
  }
}
