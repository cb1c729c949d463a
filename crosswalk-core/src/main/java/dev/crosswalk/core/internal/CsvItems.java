package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.MappingEnd;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the {@linkplain ItemCodec item codecs} share for CSV, the contract of the CSV exporter:
 * the cells that several tables have (citations,
 * attributes, extensions, mapping ends, element references), written and read back. Every fault
 * names the column. Not API.
 */
public final class CsvItems {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** The rule for source ids, as in the model, checked here to name the column at fault. */
  static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  /** A strength cell: a whole number from 1 to 10. */
  static final Pattern STRENGTH = Pattern.compile("10|[1-9]");

  private CsvItems() {}

  // ---- writing -------------------------------------------------------------------------------

  /** Attributes as a JSON object with members in key order; empty when there are none. */
  public static String attributes(Map<String, String> attributes) {
    return attributes.isEmpty() ? "" : JsonValues.canonicalText(new TreeMap<>(attributes));
  }

  /**
   * Extensions as canonical JSON text; empty when there are none.
   *
   * @throws CrosswalkDataException if they are not well-formed JSON
   */
  static String extensions(Extensions extensions) {
    if (extensions.isEmpty()) {
      return "";
    }
    try {
      return JsonValues.canonical(extensions);
    } catch (IOException e) {
      throw new CrosswalkDataException("extensions are not well-formed JSON: " + extensions.json(), e);
    }
  }

  /**
   * A mapping end in a cell: the element reference, or a joint end's members one per line (a
   * reference never holds a line feed).
   */
  public static String cell(MappingEnd end) {
    return end instanceof ElementRef ref ? ref.toString() : lines(end.members());
  }

  /** Citations in a cell, one per line: {@code id} or {@code id: locator} (a source id holds no colon). */
  public static String citations(Collection<Citation> citations) {
    return citations.stream().map(c -> c.locator().map(l -> c.source() + ": " + l).orElse(c.source()))
        .collect(Collectors.joining("\n"));
  }

  /** The ids of the sources cited, joined with {@code ;}. */
  static String sources(Collection<Citation> citations) {
    return String.join(";", Citation.sourcesOf(citations));
  }

