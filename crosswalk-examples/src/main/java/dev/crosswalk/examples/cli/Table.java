package dev.crosswalk.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A text table with aligned columns for terminal output; long last columns are not padded. */
final class Table {
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

  List<List<String>> rows() {
    return rows;
  }

  List<String> header() {
    return header;
  }

  void print(PrintStream out) {
    int[] width = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], Math.min(60, r.get(i).length()));
      }
    }
    printRow(out, header, width);
    List<String> rule = new ArrayList<>();
    for (int w : width) {
      rule.add("-".repeat(w));
    }
    printRow(out, rule, width);
    rows.forEach(r -> printRow(out, r, width));
  }

  private static void printRow(PrintStream out, List<String> cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      b.append(c);
      if (i < cells.size() - 1) {
        b.append(" ".repeat(Math.max(1, width[i] - c.length() + 2)));
      }
    }
    out.println(b.toString().stripTrailing());
  }
}
