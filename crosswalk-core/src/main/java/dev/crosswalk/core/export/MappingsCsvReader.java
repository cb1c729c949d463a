package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.internal.CsvRecords;
import dev.crosswalk.core.model.Mapping;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@code mappings.csv} table (the {@link CsvExporter#MAPPING_COLUMNS} contract) back into
 * {@link Mapping}s, so a data team can maintain mappings in a spreadsheet.
 *
 * <p>The input is UTF-8 (a leading byte order mark is skipped), RFC 4180, with a header row that
 * names each of the first seven columns exactly once, in any order ({@code citations} and
 * {@code derivedVia} may be left out). Blank lines are skipped. Every cell is checked: element
 * references, relationship and rationale names, a strength from 1 to 10, a non-blank
 * justification, one or more source ids separated by {@code ;}, citations naming the same ids,
 * pivots. The first fault is reported as a {@link CrosswalkFormatException} naming the source, the
 * line the record starts on, and the record number (the header is record 1) and column. The
 * mappings are returned in file order, derived when {@code derivedVia} names pivots; whether their
 * elements and sources exist is checked when they are added to a crosswalk
 * ({@link dev.crosswalk.core.model.CrosswalkBuilder#addMappings}).
 *
 * <p>The same rules read all seven tables of the contract as an overlay: see
 * {@link dev.crosswalk.core.overlay.OverlayReader}. Instances are immutable and thread-safe.
 */
public final class MappingsCsvReader {
  private final ReadLimits limits;

  private MappingsCsvReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static MappingsCsvReader create() {
    return new MappingsCsvReader(ReadLimits.DEFAULT);
  }

  /**
   * This reader with the given limits: {@code maxDocumentBytes} bounds the input, {@code
   * maxStringLength} each cell, {@code maxElements} the number of records.
   */
  public MappingsCsvReader withLimits(ReadLimits limits) {
    return new MappingsCsvReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a file into an immutable list of mappings.
   *
   * @throws CrosswalkFormatException if the file breaks the contract
   * @throws CrosswalkDataException if the file cannot be read
   */
  public List<Mapping> read(Path file) {
    return InputFiles.read(file, this::read);
  }

  /**
   * Reads UTF-8 CSV from a stream, which is not closed, into an immutable list of mappings.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws CrosswalkFormatException if the input breaks the contract
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public List<Mapping> read(InputStream in, String sourceName) {
    ImmutableList.Builder<Mapping> out = ImmutableList.builder();
    CsvRecords.read(in, sourceName, limits, ItemCodecs.MAPPING.csvHeader(),
        row -> out.add(ItemCodecs.MAPPING.fromCsv(row)), CsvRecords.FAIL_FAST);
    return out.build();
  }

  /**
   * Reads CSV text into an immutable list of mappings.
   *
   * @param sourceName the name used in error messages
   * @throws CrosswalkFormatException if the text breaks the contract
   */
  public List<Mapping> read(String csv, String sourceName) {
    ImmutableList.Builder<Mapping> out = ImmutableList.builder();
    CsvRecords.read(csv, sourceName, limits, ItemCodecs.MAPPING.csvHeader(),
        row -> out.add(ItemCodecs.MAPPING.fromCsv(row)), CsvRecords.FAIL_FAST);
    return out.build();
  }
}
