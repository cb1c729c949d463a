package dev.crosswalk.core.readiness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.ControlStatus;
import dev.crosswalk.core.query.InventoryControl;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an organisation's control inventory (its controls and how far each is in place) from a
 * JSON or CSV file ({@code docs/inputs.md}) into a {@link ControlInventory}.
 *
 * <p>JSON: {@code {"controls": [{"control": "controls:IAM-02", "status": "implemented", "owner":
 * "...", "evidence": ["TICKET-1"], "lastTested": "2026-01-15"}]}}; only {@code control} and
 * {@code status} are required. CSV: UTF-8, RFC 4180, a header naming the columns {@code
 * control,status,owner,evidence,lastTested}, one record per control, evidence one entry per line
 * of its cell, empty cells for absent values. A status is {@code implemented}, {@code partial},
 * {@code planned} or {@code not-applicable}; a date is written {@code YYYY-MM-DD}. A control is
 * listed at most once.
 *
 * <p>The reader checks the file alone: whether the controls exist in a crosswalk is for the
 * query that uses the inventory. The first fault is a one-line {@link CrosswalkFormatException}
 * naming the source, the line and, for JSON, the column and the JSON pointer, for CSV the record
 * and column. Instances are immutable and thread-safe.
 */
public final class InventoryReader {
  /** The CSV columns, which the header names each once. */
  static final List<String> COLUMNS = List.of("control", "status", "owner", "evidence", "lastTested");

  private static final ImmutableMap<String, JsonEntries.Type> MEMBERS = ImmutableMap.of(
      "control", JsonEntries.Type.STRING, "status", JsonEntries.Type.STRING, "owner", JsonEntries.Type.STRING,
      "evidence", JsonEntries.Type.STRINGS, "lastTested", JsonEntries.Type.STRING);
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final String STATUSES = Arrays.stream(ControlStatus.values()).map(InventoryReader::id)
      .collect(Collectors.joining(", "));

  private final ReadLimits limits;
  private final KeyedEntries<ElementRef, InventoryControl> entries;

  private InventoryReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.entries = new KeyedEntries<>(limits, COLUMNS, new JsonEntries(limits, "controls", "control", MEMBERS),
        "control", InventoryReader::control, InventoryControl::control,
        (control, first) -> control + " is listed twice; the first entry is on " + first
            + "; keep one entry per control");
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static InventoryReader create() {
    return new InventoryReader(ReadLimits.DEFAULT);
  }

  /**
   * This reader with other limits: {@code maxDocumentBytes} bounds the input,
   * {@code maxStringLength} each string or cell, {@code maxElements} the controls (and the
   * evidence items of one control), and for JSON {@code maxNestingDepth} and {@code maxTokens}
   * the structure.
   */
  public InventoryReader withLimits(ReadLimits limits) {
    return new InventoryReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a file, JSON or CSV by its extension ({@code .json} or {@code .csv}, any case).
   *
   * @throws CrosswalkFormatException if the file has another extension or breaks its format
   * @throws CrosswalkDataException if the file cannot be read
   */
  public ControlInventory read(Path file) {
    requireNonNull(file, "file");
    boolean csv = InputFormat.isCsv(file, "control inventory");
    return InputFiles.read(file, (in, name) -> read(in, name, csv));
  }

  /**
   * Reads UTF-8 JSON or CSV from a stream, which is not closed; the extension of {@code
   * sourceName} tells which, as a file's does ({@code .json} or {@code .csv}, any case).
   *
   * @param sourceName the name used in error messages, e.g. the file name
   * @throws CrosswalkFormatException if the name has another extension or the input breaks its format
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public ControlInventory read(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return read(in, sourceName, InputFormat.isCsv(sourceName, sourceName, "control inventory"));
  }

  /**
   * Reads JSON or CSV held in a string, as {@link #read(InputStream, String)} reads its UTF-8 bytes.
   *
   * @throws CrosswalkFormatException if the name has another extension or the text breaks its format
   */
  public ControlInventory read(String text, String sourceName) {
    requireNonNull(text, "text");
    requireNonNull(sourceName, "sourceName");
    return read(InputFiles.utf8(text, sourceName), sourceName);
  }

  private ControlInventory read(InputStream in, String sourceName, boolean csv) {
    return new ControlInventory(ImmutableSortedMap.copyOf(entries.read(in, sourceName, csv)));
  }

  /** The id of a status in files: {@code implemented}, {@code partial}, {@code planned}, {@code not-applicable}. */
  static String id(ControlStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static InventoryControl control(Fields f) {
    ElementRef control = f.ref("control");
    String id = f.required("status");
    ControlStatus status = Arrays.stream(ControlStatus.values()).filter(s -> id(s).equals(id)).findFirst()
        .orElseThrow(() -> f.fail("status", Fields.quote(id) + " is not a status; use " + STATUSES));
    Optional<String> owner = f.text("owner");
    var evidence = f.lines("evidence");
    Optional<LocalDate> lastTested = f.text("lastTested").map(text -> date(f, text));
    return new InventoryControl(control, status, owner, evidence, lastTested);
  }

  private static LocalDate date(Fields f, String text) {
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw f.fail("lastTested", Fields.quote(text) + " is not a valid date");
      }
    }
    throw f.fail("lastTested", Fields.quote(text) + " is not a date; write YYYY-MM-DD, e.g. 2026-01-15");
  }
}
