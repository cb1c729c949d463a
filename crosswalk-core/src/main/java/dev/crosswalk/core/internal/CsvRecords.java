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
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.ElementRef;
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
 * column, and the {@link ReadLimits}. Each data record is handed over as a {@link Row} whose
 * failures name the source, the line the record starts on, the record (the header is record 1)
 * and the column. Not API.
 */
public final class CsvRecords {
  /** A reader stops after this many faulty records, so garbage input cannot flood the caller. */
  public static final int MAX_RECORD_PROBLEMS = 1000;

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
   *     left out
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
    List<String> columns = declared.stream().map(CsvRecords::name).toList();
    List<String> required = declared.stream().filter(c -> !c.endsWith("?")).toList();
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
          if (cells.size() == columns.size()) {
            if (index == null) {
              cells.add(cell);
              header(cells, columns, required, source, line); // names an unknown or repeated column
            }
            // No valid record has more cells: report it now and keep none of the rest, so an
            // endless record cannot exhaust memory.
            if (extraCells++ == 0) {
              if (++problems > MAX_RECORD_PROBLEMS) {
                throw new CrosswalkFormatException(source, line, 0, "record " + record, "more than "
                    + MAX_RECORD_PROBLEMS + " faulty records; fix those reported first", null);
              }
              recordProblems.accept(new Row(source, line, record, ImmutableList.copyOf(cells), index).fail("",
                  "has more than " + columns.size() + " cells; expected " + columns.size() + " ("
                      + String.join(",", columns) + ")"));
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
          index = header(cells, columns, required, source, line);
          continue;
        }
        if (extraCells > 0) {
          continue; // reported above
        }
        try {
          Row row = new Row(source, line, record, ImmutableList.copyOf(cells), index);
          if (cells.size() != index.size()) {
            throw row.fail("", "has " + cells.size() + " cells; expected " + index.size() + " ("
                + String.join(",", columns) + ")");
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
            "the input is empty; expected the header row " + String.join(",", columns), null);
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

  private static Map<String, Integer> header(
      List<String> cells, List<String> columns, List<String> required, String source, long line) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i);
      if (!columns.contains(name)) {
        throw new CrosswalkFormatException(source, line, 0, "record 1 (header), column " + (i + 1),
            "unknown column '" + name + "'; the columns are " + String.join(",", columns), null);
      }
      if (index.put(name, i) != null) {
        throw new CrosswalkFormatException(source, line, 0, "record 1 (header), column '" + name + "'",
            "column '" + name + "' is named twice", null);
      }
    }
    List<String> missing = required.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new CrosswalkFormatException(source, line, 0, "record 1 (header)",
          "missing column" + (missing.size() == 1 ? " " : "s ") + missing + "; the header must name "
              + String.join(",", columns), null);
    }
    return index;
  }

  /** One data record with located access to its cells. */
  public static final class Row {
    private final String source;
    private final long line;
    private final int record;
    private final ImmutableList<String> cells;
    private final Map<String, Integer> index;

    private Row(String source, long line, int record, ImmutableList<String> cells, Map<String, Integer> index) {
      this.source = source;
      this.line = line;
      this.record = record;
      this.cells = cells;
      this.index = index;
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
