package dev.crosswalk.cli;

import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.export.QueryResults;
import java.io.IOException;
import java.io.PrintStream;

/** Renders a {@link Table} as aligned text, RFC 4180 CSV (Jackson CSV) or a JSON array (numeric columns as numbers). */
final class Output {
  private Output() {}

  static void print(Table table, String format, PrintStream out) {
    switch (format) {
      case "text" -> table.print(out);
      case "csv" -> out.print(csv(table));
      case "json" -> out.print(json(table));
      default -> throw new UsageException("unknown --format '" + format + "'; use text, csv or json");
    }
  }

  /** The value of {@code --format}, text by default. */
  static String format(Args args) {
    return args.option("format").orElse("text");
  }

  /** The CSV exporter the options ask for: {@code --excel-safe} neutralises spreadsheet formulas. */
  static CsvExporter csvExporter(Args args) {
    return CsvExporter.create().withExcelSafe(args.flag("excel-safe"));
  }

  /** The same CSV dialect as the exported files (one writer for both). */
  static String csv(Table table) {
    return CsvExporter.table(table.header(), table.rows());
  }

  /**
   * Prints a listing: text and CSV as {@link #print}, JSON as {@code {dataVersion, rows: [...]}},
   * so a program can tell which data it describes.
   */
  static void printListing(Table table, String format, PrintStream out, String dataVersion) {
    if (!format.equals("json")) {
      print(table, format, out);
      return;
    }
    out.print(QueryResults.listingJson(dataVersion, table.header(), table.numericColumns(), table.rows()));
  }

  /** The data version commands report: the bundled data's, or {@code (files)} with --data. */
  static String dataVersion(Args args) {
    if (!args.all("data").isEmpty()) {
      return "(files)";
    }
    return dev.crosswalk.core.Crosswalks.providers().stream().map(p -> p.dataVersion()).findFirst()
        .orElse("(unknown)");
  }

  static String json(Table table) {
    return QueryResults.rowsJson(table.header(), table.numericColumns(), table.rows());
  }

}
