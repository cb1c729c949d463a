package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.CsvItems;
import dev.crosswalk.core.internal.CsvRecords;
import dev.crosswalk.core.internal.ItemCodec;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Requirement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a crosswalk as seven CSV tables with a stable contract that data teams depend on:
 * {@code frameworks.csv}, {@code sources.csv}, {@code requirements.csv}, {@code controls.csv},
 * {@code mappings.csv}, {@code no-counterparts.csv} and {@code additions.csv} (columns in the
 * {@code *_COLUMNS} constants; requirements and controls also have {@linkplain
 * #ATTRIBUTE_COLUMN_PREFIX attribute columns}).
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
  /** Columns of {@code frameworks.csv}; {@code attributes} and {@code extensions} are JSON objects; immutable. */
  public static final List<String> FRAMEWORK_COLUMNS = ItemCodecs.FRAMEWORK.csvColumns();
  /** Columns of {@code sources.csv}; immutable. */
  public static final List<String> SOURCE_COLUMNS = ItemCodecs.SOURCE.csvColumns();
  /**
   * The fixed columns of {@code requirements.csv}: {@code parent} is the parent's {@code
   * framework:ref}; {@code assessable} is {@code true} or {@code false}; {@code aliases} one per
   * line; {@code attributes} (every one, own only) and {@code extensions} JSON objects. After them
   * come the {@linkplain #ATTRIBUTE_COLUMN_PREFIX attribute columns}. Immutable.
   */
  public static final List<String> REQUIREMENT_COLUMNS = ItemCodecs.REQUIREMENT.csvColumns();
  /**
   * The fixed columns of {@code controls.csv}; after them come the {@linkplain
   * #ATTRIBUTE_COLUMN_PREFIX attribute columns}. Immutable.
   */
  public static final List<String> CONTROL_COLUMNS = ItemCodecs.CONTROL.csvColumns();
  /**
   * How the name of an attribute column of {@code requirements.csv} and {@code controls.csv}
   * starts. After its fixed columns, such a table has one column {@code attr_KEY} per attribute
   * key that any of its rows has as its own attribute, sorted by key, e.g. {@code attr_rule}: a
   * copy of that member of the row's {@code attributes} cell, empty when the row has none. The
   * columns depend only on the rows written.
   */
  public static final String ATTRIBUTE_COLUMN_PREFIX = CsvRecords.ATTRIBUTE_COLUMN_PREFIX;
  /**
   * Columns of {@code mappings.csv}: source and target are {@code framework:ref} (a joint end's
   * members one per line), {@code sources} the cited source ids joined with {@code ;}, {@code
   * citations} one citation per line, {@code id} or {@code id: locator}, {@code derivedVia} the
   * pivots of a derived mapping one per line (empty for a curated one); immutable.
   */
  public static final List<String> MAPPING_COLUMNS = ItemCodecs.MAPPING.csvColumns();
  /** Columns of {@code no-counterparts.csv}: {@code element} is {@code framework:ref}; immutable. */
  public static final List<String> NO_COUNTERPART_COLUMNS = ItemCodecs.NO_COUNTERPART.csvColumns();
  /** Columns of {@code additions.csv}: {@code element} is {@code framework:ref}; immutable. */
  public static final List<String> ADDITION_COLUMNS = ItemCodecs.ADDITION.csvColumns();

  /** The file names {@link #write} uses, in writing order: each kind's {@link ItemKind#csvFileName()}; immutable. */
  public static final List<String> FILE_NAMES = ImmutableList.copyOf(ItemKind.csvFileNames());

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
    return table(ItemKind.FRAMEWORK, crosswalk);
  }

  /** {@code sources.csv} for every provenance source of the crosswalk, by id. */
  public String sources(Crosswalk crosswalk) {
    return table(ItemKind.SOURCE, crosswalk);
  }

  /** {@code no-counterparts.csv} for every no-counterpart record of the crosswalk. */
  public String noCounterparts(Crosswalk crosswalk) {
    return table(ItemKind.NO_COUNTERPART, crosswalk);
  }

  /** {@code additions.csv} for every addition of the crosswalk. */
  public String additions(Crosswalk crosswalk) {
    return table(ItemKind.ADDITION, crosswalk);
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
    return table(ItemCodecs.REQUIREMENT, requirements);
  }

  /** {@code controls.csv} for every control of the crosswalk, by id. */
  public String controls(Crosswalk crosswalk) {
    return controls(crosswalk.controls().values());
  }

  /** {@code controls.csv} for the given controls, in the order given. */
  public String controls(Collection<Control> controls) {
    return table(ItemCodecs.CONTROL, controls);
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
    return table(ItemCodecs.MAPPING, mappings);
  }

  /**
   * Writes the seven tables into a directory, creating it if needed and replacing the files.
   *
   * @return the files written, in {@link #FILE_NAMES} order; immutable
   * @throws CrosswalkDataException if a file cannot be written or a text is not valid Unicode (an
   *     unpaired surrogate), which UTF-8 cannot encode
   */
  public List<Path> write(Crosswalk crosswalk, Path dir) {
    requireNonNull(crosswalk, "crosswalk");
    List<Map.Entry<String, byte[]>> files = new ArrayList<>();
    for (ItemKind kind : ItemKind.values()) {
      files.add(Map.entry(kind.csvFileName(), OutputFiles.utf8(table(kind, crosswalk), kind.csvFileName())));
    }
    return ImmutableList.copyOf(OutputFiles.writeAll(dir, files));
  }

  /** Attributes as a JSON object with members in key order; empty when there are none. */
  static String attributes(Map<String, String> attributes) {
    return CsvItems.attributes(attributes);
  }

  /**
   * A mapping end in a cell: the element reference, or a joint end's members one per line (a
   * reference never holds a line feed).
   */
  public static String cell(MappingEnd end) {
    return CsvItems.cell(end);
  }

  /** Citations in a cell, one per line: {@code id} or {@code id: locator} (a source id holds no colon). */
  public static String citations(Collection<Citation> citations) {
    return CsvItems.citations(citations);
  }

  /** The table of one kind: every item of the kind in the crosswalk, in its order. */
  private String table(ItemKind kind, Crosswalk crosswalk) {
    requireNonNull(crosswalk, "crosswalk");
    return table(ItemCodecs.of(kind), crosswalk.items(kind));
  }

  /** A table of the given items of one kind, in the order given. */
  private String table(ItemCodec<?> codec, Collection<? extends CrosswalkItem> items) {
    requireNonNull(items, "items");
    List<String> columns = codec.csvColumns(items);
    List<List<String>> rows = new ArrayList<>(items.size());
    for (CrosswalkItem item : items) {
      List<String> row = codec.csvRow(item, columns);
      rows.add(excelSafe ? row.stream().map(CsvExporter::neutralise).toList() : row);
    }
    return table(columns, rows);
  }

  /**
   * Any table in the same CSV dialect as the exported files (RFC 4180 quoting by Jackson's CSV
   * module, a header row, {@code \n} line ends), for tools that print other tables beside them.
   *
   * @throws dev.crosswalk.core.InvalidValueException if a row does not have one cell per column
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
          throw new dev.crosswalk.core.InvalidValueException("a row has " + row.size() + " cells for " + columns.size() + " columns");
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
