package dev.crosswalk.core.readiness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads an organisation's documented decisions on discretionary requirements from a JSON or CSV
 * file ({@code docs/inputs.md}) into {@link Decisions}.
 *
 * <p>JSON: {@code {"decisions": [{"requirement": "hipaa:164.312(a)(2)(iv)", "decision":
 * "alternative", "text": "..."}]}}. CSV: UTF-8, RFC 4180, a header naming the columns {@code
 * requirement,decision,text}, one record per decision. A decision is {@code implemented},
 * {@code alternative} or {@code not-reasonable}; the last two need a {@code text} (the alternative
 * measure, or the reason), {@code implemented} takes none. A requirement is decided at most once.
 *
 * <p>The reader checks the file alone: whether each requirement exists in a crosswalk and is
 * discretionary there is for {@link Decisions#check(Crosswalk)}. The first fault is a one-line
 * {@link CrosswalkFormatException} naming the source, the line and, for JSON, the column and the
 * JSON pointer, for CSV the record and column. Instances are immutable and thread-safe.
 */
public final class DecisionsReader {
  /** The CSV columns, which the header names each once. */
  static final List<String> COLUMNS = List.of("requirement", "decision", "text");

  private static final ImmutableMap<String, JsonEntries.Type> MEMBERS = ImmutableMap.of(
      "requirement", JsonEntries.Type.STRING, "decision", JsonEntries.Type.STRING, "text", JsonEntries.Type.STRING);
  private static final String KINDS = "implemented, alternative or not-reasonable";

  private final ReadLimits limits;
  private final KeyedEntries<ElementRef, Decision> entries;

  private DecisionsReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.entries = new KeyedEntries<>(limits, COLUMNS, new JsonEntries(limits, "decisions", "decision", MEMBERS),
        "requirement", DecisionsReader::decision, Decision::requirement,
        (requirement, first) -> requirement + " is decided twice; the first decision is on " + first
            + "; keep one decision per requirement");
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static DecisionsReader create() {
    return new DecisionsReader(ReadLimits.DEFAULT);
  }

  /**
   * This reader with other limits: {@code maxDocumentBytes} bounds the input,
   * {@code maxStringLength} each string or cell, {@code maxElements} the decisions, and for JSON
   * {@code maxNestingDepth} and {@code maxTokens} the structure.
   */
  public DecisionsReader withLimits(ReadLimits limits) {
    return new DecisionsReader(limits);
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
  public Decisions read(Path file) {
    requireNonNull(file, "file");
    boolean csv = InputFormat.isCsv(file, "decisions");
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
  public Decisions read(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    return read(in, sourceName, InputFormat.isCsv(sourceName, sourceName, "decisions"));
  }

  /**
   * Reads JSON or CSV held in a string, as {@link #read(InputStream, String)} reads its UTF-8 bytes.
   *
   * @throws CrosswalkFormatException if the name has another extension or the text breaks its format
   */
  public Decisions read(String text, String sourceName) {
    requireNonNull(text, "text");
    requireNonNull(sourceName, "sourceName");
    return read(InputFiles.utf8(text, sourceName), sourceName);
  }

  private Decisions read(InputStream in, String sourceName, boolean csv) {
    return new Decisions(ImmutableSortedMap.copyOf(entries.read(in, sourceName, csv)));
  }

  /** One decision; {@link Decision}'s constructor decides the text rules. */
  private static Decision decision(Fields f) {
    ElementRef requirement = f.ref("requirement");
    String id = f.required("decision");
    Decision.Kind kind = Decision.Kind.ofId(id).orElseThrow(() -> f.fail("decision", Fields.quote(id)
        + " is not a decision; use " + KINDS));
    Optional<String> text = f.text("text");
    try {
      return new Decision(requirement, kind, text);
    } catch (InvalidValueException e) {
      String why = kind == Decision.Kind.IMPLEMENTED ? "is not allowed: " : text.isEmpty() ? "is required: " : "is not valid: ";
      throw f.fail("text", why + Fields.foreign(e.getMessage()));
    }
  }
}
