package dev.crosswalk.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table with aligned columns for terminal output, fitted to a width: when the rows are
 * wider, the widest columns but the first (which names the row and is never cut) are narrowed, one
 * character at a time, down to their header's width or {@link #MIN_COLUMN}, and a cell longer than
 * its column is cut with {@code …}. The width is
 * {@code COLUMNS} when the command line sets it ({@link #setWidth}), else {@link #DEFAULT_WIDTH}.
 * CSV and JSON are never cut.
 */
final class Table {
  /** The width when {@code COLUMNS} is not set. */
  static final int DEFAULT_WIDTH = 160;
  /** The narrowest a column is made when the table must be fitted. */
  static final int MIN_COLUMN = 12;
  private static volatile int width = DEFAULT_WIDTH;

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final java.util.Set<String> numeric = new java.util.HashSet<>();

  Table(String... header) {
    this.header = List.of(header);
  }

  Table row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c).replace('\n', ' '));
    }
    rows.add(r);
    return this;
  }

  /** Marks columns whose cells are numbers: JSON writes them as numbers (an empty cell as null). */
  Table numeric(String... columns) {
    for (String c : columns) {
      if (!header.contains(c)) {
        throw new IllegalArgumentException("no column " + c);
      }
      numeric.add(c);
    }
    return this;
  }

  boolean isNumeric(String column) {
    return numeric.contains(column);
  }

  java.util.Set<String> numericColumns() {
    return java.util.Collections.unmodifiableSet(numeric);
  }

  List<List<String>> rows() {
    return rows;
  }

  List<String> header() {
    return header;
  }

  /**
   * Sets the width tables are fitted to, from the {@code COLUMNS} environment variable's value;
   * a missing, malformed or implausible value (below 40) keeps {@link #DEFAULT_WIDTH}.
   */
  static void setWidth(String columns) {
    try {
      int w = columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.strip());
      width = w >= 40 ? w : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      width = DEFAULT_WIDTH;
    }
  }

  void print(PrintStream out) {
    int[] widths = fitted(width);
    printRow(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int w : widths) {
      rule.add("-".repeat(w));
    }
    printRow(out, rule, widths);
    rows.forEach(r -> printRow(out, r, widths));
  }

  /** Each column's width: its longest cell, narrowed while the row is wider than {@code total}. */
  int[] fitted(int total) {
    int n = header.size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = header.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    int sum = 2 * (n - 1);
    for (int x : w) {
      sum += x;
    }
    while (sum > total) {
      int widest = -1;
      for (int i = 1; i < n; i++) { // the first column names the row: never cut
        int floor = Math.max(MIN_COLUMN, header.get(i).length());
        if (w[i] > floor && (widest < 0 || w[i] > w[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break; // every column at its floor: the row stays wider than the terminal
      }
      w[widest]--;
      sum--;
    }
    return w;
  }

  private static void printRow(PrintStream out, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      if (c.length() > width[i]) {
        int cut = width[i] - 1;
        if (Character.isHighSurrogate(c.charAt(cut - 1))) {
          cut--; // never split a character outside the BMP
        }
        c = c.substring(0, cut) + "…";
      }
      b.append(c);
      if (i < cells.size() - 1) {
        b.append(" ".repeat(Math.max(1, width[i] - c.length() + 2)));
      }
    }
    out.println(b.toString().stripTrailing());
  }
}
