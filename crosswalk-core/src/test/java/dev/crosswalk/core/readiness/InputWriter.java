package dev.crosswalk.core.readiness;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.InventoryControl;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes decisions and inventories as the readers' JSON and CSV files, for the round-trip and fuzz
 * properties; CSV goes through a table of cells so the fuzzers can break it cell by cell.
 */
final class InputWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private InputWriter() {}

  /** The JSON file of these decisions, pretty-printed or not. */
  static String decisionsJson(List<Decision> decisions, boolean pretty) {
    return json(pretty, g -> {
      g.writeArrayFieldStart("decisions");
      for (Decision d : decisions) {
        g.writeStartObject();
        g.writeStringField("requirement", d.requirement().toString());
        g.writeStringField("decision", d.kind().id());
        if (d.text().isPresent()) {
          g.writeStringField("text", d.text().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** The CSV table of these decisions: the header, then one row per decision. */
  static List<List<String>> decisionsTable(List<Decision> decisions) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(DecisionsReader.COLUMNS));
    for (Decision d : decisions) {
      rows.add(new ArrayList<>(List.of(d.requirement().toString(), d.kind().id(), d.text().orElse(""))));
    }
    return rows;
  }

  /** The JSON file of these inventory entries. */
  static String inventoryJson(List<InventoryControl> controls, boolean pretty) {
    return json(pretty, g -> {
      g.writeArrayFieldStart("controls");
      for (InventoryControl c : controls) {
        g.writeStartObject();
        g.writeStringField("control", c.control().toString());
        g.writeStringField("status", InventoryReader.id(c.status()));
        if (c.owner().isPresent()) {
          g.writeStringField("owner", c.owner().get());
        }
        if (!c.evidence().isEmpty()) {
          g.writeArrayFieldStart("evidence");
          for (String e : c.evidence()) {
            g.writeString(e);
          }
          g.writeEndArray();
        }
        if (c.lastTested().isPresent()) {
          g.writeStringField("lastTested", c.lastTested().get().toString());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** The CSV table of these inventory entries. */
  static List<List<String>> inventoryTable(List<InventoryControl> controls) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(InventoryReader.COLUMNS));
    for (InventoryControl c : controls) {
      rows.add(new ArrayList<>(List.of(c.control().toString(), InventoryReader.id(c.status()), c.owner().orElse(""),
          String.join("\n", c.evidence()), c.lastTested().map(Object::toString).orElse(""))));
    }
    return rows;
  }

  /** RFC 4180 text of a table, CRLF or LF line ends; cells quoted when they must be, or always. */
  static String csv(List<List<String>> rows, boolean crlf, boolean quoteAll) {
    String end = crlf ? "\r\n" : "\n";
    return rows.stream().map(row -> row.stream().map(cell -> quote(cell, quoteAll)).collect(Collectors.joining(",")))
        .collect(Collectors.joining(end, "", end));
  }

  private static String quote(String cell, boolean always) {
    boolean needed = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return always || needed ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(boolean pretty, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
