package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.internal.JsonValues;
import java.util.Map;
import java.util.TreeMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a crosswalk as seven CSV tables with a stable contract that data teams depend on:
 * {@code frameworks.csv}, {@code sources.csv}, {@code requirements.csv}, {@code controls.csv},
 * {@code mappings.csv}, {@code no-counterparts.csv} and {@code additions.csv} (columns in the
 * {@code *_COLUMNS} constants).
 *
 * <p>UTF-8, RFC 4180 quoting (by Jackson's CSV module), a header row, {@code \n} line ends, and a
 * stable row order: frameworks, sources, requirements and controls by id, mappings by
 * {@link Mapping#ORDER}, no-counterparts and additions by (element, framework). Absent optional
 * values are empty cells. Every element is referred to as {@code framework:ref}.
 *
 * <p>Complete: every member of the model has a column. Attributes and extensions are a JSON
 * object in one cell (empty when there are none), lists (aliases, joint ends, citations, pivots)
 * one item per line. {@link dev.crosswalk.core.overlay.OverlayReader} reads the tables back into
 * the same items, so an unchanged export imports with nothing to merge; {@link MappingsCsvReader}
 * reads {@code mappings.csv} alone. Stateless and thread-safe.
 */
public final class CsvExporter {
  /** Columns of {@code frameworks.csv}; {@code attributes} and {@code extensions} are JSON objects. */
  public static final ImmutableList<String> FRAMEWORK_COLUMNS = ImmutableList.of(
      "id", "name", "edition", "publisher", "kind", "sourceUrl", "license", "attributes", "extensions");
  /** Columns of {@code sources.csv}. */
  public static final ImmutableList<String> SOURCE_COLUMNS =
      ImmutableList.of("id", "title", "url", "publisher", "date");
  /**
   * Columns of {@code requirements.csv}: {@code parent} is the parent's {@code framework:ref};
   * {@code designation} and {@code category} repeat those attributes for convenience;
   * {@code assessable} is {@code true} or {@code false}; {@code aliases} one per line;
   * {@code attributes} (every one, own only) and {@code extensions} JSON objects.
   */
  public static final ImmutableList<String> REQUIREMENT_COLUMNS = ImmutableList.of(
      "framework", "ref", "parent", "kind", "title", "designation", "category", "assessable", "text", "aliases",
      "attributes", "extensions");
  /** Columns of {@code controls.csv}; {@code domain} repeats that attribute. */
  public static final ImmutableList<String> CONTROL_COLUMNS = ImmutableList.of(
      "framework", "ref", "title", "description", "domain", "attributes", "extensions");
  /**
   * Columns of {@code mappings.csv}: source and target are {@code framework:ref} (a joint end's
   * members one per line), {@code sources} the cited source ids joined with {@code ;}, {@code
   * citations} one citation per line, {@code id} or {@code id: locator}, {@code derivedVia} the
   * pivots of a derived mapping one per line (empty for a curated one).
   */
  public static final ImmutableList<String> MAPPING_COLUMNS = ImmutableList.of(
      "source", "target", "relationship", "strength", "rationale", "justification", "sources", "citations",
      "derivedVia");
  /** Columns of {@code no-counterparts.csv}: {@code element} is {@code framework:ref}. */
  public static final ImmutableList<String> NO_COUNTERPART_COLUMNS =
      ImmutableList.of("element", "framework", "reason", "sources", "citations");
  /** Columns of {@code additions.csv}: {@code element} is {@code framework:ref}. */
  public static final ImmutableList<String> ADDITION_COLUMNS =
      ImmutableList.of("element", "framework", "statement", "sources", "citations");

  /** The file names {@link #write} uses, in writing order. */
  public static final ImmutableList<String> FILE_NAMES = ImmutableList.of("frameworks.csv", "sources.csv",
      "requirements.csv", "controls.csv", "mappings.csv", "no-counterparts.csv", "additions.csv");

  // Quoting: Jackson's strict mode quotes a value only where RFC 4180 needs it (comma, quote,
  // line feed), so refs like 164.312(a)(1) and titles stay readable. It leaves a lone carriage
  // return unquoted, though, which breaks RFC 4180 readers; a table holding any CR is therefore
  // written with Jackson's default ("loose") quoting, which quotes every value holding a
  // character below '-' (space, comma, quote, CR, LF, parentheses, ...). Both are valid RFC 4180
  // and the choice depends only on the table's content, so output stays deterministic.
  private static final CsvFactory STRICT =
      CsvFactory.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final CsvFactory LOOSE = CsvFactory.builder().build();

  private static final CsvExporter PLAIN = new CsvExporter(false);
  private static final CsvExporter EXCEL_SAFE = new CsvExporter(true);

  private final boolean excelSafe;

  private CsvExporter(boolean excelSafe) {
    this.excelSafe = excelSafe;
  }

  /** An exporter writing every cell as it is. */
  public static CsvExporter create() {
    return PLAIN;
  }

  /**
   * This exporter, neutralising spreadsheet formulas when {@code excelSafe}: a cell that starts
   * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
   * {@code '}, so a spreadsheet shows it as text instead of running it as a formula (see
   * docs/exports.md). Off by default, since it changes the exported values.
   */
  public CsvExporter withExcelSafe(boolean excelSafe) {
    return excelSafe ? EXCEL_SAFE : PLAIN;
  }

  /** Whether this exporter neutralises spreadsheet formulas. */
  public boolean excelSafe() {
    return excelSafe;
  }

  /** The cell a spreadsheet shows as text: with a leading {@code '} when it could start a formula. */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }

  /** {@code frameworks.csv} for every framework of the crosswalk, by id. */
  public String frameworks(Crosswalk crosswalk) {
    return table(FRAMEWORK_COLUMNS, crosswalk.frameworks().values(), CsvExporter::frameworkRow);
  }

  /** {@code sources.csv} for every provenance source of the crosswalk, by id. */
  public String sources(Crosswalk crosswalk) {
    return table(SOURCE_COLUMNS, crosswalk.sources().values(), CsvExporter::sourceRow);
  }

  /** {@code no-counterparts.csv} for every no-counterpart record of the crosswalk. */
  public String noCounterparts(Crosswalk crosswalk) {
    return table(NO_COUNTERPART_COLUMNS, crosswalk.noCounterparts(), n -> List.of(n.element().toString(),
        n.framework(), n.reason(), String.join(";", n.sources()), citations(n.citations())));
  }

  /** {@code additions.csv} for every addition of the crosswalk. */
  public String additions(Crosswalk crosswalk) {
    return table(ADDITION_COLUMNS, crosswalk.additions(), a -> List.of(a.element().toString(),
        a.framework(), a.statement(), String.join(";", a.sources()), citations(a.citations())));
  }

  /** {@code requirements.csv} for every requirement of the crosswalk, by id. */
  public String requirements(Crosswalk crosswalk) {
    return requirements(crosswalk.requirements().values());
  }

  /**
   * {@code requirements.csv} for the given requirements, in the order given (for example one
   * framework's, from {@link Crosswalk#requirements(String)}).
   */
  public String requirements(Collection<Requirement> requirements) {
    return table(REQUIREMENT_COLUMNS, requirements, CsvExporter::requirementRow);
  }

  /** {@code controls.csv} for every control of the crosswalk, by id. */
  public String controls(Crosswalk crosswalk) {
    return controls(crosswalk.controls().values());
  }

  /** {@code controls.csv} for the given controls, in the order given. */
  public String controls(Collection<Control> controls) {
    return table(CONTROL_COLUMNS, controls, CsvExporter::controlRow);
  }

  /** {@code mappings.csv} for every mapping of the crosswalk, in {@link Mapping#ORDER}. */
  public String mappings(Crosswalk crosswalk) {
    return mappings(crosswalk.mappings());
  }

  /**
   * {@code mappings.csv} for the given mappings, in the order given (for example those between
   * two frameworks, from {@link Crosswalk#mappingsBetween}).
   */
  public String mappings(Collection<Mapping> mappings) {
    return table(MAPPING_COLUMNS, mappings, CsvExporter::mappingRow);
  }

  /**
   * Writes the seven tables into a directory, creating it if needed and replacing the files.
   *
   * @return the files written, in {@link #FILE_NAMES} order
   * @throws CrosswalkDataException if a file cannot be written or a text is not valid Unicode (an
   *     unpaired surrogate), which UTF-8 cannot encode
   */
  public ImmutableList<Path> write(Crosswalk crosswalk, Path dir) {
    requireNonNull(crosswalk, "crosswalk");
    List<String> contents = List.of(frameworks(crosswalk), sources(crosswalk), requirements(crosswalk),
        controls(crosswalk), mappings(crosswalk), noCounterparts(crosswalk), additions(crosswalk));
    List<java.util.Map.Entry<String, byte[]>> files = new java.util.ArrayList<>();
    for (int i = 0; i < FILE_NAMES.size(); i++) {
      files.add(java.util.Map.entry(FILE_NAMES.get(i), OutputFiles.utf8(contents.get(i), FILE_NAMES.get(i))));
    }
    return ImmutableList.copyOf(OutputFiles.writeAll(dir, files));
  }

  private static List<String> frameworkRow(Framework f) {
    return List.of(f.id(), f.name(), f.edition(), f.publisher(), f.kind().name(), f.sourceUrl().orElse(""),
        f.license().orElse(""), attributes(f.attributes()), extensions(f.extensions()));
  }

  private static List<String> sourceRow(Source s) {
    return List.of(s.id(), s.title(), s.url().orElse(""), s.publisher().orElse(""), s.date().orElse(""));
  }

  private static List<String> requirementRow(Requirement r) {
    return List.of(r.id().framework(), r.id().ref(), r.parent().map(ElementRef::toString).orElse(""), r.kind(),
        r.title(), r.attribute("designation").orElse(""), r.attribute("category").orElse(""),
        Boolean.toString(r.assessable()), r.text(), String.join("\n", r.aliases()), attributes(r.attributes()),
        extensions(r.extensions()));
  }

  private static List<String> controlRow(Control c) {
    return List.of(c.id().framework(), c.id().ref(), c.title(), c.description(), c.attribute("domain").orElse(""),
        attributes(c.attributes()), extensions(c.extensions()));
  }

  private static List<String> mappingRow(Mapping m) {
    return List.of(cell(m.source()), cell(m.target()), m.relationship().name(),
        Integer.toString(m.strength()), m.rationale().name(), m.justification(), String.join(";", m.sources()),
        citations(m.citations()),
        m.derivedVia().stream().map(ElementRef::toString).collect(java.util.stream.Collectors.joining("\n")));
  }

  /** Attributes as a JSON object with members in key order; empty when there are none. */
  static String attributes(Map<String, String> attributes) {
    return attributes.isEmpty() ? "" : JsonValues.canonicalText(new TreeMap<>(attributes));
  }

  /** Extensions as canonical JSON text; empty when there are none. */
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
    return end instanceof ElementRef ref ? ref.toString()
        : end.members().stream().map(ElementRef::toString).collect(java.util.stream.Collectors.joining("\n"));
  }

  /** Citations in a cell, one per line: {@code id} or {@code id: locator} (a source id holds no colon). */
  public static String citations(Collection<Citation> citations) {
    return citations.stream().map(c -> c.locator().map(l -> c.source() + ": " + l).orElse(c.source()))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private <T> String table(List<String> columns, Collection<T> items, Function<T, List<String>> row) {
    requireNonNull(items, "items");
    Function<T, List<String>> cells = excelSafe
        ? row.andThen(r -> r.stream().map(CsvExporter::neutralise).toList()) : row;
    return table(columns, items.stream().map(cells).toList());
  }

  /**
   * Any table in the same CSV dialect as the exported files (RFC 4180 quoting by Jackson's CSV
   * module, a header row, {@code \n} line ends), for tools that print other tables beside them.
   *
   * @throws IllegalArgumentException if a row does not have one cell per column
   */
  public static String table(List<String> columns, List<? extends List<String>> rows) {
    requireNonNull(columns, "columns");
    requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      // Jackson writes the header with the first row; an empty table still has its header.
      return String.join(",", columns) + "\n";
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    columns.forEach(schema::addColumn);
    boolean loneCarriageReturn = rows.stream().flatMap(List::stream).anyMatch(cell -> cell.indexOf('\r') >= 0);
    StringWriter out = new StringWriter();
    try (CsvGenerator g = (loneCarriageReturn ? LOOSE : STRICT).createGenerator(out)) {
      g.setSchema(schema.build());
      for (List<String> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
        }
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
