package dev.crosswalk.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Renders a {@link Table} as aligned text, RFC 4180 CSV (Jackson CSV) or a JSON array. */
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

  static String csv(Table table) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    table.header().forEach(schema::addColumn);
    try {
      // Quote only where RFC 4180 needs it (comma, quote, line break), so rows stay readable.
      CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
      return mapper.writer(schema.build()).writeValueAsString(table.rows());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String json(Table table) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
      g.writeStartArray();
      for (List<String> row : table.rows()) {
        g.writeStartObject();
        for (int i = 0; i < row.size(); i++) {
          g.writeStringField(table.header().get(i), row.get(i));
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
