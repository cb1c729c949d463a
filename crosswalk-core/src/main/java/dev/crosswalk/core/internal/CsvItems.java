package dev.crosswalk.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Control;
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
 * The CSV contract of {@link CsvExporter} read backwards: one record of {@code frameworks.csv},
 * {@code requirements.csv}, {@code controls.csv} or {@code mappings.csv} to the item it describes.
 * CSV is lossy; what a record cannot say gets the model's default (see {@code docs/overlays.md}).
 * Every fault names the column. Not API.
 */
public final class CsvItems {
  /** The rule for source ids, as in the model, checked here to name the column at fault. */
  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern STRENGTH = Pattern.compile("10|[1-9]");

  /** The columns of {@code mappings.csv} a reader accepts: {@code citations} (added later) may be left out. */
  public static final ImmutableList<String> MAPPING_COLUMNS = ImmutableList.<String>builder()
      .addAll(CsvExporter.MAPPING_COLUMNS.subList(0, CsvExporter.MAPPING_COLUMNS.size() - 1))
      .add("citations?").build();

  private CsvItems() {}

  /** The four tables of the contract. */
  public enum Table {
    /** {@code frameworks.csv}. */
    FRAMEWORKS("frameworks.csv", CsvExporter.FRAMEWORK_COLUMNS),
    /** {@code requirements.csv}. */
    REQUIREMENTS("requirements.csv", CsvExporter.REQUIREMENT_COLUMNS),
    /** {@code controls.csv}. */
    CONTROLS("controls.csv", CsvExporter.CONTROL_COLUMNS),
    /** {@code mappings.csv}. */
    MAPPINGS("mappings.csv", MAPPING_COLUMNS);

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

    /** The columns the header must name; one written {@code name?} may be left out. */
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
        case REQUIREMENTS -> requirement(row);
        case CONTROLS -> control(row);
        case MAPPINGS -> mapping(row);
      };
    }
  }

  /** A record of {@code frameworks.csv}; no extensions. */
  public static Framework framework(Row row) {
    String id = frameworkId(row, "id");
    String name = row.text("name");
    String edition = row.text("edition");
    String publisher = row.text("publisher");
    FrameworkKind kind = row.enumValue("kind", FrameworkKind.class);
    return construct(row, () -> new Framework(id, name, edition, publisher, kind, row.optional("sourceUrl"),
        row.optional("license"), com.google.common.collect.ImmutableSortedMap.of(), Extensions.EMPTY));
  }

  /**
   * A record of {@code requirements.csv}: no text, no aliases, assessable, attributes only
   * {@code designation} and {@code category} (when not empty), no extensions.
   */
  public static Requirement requirement(Row row) {
    ElementRef id = element(row);
    String title = row.text("title");
    Requirement.Builder b = Requirement.builder(id, title);
    String parent = row.cell("parent");
    if (!parent.isEmpty()) {
      try {
        b.parent(ElementRef.of(id.framework(), parent));
      } catch (CrosswalkException e) {
        throw row.fail("parent", e.getMessage());
      }
    }
    for (String attribute : List.of("designation", "category")) {
      row.optional(attribute).ifPresent(v -> b.attribute(attribute, v));
    }
    b.kind(row.cell("kind"));
    try {
      return b.build();
    } catch (IllegalArgumentException | CrosswalkException e) {
      // Every other cell is checked above, so the kind is at fault.
      throw row.fail("kind", e.getMessage());
    }
  }

  /** A record of {@code controls.csv}: attributes only {@code domain} (when not empty), no extensions. */
  public static Control control(Row row) {
    ElementRef id = element(row);
    String title = row.text("title");
    String description = row.text("description");
    TreeMap<String, String> attributes = new TreeMap<>();
    row.optional("domain").ifPresent(d -> attributes.put("domain", d));
    return construct(row, () -> new Control(id, title, description, ImmutableSortedMap.copyOf(attributes),
        Extensions.EMPTY));
  }

  /** A record of {@code mappings.csv}, as a curated mapping (no {@code derivedVia}). */
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
    List<String> sources = new ArrayList<>();
    for (String part : row.cell("sources").split(";", -1)) {
      String id = part.strip();
      if (!SOURCE_ID.matcher(id).matches()) {
        throw row.fail("sources", (id.isEmpty() ? "has an empty source id" : "'" + id + "' is not a source id")
            + "; give one or more source ids separated by ';', e.g. 'ecfr-45-cfr-164;aicpa-tsc-2017'");
      }
      sources.add(id);
    }
    ImmutableSortedSet<Citation> citations = row.has("citations") && !row.cell("citations").isEmpty()
        ? citations(row, sources) : Citation.ofSources(sources);
    return construct(row, () -> new Mapping(source, target, relationship, rationale, strength,
        justification, citations, ImmutableList.of()));
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
