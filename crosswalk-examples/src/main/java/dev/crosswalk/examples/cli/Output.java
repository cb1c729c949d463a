package dev.crosswalk.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.export.CsvExporter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

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

  static String json(Table table) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
      g.writeStartArray();
      for (List<String> row : table.rows()) {
        g.writeStartObject();
        for (int i = 0; i < row.size(); i++) {
          String column = table.header().get(i);
          if (table.isNumeric(column)) {
            g.writeFieldName(column);
            if (row.get(i).isEmpty()) {
              g.writeNull();
            } else {
              g.writeNumber(new java.math.BigDecimal(row.get(i)).toPlainString());
            }
          } else {
            g.writeStringField(column, row.get(i));
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().replace("\r\n", "\n") + "\n";
  }
}