  /** Values one per line. */
  static String lines(Collection<?> values) {
    return values.stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * The {@code sources} cell, and the {@code citations} cell when the table has one and it is not
   * empty: they must name the same source ids.
   */
  static ImmutableSortedSet<Citation> citations(Row row) {
    List<String> sources = new ArrayList<>();
    for (String part : row.cell(ItemCodec.SOURCES).split(";", -1)) {
      String id = part.strip();
      if (!SOURCE_ID.matcher(id).matches()) {
        throw row.fail(ItemCodec.SOURCES, (id.isEmpty() ? "has an empty source id" : "'" + id + "' is not a source id")
            + "; give one or more source ids separated by ';', e.g. 'ecfr-45-cfr-164;aicpa-tsc-2017'");
      }
      sources.add(id);
    }
    return row.has(ItemCodec.CITATIONS) && !row.cell(ItemCodec.CITATIONS).isEmpty()
        ? citations(row, sources) : ImmutableSortedSet.copyOf(Citation.ofSources(sources));
  }

  /**
   * A record's own attributes, from its {@code attributes} cell (a JSON object of strings; empty
   * or absent for none) and its attribute columns {@code attr_KEY}. With an {@code attributes}
   * column, every attribute cell must agree with it (an empty cell with an absent or empty
   * member); without one, the attribute cells that are not empty are the attributes.
   */
  static ImmutableSortedMap<String, String> attributes(Row row) {
    if (!row.has(ItemCodec.ATTRIBUTES)) {
      TreeMap<String, String> out = new TreeMap<>();
      row.attributeColumns().forEach((key, column) -> row.optional(column).ifPresent(v -> out.put(key, v)));
      return ImmutableSortedMap.copyOf(out);
    }
    ImmutableSortedMap<String, String> attributes = attributesCell(row);
    row.attributeColumns().forEach((key, column) -> {
      String cell = row.cell(column);
      String member = attributes.getOrDefault(key, "");
      if (!cell.equals(member)) {
        throw row.fail(column, "says '" + cell + "' but 'attributes' says '" + member
            + "'; make them agree, or leave this cell as 'attributes' has it");
      }
    });
    return attributes;
  }

  /** The {@code attributes} cell: a JSON object of strings; empty for none. */
  private static ImmutableSortedMap<String, String> attributesCell(Row row) {
    if (row.cell(ItemCodec.ATTRIBUTES).isEmpty()) {
      return ImmutableSortedMap.of();
    }
    Object value = json(row, ItemCodec.ATTRIBUTES);
    TreeMap<String, String> out = new TreeMap<>();
    if (value instanceof java.util.Map<?, ?> map) {
      for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getValue() instanceof String text)) {
          throw row.fail(ItemCodec.ATTRIBUTES, "member '" + e.getKey() + "' is not a string; attribute values are strings,"
              + " e.g. {\"rule\":\"security\"}");
        }
        out.put((String) e.getKey(), text);
      }
      return ImmutableSortedMap.copyOf(out);
    }
    throw row.fail(ItemCodec.ATTRIBUTES, "is not a JSON object; write the attributes as {\"key\":\"value\",...}");
  }

  /** An extensions cell: a JSON object, kept in canonical form; empty or absent for none. */
  static Extensions extensions(Row row) {
    if (!row.has(ItemCodec.EXTENSIONS) || row.cell(ItemCodec.EXTENSIONS).isEmpty()) {
      return Extensions.EMPTY;
    }
    Object value = json(row, ItemCodec.EXTENSIONS);
    if (!(value instanceof java.util.Map<?, ?>)) {
      throw row.fail(ItemCodec.EXTENSIONS, "is not a JSON object");
    }
    return new Extensions(JsonValues.canonicalText(value));
  }

  /** A cell holding one JSON value, read strictly (no duplicate keys, nothing after it). */
  private static Object json(Row row, String column) {
    try (JsonParser p = JSON.createParser(row.cell(column))) {
      p.nextToken();
      Object value = JsonValues.read(p);
      if (p.nextToken() != null) {
        throw row.fail(column, "has content after its JSON value");
      }
      return value;
    } catch (java.io.IOException e) {
      String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          ? j.getOriginalMessage() : e.getMessage();
      throw row.fail(column, "is not valid JSON: " + String.valueOf(message).replace('\n', ' '));
    }
  }

  static boolean bool(Row row, String column) {
    return switch (row.cell(column)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw row.fail(column, "'" + row.cell(column) + "' is not true or false");
    };
  }

  /** A cell of a column a table may leave out: empty when absent or empty. */
  static Optional<String> optional(Row row, String column) {
    return row.has(column) ? row.optional(column) : Optional.empty();
  }

  /** A mapping end: one element reference, or a joint end's members one per line. */
  static MappingEnd end(Row row, String column) {
    String cell = row.cell(column);
    if (cell.indexOf('\n') < 0) {
      return row.ref(column);
    }
    List<ElementRef> members = new ArrayList<>();
    for (String line : cell.split("\n", -1)) {
      try {
        members.add(ElementRef.parse(line.strip()));
      } catch (CrosswalkException e) {
        throw row.fail(column, e.getMessage());
      }
    }
    try {
      return Joint.of(members);
    } catch (InvalidValueException e) {
      throw row.fail(column, e.getMessage());
    }
  }

  /**
   * The {@code citations} cell: one per line, {@code id} or {@code id: locator}; it must cite
   * exactly the ids of the {@code sources} cell.
   */
  private static ImmutableSortedSet<Citation> citations(Row row, List<String> sources) {
    List<Citation> out = new ArrayList<>();
    for (String line : row.cell(ItemCodec.CITATIONS).split("\n", -1)) {
      int colon = line.indexOf(':');
      String id = (colon < 0 ? line : line.substring(0, colon)).strip();
      if (!SOURCE_ID.matcher(id).matches()) {
        throw row.fail(ItemCodec.CITATIONS, (id.isEmpty() ? "has an empty source id" : "'" + id + "' is not a source id")
            + "; write one citation per line, 'id' or 'id: locator'");
      }
      try {
        out.add(colon < 0 ? Citation.of(id) : Citation.of(id, line.substring(colon + 1).strip()));
      } catch (InvalidValueException e) {
        throw row.fail(ItemCodec.CITATIONS, e.getMessage());
      }
    }
    ImmutableSortedSet<Citation> citations = ImmutableSortedSet.copyOf(out);
    if (!Citation.sourcesOf(citations).equals(ImmutableSortedSet.copyOf(sources))) {
      throw row.fail(ItemCodec.CITATIONS, "cites " + Citation.sourcesOf(citations) + " but 'sources' says "
          + ImmutableSortedSet.copyOf(sources) + "; name the same source ids in both");
    }
    return citations;
  }

  /** A framework id, checked by the model's rule. */
  static String frameworkId(Row row, String column) {
    String id = row.cell(column);
    try {
      // The model's id rule, applied through the type that owns it.
      ElementRef.of(id, "x");
    } catch (CrosswalkException e) {
      throw row.fail(column, e.getMessage());
    }
    return id;
  }

  /** An element's reference given in two columns, {@code framework} and {@code ref}. */
  static ElementRef element(Row row) {
    String framework = frameworkId(row, ItemCodec.FRAMEWORK);
    try {
      return ElementRef.of(framework, row.cell(ItemCodec.REF));
    } catch (CrosswalkException e) {
      throw row.fail(ItemCodec.REF, e.getMessage());
    }
  }

  /** The item a constructor makes, its fault reported at the record. */
  static <T> T construct(Row row, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | CrosswalkException e) {
      throw row.failRecord(e.getMessage(), e);
    }
  }
}
