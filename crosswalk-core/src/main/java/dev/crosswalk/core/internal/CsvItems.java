package dev.crosswalk.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.internal.CsvRecords.Row;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The CSV contract of {@link CsvExporter} read backwards: one record of a table to the item it
 * describes. A table of an older export, without the later columns, gets the model's defaults for
 * what it cannot say (see {@code docs/overlays.md}).
 * Every fault names the column. Not API.
 */
public final class CsvItems {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** The rule for source ids, as in the model, checked here to name the column at fault. */
  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern STRENGTH = Pattern.compile("10|[1-9]");

  /**
   * The columns of {@code mappings.csv} a reader accepts: those after {@code justification}
   * and {@code sources} (added later) may be left out.
   */
  public static final ImmutableList<String> MAPPING_COLUMNS = optionalFrom(CsvExporter.MAPPING_COLUMNS, 7);

  private CsvItems() {}

  /** The columns, those from index {@code first} on written {@code name?}: a table may leave them out. */
  private static ImmutableList<String> optionalFrom(List<String> columns, int first) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int i = 0; i < columns.size(); i++) {
      out.add(i < first ? columns.get(i) : columns.get(i) + "?");
    }
    return out.build();
  }

  /**
   * The tables of the contract. The columns added after a table's first version may be left out,
   * so older exports still read; an absent column gets the model's default.
   */
  public enum Table {
    /** {@code frameworks.csv}. */
    FRAMEWORKS("frameworks.csv", optionalFrom(CsvExporter.FRAMEWORK_COLUMNS, 7)),
    /** {@code sources.csv}. */
    SOURCES("sources.csv", optionalFrom(CsvExporter.SOURCE_COLUMNS, 2)),
    /** {@code requirements.csv}. */
    REQUIREMENTS("requirements.csv", optionalFrom(CsvExporter.REQUIREMENT_COLUMNS, 7)),
    /** {@code controls.csv}. */
    CONTROLS("controls.csv", optionalFrom(CsvExporter.CONTROL_COLUMNS, 5)),
    /** {@code mappings.csv}. */
    MAPPINGS("mappings.csv", MAPPING_COLUMNS),
    /** {@code no-counterparts.csv}. */
    NO_COUNTERPARTS("no-counterparts.csv", optionalFrom(CsvExporter.NO_COUNTERPART_COLUMNS, 4)),
    /** {@code additions.csv}. */
    ADDITIONS("additions.csv", optionalFrom(CsvExporter.ADDITION_COLUMNS, 4));

    private final String fileName;
    private final ImmutableList<String> columns;

    Table(String fileName, ImmutableList<String> columns) {
      this.fileName = fileName;
      this.columns = columns;
    }

    /** The file name the exporter writes, e.g. {@code mappings.csv}. */
    public String fileName() {
      return fileName;
    }

    /** The columns the header must name; those written {@code name?} may be left out. */
    public ImmutableList<String> columns() {
      return columns;
    }

    /** The table a file holds, by the end of its name ({@code team-mappings.csv} holds mappings). */
    public static Optional<Table> forFileName(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      for (Table t : values()) {
        if (lower.endsWith(t.fileName)) {
          return Optional.of(t);
        }
      }
      return Optional.empty();
    }

    /** The item one record describes. */
    public Object item(Row row) {
      return switch (this) {
        case FRAMEWORKS -> framework(row);
        case SOURCES -> source(row);
        case REQUIREMENTS -> requirement(row);
        case CONTROLS -> control(row);
        case MAPPINGS -> mapping(row);
        case NO_COUNTERPARTS -> noCounterpart(row);
        case ADDITIONS -> addition(row);
      };
    }
  }

  /** A record of {@code frameworks.csv}; without the {@code attributes} or {@code extensions} column, none. */
  public static Framework framework(Row row) {
    String id = frameworkId(row, "id");
    String name = row.text("name");
    String edition = row.text("edition");
    String publisher = row.text("publisher");
    FrameworkKind kind = row.enumValue("kind", FrameworkKind.class);
    ImmutableSortedMap<String, String> attributes = attributes(row);
    Extensions extensions = extensions(row);
    return construct(row, () -> new Framework(id, name, edition, publisher, kind, row.optional("sourceUrl"),
        row.optional("license"), attributes, extensions));
  }

  /** A record of {@code sources.csv}. */
  public static Source source(Row row) {
    String id = row.cell("id");
    if (!SOURCE_ID.matcher(id).matches()) {
      throw row.fail("id", "'" + id + "' is not a source id; use 1-64 lower-case letters, digits, '.', '_' or '-'");
    }
    String title = row.text("title");
    return construct(row, () -> new Source(id, title, optional(row, "url"), optional(row, "publisher"),
        optional(row, "date")));
  }

  /**
   * A record of {@code requirements.csv}. {@code parent} is {@code framework:ref} (a bare ref, as
   * older exports wrote it, is read too). Without the later columns: no text, no aliases,
   * assessable, attributes only {@code designation} and {@code category} (when not empty), no
   * extensions. With {@code attributes}, the {@code designation} and {@code category} cells must
   * agree with it.
   */
  public static Requirement requirement(Row row) {
    ElementRef id = element(row);
    String title = row.text("title");
    Requirement.Builder b = Requirement.builder(id, title);
    String parent = row.cell("parent");
    if (!parent.isEmpty()) {
      String prefix = id.framework() + ":";
      try {
        b.parent(ElementRef.of(id.framework(), parent.startsWith(prefix) ? parent.substring(prefix.length()) : parent));
      } catch (CrosswalkException e) {
        throw row.fail("parent", e.getMessage());
      }
    }
    ImmutableSortedMap<String, String> attributes = attributes(row);
    for (String attribute : List.of("designation", "category")) {
      Optional<String> cell = row.optional(attribute);
      if (!row.has("attributes")) {
        cell.ifPresent(v -> b.attribute(attribute, v));
      } else if (!cell.equals(Optional.ofNullable(attributes.get(attribute)))) {
        throw row.fail(attribute, "says '" + cell.orElse("") + "' but 'attributes' says '"
            + attributes.getOrDefault(attribute, "") + "'; make them agree, or leave this cell as 'attributes' has it");
      }
    }
    attributes.forEach(b::attribute);
    if (row.has("assessable")) {
      b.assessable(bool(row, "assessable"));
    }
    if (row.has("text")) {
      b.text(row.cell("text"));
    }
    if (row.has("aliases") && !row.cell("aliases").isEmpty()) {
      for (String alias : row.cell("aliases").split("\n", -1)) {
        try {
          ElementRef.of(id.framework(), alias); // the ref rule, to name the column at fault
        } catch (CrosswalkException e) {
          throw row.fail("aliases", e.getMessage() + "; write one alias per line");
        }
        b.alias(alias);
      }
    }
    b.extensions(extensions(row));
    b.kind(row.cell("kind"));
    try {
      return b.build();
    } catch (IllegalArgumentException | CrosswalkException e) {
      // Every other cell is checked above, but for an alias equal to the ref itself.
      boolean ownRef = e.getMessage() != null && e.getMessage().contains("as an alias");
      throw row.fail(ownRef ? "aliases" : "kind", e.getMessage());
    }
  }

  /**
   * A record of {@code controls.csv}. Without the later columns: attributes only {@code domain}
   * (when not empty), no extensions; with {@code attributes}, the {@code domain} cell must agree.
   */
  public static Control control(Row row) {
    ElementRef id = element(row);
    String title = row.text("title");
    String description = row.text("description");
    TreeMap<String, String> attributes = new TreeMap<>(attributes(row));
    Optional<String> domain = row.optional("domain");
    if (!row.has("attributes")) {
      domain.ifPresent(d -> attributes.put("domain", d));
    } else if (!domain.equals(Optional.ofNullable(attributes.get("domain")))) {
      throw row.fail("domain", "says '" + domain.orElse("") + "' but 'attributes' says '"
          + attributes.getOrDefault("domain", "") + "'; make them agree");
    }
    Extensions extensions = extensions(row);
    return construct(row, () -> new Control(id, title, description, ImmutableSortedMap.copyOf(attributes),
        extensions));
  }

  /** A record of {@code no-counterparts.csv}. */
  public static NoCounterpart noCounterpart(Row row) {
    ElementRef element = row.ref("element");
    String framework = frameworkId(row, "framework");
    String reason = row.text("reason");
    ImmutableSortedSet<Citation> citations = citations(row);
    return construct(row, () -> new NoCounterpart(element, framework, reason, citations));
  }

  /** A record of {@code additions.csv}. */
  public static Addition addition(Row row) {
    ElementRef element = row.ref("element");
    String framework = frameworkId(row, "framework");
    String statement = row.text("statement");
    ImmutableSortedSet<Citation> citations = citations(row);
    return construct(row, () -> new Addition(element, framework, statement, citations));
  }

  /** A record of {@code mappings.csv}: a derived mapping when {@code derivedVia} names pivots, else curated. */
  public static Mapping mapping(Row row) {
    MappingEnd source = end(row, "source");
    MappingEnd target = end(row, "target");
    Relationship relationship = row.enumValue("relationship", Relationship.class);
    String strengthText = row.cell("strength");
    if (!STRENGTH.matcher(strengthText).matches()) {
      throw row.fail("strength", "'" + strengthText + "' is not a strength; use a whole number from 1 to 10");
    }
    int strength = Integer.parseInt(strengthText);
    Rationale rationale = row.enumValue("rationale", Rationale.class);
    String justification = row.cell("justification");
    if (justification.isBlank()) {
      throw row.fail("justification", "is blank; say in one to three sentences why the relationship holds");
    }
    ImmutableSortedSet<Citation> citations = citations(row);
    List<ElementRef> via = new ArrayList<>();
    if (row.has("derivedVia") && !row.cell("derivedVia").isEmpty()) {
      for (String line : row.cell("derivedVia").split("\n", -1)) {
        try {
          via.add(ElementRef.parse(line.strip()));
        } catch (CrosswalkException e) {
          throw row.fail("derivedVia", e.getMessage());
        }
      }
    }
    return construct(row, () -> new Mapping(source, target, relationship, rationale, strength,
        justification, citations, ImmutableList.copyOf(via)));
  }

  /**
   * The {@code sources} cell, and the {@code citations} cell when the table has one and it is not
   * empty: they must name the same source ids.
   */
  private static ImmutableSortedSet<Citation> citations(Row row) {
    List<String> sources = new ArrayList<>();
    for (String part : row.cell("sources").split(";", -1)) {
      String id = part.strip();
      if (!SOURCE_ID.matcher(id).matches()) {
        throw row.fail("sources", (id.isEmpty() ? "has an empty source id" : "'" + id + "' is not a source id")
            + "; give one or more source ids separated by ';', e.g. 'ecfr-45-cfr-164;aicpa-tsc-2017'");
      }
      sources.add(id);
    }
    return row.has("citations") && !row.cell("citations").isEmpty()
        ? citations(row, sources) : Citation.ofSources(sources);
  }

  /** An attributes cell: a JSON object of strings; empty or absent for none. */
  private static ImmutableSortedMap<String, String> attributes(Row row) {
    if (!row.has("attributes") || row.cell("attributes").isEmpty()) {
      return ImmutableSortedMap.of();
    }
    Object value = json(row, "attributes");
    TreeMap<String, String> out = new TreeMap<>();
    if (value instanceof java.util.Map<?, ?> map) {
      for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
        if (!(e.getValue() instanceof String text)) {
          throw row.fail("attributes", "member '" + e.getKey() + "' is not a string; attribute values are strings,"
              + " e.g. {\"rule\":\"security\"}");
        }
        out.put((String) e.getKey(), text);
      }
      return ImmutableSortedMap.copyOf(out);
    }
    throw row.fail("attributes", "is not a JSON object; write the attributes as {\"key\":\"value\",...}");
  }

  /** An extensions cell: a JSON object, kept in canonical form; empty or absent for none. */
  private static Extensions extensions(Row row) {
    if (!row.has("extensions") || row.cell("extensions").isEmpty()) {
      return Extensions.EMPTY;
    }
    Object value = json(row, "extensions");
    if (!(value instanceof java.util.Map<?, ?>)) {
      throw row.fail("extensions", "is not a JSON object");
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

  private static boolean bool(Row row, String column) {
    return switch (row.cell(column)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw row.fail(column, "'" + row.cell(column) + "' is not true or false");
    };
  }

  private static Optional<String> optional(Row row, String column) {
    return row.has(column) ? row.optional(column) : Optional.empty();
  }

  /** A mapping end: one element reference, or a joint end's members one per line. */
  private static MappingEnd end(Row row, String column) {
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
    } catch (IllegalArgumentException e) {
      throw row.fail(column, e.getMessage());
    }
  }

  /**
   * The {@code citations} cell: one per line, {@code id} or {@code id: locator}; it must cite
   * exactly the ids of the {@code sources} cell.
   */
  private static ImmutableSortedSet<Citation> citations(Row row, List<String> sources) {
    List<Citation> out = new ArrayList<>();
    for (String line : row.cell("citations").split("\n", -1)) {
      int colon = line.indexOf(':');
      String id = (colon < 0 ? line : line.substring(0, colon)).strip();
      if (!SOURCE_ID.matcher(id).matches()) {
        throw row.fail("citations", (id.isEmpty() ? "has an empty source id" : "'" + id + "' is not a source id")
            + "; write one citation per line, 'id' or 'id: locator'");
      }
      try {
        out.add(colon < 0 ? Citation.of(id) : Citation.of(id, line.substring(colon + 1).strip()));
      } catch (IllegalArgumentException e) {
        throw row.fail("citations", e.getMessage());
      }
    }
    ImmutableSortedSet<Citation> citations = ImmutableSortedSet.copyOf(out);
    if (!Citation.sourcesOf(citations).equals(ImmutableSortedSet.copyOf(sources))) {
      throw row.fail("citations", "cites " + Citation.sourcesOf(citations) + " but 'sources' says "
          + ImmutableSortedSet.copyOf(sources) + "; name the same source ids in both");
    }
    return citations;
  }

  private static String frameworkId(Row row, String column) {
    String id = row.cell(column);
    try {
      // The model's id rule, applied through the type that owns it.
      ElementRef.of(id, "x");
    } catch (CrosswalkException e) {
      throw row.fail(column, e.getMessage());
    }
    return id;
  }

  private static ElementRef element(Row row) {
    String framework = frameworkId(row, "framework");
    try {
      return ElementRef.of(framework, row.cell("ref"));
    } catch (CrosswalkException e) {
      throw row.fail("ref", e.getMessage());
    }
  }

  private static <T> T construct(Row row, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | CrosswalkException e) {
      throw row.failRecord(e.getMessage(), e);
    }
  }
}
