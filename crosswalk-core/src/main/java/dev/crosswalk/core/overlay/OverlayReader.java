package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.CsvRecords;
import dev.crosswalk.core.internal.ItemCodec;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ItemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads overlays: documents in the canonical JSON format ({@code *.json}, see {@code
 * docs/format.md}) and tables of the CSV contract ({@code frameworks.csv}, {@code
 * requirements.csv}, {@code controls.csv}, {@code mappings.csv}, {@code sources.csv}, {@code
 * no-counterparts.csv}, {@code additions.csv}, any subset; see {@code
 * docs/exports.md}), or a directory holding such files.
 *
 * <p>Reading is as strict as the canonical reader's: input must be UTF-8, and a JSON document is
 * read by {@link CrosswalkReader}, a CSV table with its header, cell and limit checks. The first
 * fault is a {@link CrosswalkFormatException} naming the file, line, column and pointer (for CSV,
 * {@code record N, column 'c'}). Nothing is validated across items: an overlay may refer to the
 * base it is merged onto ({@link Overlays#merge}). A table written before a column was added
 * gets defaults for it; they are listed in {@code docs/overlays.md}. Instances are immutable and thread-safe.
 */
public final class OverlayReader {
  private final ReadLimits limits;
  private final CrosswalkReader json;

  private OverlayReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.json = CrosswalkReader.withLimits(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static OverlayReader create() {
    return new OverlayReader(ReadLimits.DEFAULT);
  }

  /**
   * A reader with the given limits, applied to each file: {@code maxDocumentBytes} to its size,
   * {@code maxStringLength} to each string or cell, {@code maxElements} to its items or records,
   * {@code maxNestingDepth} to JSON nesting.
   */
  public static OverlayReader withLimits(ReadLimits limits) {
    return new OverlayReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads files and directories as one overlay, in the order given. A file's format is told by
   * its extension ({@code .json} or {@code .csv}, any case); a CSV file's table by the end of its
   * name ({@code frameworks.csv}, {@code team-mappings.csv}, ...). A directory contributes its
   * {@code .json} and {@code .csv} files, by name; its other files are not read.
   *
   * @throws CrosswalkFormatException at the first fault of any file, or for a file of another
   *     type, a CSV file whose name names no table, or a directory with nothing to read
   * @throws CrosswalkDataException if a file cannot be read
   */
  public Overlay read(Path... paths) {
    return read(Arrays.asList(paths));
  }

  /** Reads files and directories as one overlay; see {@link #read(Path...)}. */
  public Overlay read(List<Path> paths) {
    Overlay out = Overlay.empty();
    for (Path path : paths) {
      for (Path file : files(path)) {
        out = out.plus(readFile(file, CsvRecords.FAIL_FAST));
      }
    }
    return out;
  }

  /**
   * Reads one canonical JSON document from a stream, which is not closed.
   *
   * @param sourceName the name used in positions and messages, e.g. the file name
   * @throws CrosswalkFormatException if the input is not a valid document
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public Overlay readJson(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    CrosswalkBuilder items = Crosswalk.builder();
    // The canonical reader checks UTF-8 strictly and locates limit errors itself.
    json.readInto(items, in, sourceName);
    return Overlay.from(items, List.of(sourceName));
  }

  /**
   * Reads one CSV table from a stream, which is not closed; the table is told by the end of
   * {@code fileName}, a kind's {@link ItemKind#csvFileName()} ({@code frameworks.csv}, {@code
   * team-mappings.csv}, ...).
   *
   * @throws CrosswalkFormatException if the name names no table or the input breaks the contract
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public Overlay readCsv(InputStream in, String fileName) {
    return readCsv(in, fileName, CsvRecords.FAIL_FAST);
  }

  /** Reads one CSV table, handing each faulty record to {@code recordProblems}. */
  Overlay readCsv(InputStream in, String fileName, Consumer<CrosswalkFormatException> recordProblems) {
    requireNonNull(in, "in");
    ItemCodec<?> table = ItemCodecs.of(table(fileName));
    CrosswalkBuilder items = Crosswalk.builder();
    CsvRecords.read(in, fileName, limits, table.csvHeader(), row -> items.add(table.fromCsv(row), row.origin()),
        recordProblems);
    return Overlay.from(items, List.of(fileName));
  }

  /**
   * Reads one file, handing each faulty CSV record to {@code recordProblems}.
   *
   * @throws CrosswalkFormatException at the first fault that ends reading
   * @throws CrosswalkDataException if the file cannot be read
   */
  Overlay readFile(Path file, Consumer<CrosswalkFormatException> recordProblems) {
    String name = file.toString();
    Format format = format(file);
    return InputFiles.read(file, (in, n) -> format == Format.JSON ? readJson(in, n) : readCsv(in, n, recordProblems));
  }

  /**
   * The files a path stands for: itself, or a directory's {@code .json} and {@code .csv} files
   * by name.
   *
   * @throws CrosswalkFormatException if a directory has none
   * @throws CrosswalkDataException if a directory cannot be listed or the path does not exist
   */
  static ImmutableList<Path> files(Path path) {
    requireNonNull(path, "path");
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw new CrosswalkDataException("cannot read " + path + ": no such file or directory");
      }
      return ImmutableList.of(path);
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> listing = Files.list(path)) {
      listing.filter(p -> !Files.isDirectory(p) && format(p.getFileName().toString()) != null).sorted()
          .forEach(found::add);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot list directory " + path + ": " + e, e);
    }
    if (found.isEmpty()) {
      throw new CrosswalkFormatException(path.toString(), 0, 0, "", "the directory holds no .json or .csv"
          + " file; put the overlay's CSV tables (" + ItemKind.FRAMEWORK.csvFileName() + ", "
          + ItemKind.MAPPING.csvFileName() + ", ...) or"
          + " JSON documents in it", null);
    }
    return ImmutableList.copyOf(found);
  }

  private enum Format { JSON, CSV }

  private static Format format(Path file) {
    Format f = format(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    if (f == null) {
      throw new CrosswalkFormatException(file.toString(), 0, 0, "", "cannot tell the format of the file;"
          + " name a canonical JSON document *.json and a CSV table " + csvFileNames(), null);
    }
    return f;
  }

  private static Format format(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Format.JSON;
    }
    return lower.endsWith(".csv") ? Format.CSV : null;
  }

  private static ItemKind table(String fileName) {
    requireNonNull(fileName, "fileName");
    return ItemKind.ofCsvFileName(fileName).orElseThrow(() -> new CrosswalkFormatException(fileName, 0, 0, "",
        "cannot tell which table the file holds; its name must end with " + csvFileNames() + " (e.g. team-"
            + ItemKind.MAPPING.csvFileName() + ")", null));
  }

  /** {@code frameworks.csv, ... or additions.csv}. */
  private static String csvFileNames() {
    List<String> names = ItemKind.csvFileNames();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
