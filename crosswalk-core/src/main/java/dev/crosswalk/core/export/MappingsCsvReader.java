package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.ReadLimits;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code mappings.csv} table (the {@link CsvExporter#MAPPING_COLUMNS} contract) back into
 * {@link Mapping}s, so a data team can maintain mappings in a spreadsheet.
 *
 * <p>The input is UTF-8 (a leading byte order mark is skipped), RFC 4180, with a header row that
 * names each of the seven columns exactly once, in any order. Blank lines are skipped. Every cell
 * is checked: element references, relationship and rationale names, a strength from 1 to 10, a
 * non-blank justification and one or more source ids separated by {@code ;}. The first fault is
 * reported as a {@link CrosswalkFormatException} naming the source, the line the record starts on,
 * and the record number (the header is record 1) and column. The mappings are returned as
 * curated, in file order; whether their elements and sources exist is checked when they are
 * added to a crosswalk ({@link dev.crosswalk.core.model.CrosswalkBuilder#addMappings}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MappingsCsvReader {
  /** The rule for source ids, as in the model, checked here to name the column at fault. */
  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  private final ReadLimits limits;
  private final CsvFactory factory;

  private MappingsCsvReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = CsvFactory.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static MappingsCsvReader create() {
    return new MappingsCsvReader(ReadLimits.DEFAULT);
  }

  /**
   * A reader with the given limits: {@code maxDocumentBytes} bounds the input, {@code
   * maxStringLength} each cell, {@code maxElements} the number of records.
   */
  public static MappingsCsvReader withLimits(ReadLimits limits) {
    return new MappingsCsvReader(limits);
  }

  /**
   * Reads a file.
   *
   * @throws CrosswalkFormatException if the file breaks the contract
   * @throws CrosswalkDataException if the file cannot be read
   */
  public ImmutableList<Mapping> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + file + ": " + e, e);
    }
  }

  /**
   * Reads UTF-8 CSV from a stream, which is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws CrosswalkFormatException if the input breaks the contract
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public ImmutableList<Mapping> read(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    Reader reader = new InputStreamReader(new Bounded(in, limits.maxDocumentBytes()),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
    return parse(reader, sourceName);
  }

  /**
   * Reads CSV text.
   *
   * @param sourceName the name used in error messages
   * @throws CrosswalkFormatException if the text breaks the contract
   */
  public ImmutableList<Mapping> read(String csv, String sourceName) {
    requireNonNull(csv, "csv");
    if (csv.length() > limits.maxDocumentBytes()) {
      throw new CrosswalkFormatException(requireNonNull(sourceName, "sourceName"), 0, 0, "",
          "the input is longer than " + limits.maxDocumentBytes() + " characters (ReadLimits.maxDocumentBytes)", null);
    }
    return parse(new StringReader(csv), sourceName);
  }

  private ImmutableList<Mapping> parse(Reader reader, String sourceName) {
    requireNonNull(sourceName, "sourceName");
    long line = 0;
    try (CsvParser p = factory.createParser(skipByteOrderMark(reader))) {
      ImmutableList.Builder<Mapping> out = ImmutableList.builder();
      Map<String, Integer> columnIndex = null;
      int record = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_ARRAY) {
          throw new IllegalStateException("unexpected CSV token " + t);
        }
        // Jackson reports the previous token's location for START_ARRAY; a record starts where its
        // first cell does.
        line = p.currentLocation().getLineNr();
        record++;
        if (record - 1 > limits.maxElements()) {
          throw new CrosswalkFormatException(sourceName, line, 0, "record " + record,
              "more than " + limits.maxElements() + " records (ReadLimits.maxElements)", null);
        }
        List<String> cells = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          if (cells.isEmpty()) {
            line = p.currentTokenLocation().getLineNr();
          }
          String cell = p.getText();
          if (cell.length() > limits.maxStringLength()) {
            throw new CrosswalkFormatException(sourceName, line, 0, "record " + record,
                "a cell is longer than " + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)", null);
          }
          cells.add(cell);
        }
        if (columnIndex == null) {
          columnIndex = header(cells, sourceName, line);
        } else {
          out.add(new Row(sourceName, line, record, cells, columnIndex).mapping());
        }
      }
      if (columnIndex == null) {
        throw new CrosswalkFormatException(sourceName, 0, 0, "",
            "the input is empty; expected the header row " + String.join(",", CsvExporter.MAPPING_COLUMNS), null);
      }
      return out.build();
    } catch (CharacterCodingException e) {
      throw new CrosswalkFormatException(sourceName, line, 0, "", "the input is not valid UTF-8 (after line "
          + line + ")", e);
    } catch (LimitExceeded e) {
      throw new CrosswalkFormatException(sourceName, line, 0, "",
          "the input is larger than " + limits.maxDocumentBytes() + " bytes (ReadLimits.maxDocumentBytes)", e);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new CrosswalkFormatException(sourceName, loc == null ? line : loc.getLineNr(), 0, "",
          "malformed CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
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

  private static Map<String, Integer> header(List<String> cells, String sourceName, long line) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i);
      if (!CsvExporter.MAPPING_COLUMNS.contains(name)) {
        throw new CrosswalkFormatException(sourceName, line, 0, "record 1 (header), column " + (i + 1),
            "unknown column '" + name + "'; the columns are " + String.join(",", CsvExporter.MAPPING_COLUMNS), null);
      }
      if (index.put(name, i) != null) {
        throw new CrosswalkFormatException(sourceName, line, 0, "record 1 (header), column '" + name + "'",
            "column '" + name + "' is named twice", null);
      }
    }
    List<String> missing = CsvExporter.MAPPING_COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new CrosswalkFormatException(sourceName, line, 0, "record 1 (header)",
          "missing column" + (missing.size() == 1 ? " " : "s ") + missing + "; the header must name "
              + String.join(",", CsvExporter.MAPPING_COLUMNS), null);
    }
    return index;
  }

  /** One data record with located access to its cells. */
  private record Row(String sourceName, long line, int record, List<String> cells, Map<String, Integer> index) {

    Mapping mapping() {
      if (cells.size() != index.size()) {
        throw fail("", "has " + cells.size() + " cells; expected " + index.size() + " ("
            + String.join(",", CsvExporter.MAPPING_COLUMNS) + ")");
      }
      ElementRef source = ref("source");
      ElementRef target = ref("target");
      Relationship relationship = enumValue("relationship", Relationship.class);
      int strength = strength();
      Rationale rationale = enumValue("rationale", Rationale.class);
      String justification = cell("justification");
      if (justification.isBlank()) {
        throw fail("justification", "is blank; say in one to three sentences why the relationship holds");
      }
      List<String> sources = new ArrayList<>();
      for (String part : cell("sources").split(";", -1)) {
        String id = part.strip();
        if (!SOURCE_ID.matcher(id).matches()) {
          throw fail("sources", (id.isEmpty() ? "has an empty source id" : "'" + id + "' is not a source id")
              + "; give one or more source ids separated by ';', e.g. 'ecfr-45-cfr-164;aicpa-tsc-2017'");
        }
        sources.add(id);
      }
      try {
        return Mapping.curated(source, target, relationship, rationale, strength, justification,
            ImmutableSortedSet.copyOf(sources));
      } catch (CrosswalkException | IllegalArgumentException e) {
        throw new CrosswalkFormatException(sourceName, line, 0, "record " + record, e.getMessage(), e);
      }
    }

    private String cell(String column) {
      return cells.get(index.get(column));
    }

    private ElementRef ref(String column) {
      try {
        return ElementRef.parse(cell(column));
      } catch (CrosswalkException e) {
        throw fail(column, e.getMessage());
      }
    }

    private <E extends Enum<E>> E enumValue(String column, Class<E> type) {
      String text = cell(column);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw fail(column, "'" + text + "' is not a " + column + "; use one of " + Arrays.toString(type.getEnumConstants()));
    }

    private int strength() {
      String text = cell("strength");
      if (text.matches("(10|[1-9])")) {
        return Integer.parseInt(text);
      }
      throw fail("strength", "'" + text + "' is not a strength; use a whole number from 1 to 10");
    }

    private CrosswalkFormatException fail(String column, String problem) {
      String pointer = "record " + record + (column.isEmpty() ? "" : ", column '" + column + "'");
      return new CrosswalkFormatException(sourceName, line, 0, pointer,
          (column.isEmpty() ? "the record " : column + " ") + problem, null);
    }
  }

  /** Thrown by {@link Bounded} when the input is over the size limit. */
  private static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded() {
      super("input over the size limit");
    }
  }

  /** Fails once more than a given number of bytes has been read. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws IOException {
      count += n;
      if (count > max) {
        throw new LimitExceeded();
      }
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }
}
