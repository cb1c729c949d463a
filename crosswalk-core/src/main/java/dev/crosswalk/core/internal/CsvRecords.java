package dev.crosswalk.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.SafeText;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Strict reading of one CSV table with a header row, shared by every CSV reader: UTF-8 (checked,
 * a leading byte order mark skipped), RFC 4180 (Jackson's CSV module), blank lines skipped, a
 * header naming each expected column exactly once in any order, every record with one cell per
 * column, and the {@link ReadLimits}. A table may also have attribute columns {@code attr_KEY}
 * ({@link #ATTRIBUTE_COLUMNS}). Each data record is handed over as a {@link Row} whose failures
 * name the source, the line the record starts on, the record (the header is record 1) and the
 * column. Not API.
 */
public final class CsvRecords {
  /** A reader stops after this many faulty records, so garbage input cannot flood the caller. */
  public static final int MAX_RECORD_PROBLEMS = 1000;

  /** How an attribute column's name starts: {@code attr_KEY} holds the record's attribute KEY. */
  public static final String ATTRIBUTE_COLUMN_PREFIX = "attr_";

  /**
   * Declared among a table's columns, lets the header name attribute columns: any number of
   * columns {@code attr_KEY} (at most {@link #MAX_ATTRIBUTE_COLUMNS}), anywhere, each KEY a valid
   * attribute key; {@link Row#attributeColumns()} lists them.
   */
  public static final String ATTRIBUTE_COLUMNS = ATTRIBUTE_COLUMN_PREFIX + "*";

  /** The most attribute columns a header may name, so that a header cannot exhaust memory. */
  public static final int MAX_ATTRIBUTE_COLUMNS = 1000;

  /** The id of a control, whose constructor applies the model's attribute key rule to a header's keys. */
  private static final ElementRef KEY_PROBE = ElementRef.of("probe", "probe");

  /** Rethrows a record's fault, so reading stops at the first one. */
  public static final Consumer<CrosswalkFormatException> FAIL_FAST = e -> {
    throw e;
  };

  private CsvRecords() {}

  /** Turns one data record into items; throws a {@link CrosswalkFormatException} from {@link Row#fail}. */
  @FunctionalInterface
  public interface RowReader {
    /** Reads one record. */
    void read(Row row);
  }

  /**
   * Reads UTF-8 CSV from a stream, which is not closed.
   *
   * @param columns the columns the header must name, any order; one written {@code name?} may be
   *     left out; {@link #ATTRIBUTE_COLUMNS} among them allows attribute columns
   * @param rows called for each data record, in file order
   * @param recordProblems receives the fault of each record {@code rows} rejects (or that has the
   *     wrong number of cells); {@link #FAIL_FAST} rethrows it
   * @throws CrosswalkFormatException for a fault that ends reading: invalid UTF-8, malformed CSV,
   *     a bad header, an exceeded limit, more than {@link #MAX_RECORD_PROBLEMS} faulty records
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public static void read(InputStream in, String source, ReadLimits limits, List<String> columns,
      RowReader rows, Consumer<CrosswalkFormatException> recordProblems) {
    requireNonNull(in, "in");
    parse(Utf8Input.reader(in, requireNonNull(source, "source"), limits.maxDocumentBytes()), source, limits,
        columns, rows, recordProblems);
  }

  /** Reads CSV text; see {@link #read(InputStream, String, ReadLimits, List, RowReader, Consumer)}. */
  public static void read(String csv, String source, ReadLimits limits, List<String> columns,
      RowReader rows, Consumer<CrosswalkFormatException> recordProblems) {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    if (csv.length() > limits.maxDocumentBytes()) {
      throw new CrosswalkFormatException(source, 1, 1, "", "the input is longer than "
          + limits.maxDocumentBytes() + " characters (ReadLimits.maxDocumentBytes)", null);
    }
    parse(new StringReader(csv), source, limits, columns, rows, recordProblems);
  }

  private static void parse(Reader reader, String source, ReadLimits limits, List<String> declared,
      RowReader rows, Consumer<CrosswalkFormatException> recordProblems) {
    requireNonNull(rows, "rows");
    // A column written "name?" may be left out of the header (added to the contract later).
    boolean attributeColumns = declared.contains(ATTRIBUTE_COLUMNS);
    List<String> fixed = declared.stream().filter(c -> !c.equals(ATTRIBUTE_COLUMNS)).toList();
    List<String> columns = fixed.stream().map(CsvRecords::name).toList();
    List<String> required = fixed.stream().filter(c -> !c.endsWith("?")).toList();
    String expected = String.join(",", columns) + (attributeColumns ? "," + ATTRIBUTE_COLUMN_PREFIX + "KEY..." : "");
    requireNonNull(recordProblems, "recordProblems");
    long line = 1;
    int record = 0;
    // The constraints make the parser refuse an over-long cell while reading it, not after.
    CsvFactory factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build())
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .build();
    try (CsvParser p = factory.createParser(skipByteOrderMark(reader))) {
      Map<String, Integer> index = null;
      ImmutableMap<String, String> attributes = ImmutableMap.of();
      // Most cells the header may have, then a record: no valid one has more.
      int maxCells = columns.size() + (attributeColumns ? MAX_ATTRIBUTE_COLUMNS : 0);
      int problems = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          throw new CrosswalkFormatException(source, line, 0, "record " + (record + 1),
              "malformed CSV: unexpected " + t, null);
        }
        // Jackson reports the previous token's location for START_ARRAY; a record starts where its
        // first cell does.
        line = Math.max(1, p.currentLocation().getLineNr());
        record++;
        if (record - 1 > limits.maxElements()) {
          throw new CrosswalkFormatException(source, line, 0, "record " + record,
              "more than " + limits.maxElements() + " records (ReadLimits.maxElements)", null);
        }
        List<String> cells = new ArrayList<>();
        int extraCells = 0;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            line = Math.max(1, p.currentTokenLocation().getLineNr());
          }
          String cell = p.getText();
          String invalid = InputText.problem(cell);
          if (invalid != null) {
            throw new CrosswalkFormatException(source, line, 0, "record " + record + ", column " + (cells.size() + 1),
                invalid, null);
          }
          if (cells.size() == maxCells) {
            if (index == null) {
              cells.add(cell);
              // Names an unknown or repeated column, or the attribute column one too many.
              checkNames(cells, columns, attributeColumns, expected, source, line);
              throw new IllegalStateException("a valid header has at most " + maxCells + " columns");
            }
            // No valid record has more cells: report it now and keep none of the rest, so an
            // endless record cannot exhaust memory.
            if (extraCells++ == 0) {
              if (++problems > MAX_RECORD_PROBLEMS) {
                throw new CrosswalkFormatException(source, line, 0, "record " + record, "more than "
                    + MAX_RECORD_PROBLEMS + " faulty records; fix those reported first", null);
              }
              recordProblems.accept(new Row(source, line, record, ImmutableList.copyOf(cells), index, attributes)
                  .fail("", "has more than " + maxCells + " cells; expected " + maxCells + " (" + expected + ")"));
            }
            continue;
          }
          if (cell.length() > limits.maxStringLength()) {
            throw new CrosswalkFormatException(source, line, 0, "record " + record, "a cell is longer than "
                + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)", null);
          }
          cells.add(cell);
        }
        if (t != JsonToken.END_ARRAY) {
          throw new CrosswalkFormatException(source, line, 0, "record " + record,
              "malformed CSV: unexpected " + (t == null ? "end of input" : t), null);
        }
        if (index == null) {
          index = header(cells, columns, required, attributeColumns, expected, source, line);
          attributes = attributeColumns(cells, columns, attributeColumns);
          maxCells = Math.max(columns.size(), index.size());
          continue;
        }
        if (extraCells > 0) {
          continue; // reported above
        }
        try {
          Row row = new Row(source, line, record, ImmutableList.copyOf(cells), index, attributes);
          if (cells.size() != index.size()) {
            throw row.fail("", "has " + cells.size() + " cells; expected " + index.size() + " (" + expected + ")");
          }
          rows.read(row);
        } catch (CrosswalkFormatException e) {
          if (++problems > MAX_RECORD_PROBLEMS) {
            throw new CrosswalkFormatException(source, line, 0, "record " + record, "more than "
                + MAX_RECORD_PROBLEMS + " faulty records; fix those reported first", null);
          }
          recordProblems.accept(e);
        }
      }
      if (index == null) {
        throw new CrosswalkFormatException(source, 1, 1, "record 1 (header)",
            "the input is empty; expected the header row " + expected, null);
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      long at = loc == null || loc.getLineNr() < 1 ? line : loc.getLineNr();
      throw new CrosswalkFormatException(source, at, 0, "record " + Math.max(1, record),
          e instanceof StreamConstraintsException ? LimitMessages.problem(e) : "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + source + ": " + e, e);
    }
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first != -1 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }

  /** A declared column's name: without the trailing {@code ?} of an optional one. */
  private static String name(String declared) {
    return declared.endsWith("?") ? declared.substring(0, declared.length() - 1) : declared;
  }

  /**
   * The header's index of columns, checked: every name once, each a declared column or, when
   * allowed, an attribute column; every required column present.
   */
  private static Map<String, Integer> header(List<String> cells, List<String> columns, List<String> required,
      boolean attributeColumns, String expected, String source, long line) {
    Map<String, Integer> index = checkNames(cells, columns, attributeColumns, expected, source, line);
    List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new CrosswalkFormatException(source, line, 0, "record 1 (header)",
          "missing column" + (missing.size() == 1 ? " " : "s ") + missing + "; the header must name " + expected, null);
    }
    return index;
  }

  /** Checks each name of a header, in order: known, given once; returns the index of columns. */
  private static Map<String, Integer> checkNames(
      List<String> cells, List<String> columns, boolean attributeColumns, String expected, String source, long line) {
    Map<String, Integer> index = new HashMap<>();
    int attributes = 0;
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i);
      if (!columns.contains(name)) {
        if (!attributeColumns || !name.startsWith(ATTRIBUTE_COLUMN_PREFIX)) {
          throw new CrosswalkFormatException(source, line, 0, "record 1 (header), column " + (i + 1),
              "unknown column '" + name + "'; the columns are " + expected, null);
        }
        Optional<String> problem = attributeKeyProblem(name.substring(ATTRIBUTE_COLUMN_PREFIX.length()));
        if (problem.isPresent()) {
          throw new CrosswalkFormatException(source, line, 0, "record 1 (header), column " + (i + 1),
              "column '" + SafeText.echo(name) + "' is not " + ATTRIBUTE_COLUMN_PREFIX + "KEY with an attribute key: "
                  + problem.get(), null);
        }
      }
      if (index.put(name, i) != null) {
        throw new CrosswalkFormatException(source, line, 0, "record 1 (header), column '" + name + "'",
            "column '" + name + "' is named twice", null);
      }
      if (!columns.contains(name) && ++attributes > MAX_ATTRIBUTE_COLUMNS) {
        throw new CrosswalkFormatException(source, line, 0, "record 1 (header), column " + (i + 1), "names more than "
            + MAX_ATTRIBUTE_COLUMNS + " attribute columns; keep the other attributes in the 'attributes' column", null);
      }
    }
    return index;
  }

  /** A checked header's attribute columns by attribute key, in header order. */
  private static ImmutableMap<String, String> attributeColumns(
      List<String> header, List<String> columns, boolean attributeColumns) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    if (attributeColumns) {
      for (String name : header) {
        if (!columns.contains(name)) {
          out.put(name.substring(ATTRIBUTE_COLUMN_PREFIX.length()), name);
        }
      }
    }
    return out.buildOrThrow();
  }

  /** What the model's attribute key rule says of a key, applied through a type that owns it; empty if valid. */
  private static Optional<String> attributeKeyProblem(String key) {
    try {
      new Control(KEY_PROBE, "probe", "probe", ImmutableSortedMap.of(key, ""), Extensions.EMPTY);
      return Optional.empty();
    } catch (IllegalArgumentException | CrosswalkException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** One data record with located access to its cells. */
  public static final class Row {
    private final String source;
    private final long line;
    private final int record;
    private final ImmutableList<String> cells;
    private final Map<String, Integer> index;
    private final ImmutableMap<String, String> attributeColumns;

    private Row(String source, long line, int record, ImmutableList<String> cells, Map<String, Integer> index,
        ImmutableMap<String, String> attributeColumns) {
      this.source = source;
      this.line = line;
      this.record = record;
      this.cells = cells;
      this.index = index;
      this.attributeColumns = attributeColumns;
    }

    /** The 1-based line the record starts on. */
    public long line() {
      return line;
    }

    /** The 1-based record number; the header is record 1. */
    public int record() {
      return record;
    }

    /** Where the record was read from: source, line, column 1, {@code record N}. */
    public Origin origin() {
      return new Origin(source, line, 1, "record " + record);
    }

    /** The cell of a column, as written. */
    public String cell(String column) {
      Integer i = index.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column " + column);
      }
      return cells.get(i);
    }

    /** True when the header names the column (an optional column may be left out). */
    public boolean has(String column) {
      return index.containsKey(column);
    }

    /**
     * The header's attribute columns ({@link #ATTRIBUTE_COLUMNS}) by attribute key, in header
     * order: {@code attr_rule} under {@code rule}. Empty when the table has none.
     */
    public Map<String, String> attributeColumns() {
      return attributeColumns;
    }

    /** The cell of an optional column; an empty cell is an absent value. */
    public Optional<String> optional(String column) {
      String text = cell(column);
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The cell of a required text column; a blank cell is a fault. */
    public String text(String column) {
      String text = cell(column);
      if (text.isBlank()) {
        throw fail(column, "is blank; it is required");
      }
      return text;
    }

    /** The cell of a column holding a {@code framework:ref} element reference. */
    public ElementRef ref(String column) {
      try {
        return ElementRef.parse(cell(column));
      } catch (CrosswalkException e) {
        throw fail(column, e.getMessage());
      }
    }

    /** The cell of a column holding one of an enum's names, exactly as written. */
    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      String text = cell(column);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw fail(column, "'" + text + "' is not a " + column + "; use one of "
          + Arrays.toString(type.getEnumConstants()));
    }

    /**
     * A fault of this record, located at the record and, unless {@code column} is empty, the
     * column; the problem is prefixed with the column name (or "the record").
     */
    public CrosswalkFormatException fail(String column, String problem) {
      String pointer = "record " + record + (column.isEmpty() ? "" : ", column '" + column + "'");
      return new CrosswalkFormatException(source, line, 0, pointer,
          (column.isEmpty() ? "the record " : column + " ") + problem, null);
    }

    /** A fault of this record as a whole, e.g. one its item's constructor found. */
    public CrosswalkFormatException failRecord(String problem, Throwable cause) {
      return new CrosswalkFormatException(source, line, 0, "record " + record, problem, cause);
    }
  }
}
