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
    this.json = CrosswalkReader.create().withLimits(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static OverlayReader create() {
    return new OverlayReader(ReadLimits.DEFAULT);
  }

  /**
   * This reader with the given limits, applied to each file: {@code maxDocumentBytes} to its
   * size, {@code maxStringLength} to each string or cell, {@code maxElements} to its items or
   * records, {@code maxNestingDepth} to JSON nesting.
   */
  public OverlayReader withLimits(ReadLimits limits) {
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
    Overlay out = Overlay.empty();
    for (Path path : paths) {
      for (Path file : files(path)) {
        out = out.plus(readFile(file, CsvRecords.FAIL_FAST));
      }
    }
    return out;
  }

  /**
   * Reads one file from a stream, which is not closed. {@code fileName} tells the format and the
   * table as a file's name does: a canonical JSON document ({@code *.json}) or a CSV table
   * ({@code frameworks.csv}, {@code team-mappings.csv}, ...).
   *
   * @param fileName the name used in positions and messages, whose end tells the format and table
   * @throws CrosswalkFormatException if the name tells no format or table, or the input breaks it
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public Overlay read(InputStream in, String fileName) {
    requireNonNull(in, "in");
    return readStream(in, fileName, CsvRecords.FAIL_FAST);
  }

  /**
   * Reads one file held in a string, as {@link #read(InputStream, String)} reads its UTF-8 bytes.
   *
   * @throws CrosswalkFormatException if the name tells no format or table, or the text breaks it
   */
  public Overlay read(String text, String fileName) {
    requireNonNull(text, "text");
    return read(InputFiles.utf8(text, requireNonNull(fileName, "fileName")), fileName);
  }

  /** Reads one file from a stream, handing each faulty CSV record to {@code recordProblems}. */
  private Overlay readStream(InputStream in, String fileName, Consumer<CrosswalkFormatException> recordProblems) {
    return format(requireNonNull(fileName, "fileName"), fileName) == Format.JSON
        ? readJson(in, fileName) : readCsv(in, fileName, recordProblems);
  }

  /** Reads one canonical JSON document from a stream, which is not closed. */
  private Overlay readJson(InputStream in, String sourceName) {
    CrosswalkBuilder items = Crosswalk.builder();
    // The canonical reader checks UTF-8 strictly and locates limit errors itself.
    json.readInto(items, in, sourceName);
    return Overlay.from(items, List.of(sourceName));
  }

  /** Reads one CSV table, handing each faulty record to {@code recordProblems}. */
  private Overlay readCsv(InputStream in, String fileName, Consumer<CrosswalkFormatException> recordProblems) {
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
    format(file); // a file of another type is refused before it is opened
    return InputFiles.read(file, (in, name) -> readStream(in, name, recordProblems));
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
      listing.filter(p -> !Files.isDirectory(p) && formatOf(p.getFileName().toString()) != null).sorted()
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
    return format(file.getFileName() == null ? file.toString() : file.getFileName().toString(), file.toString());
  }

  /** The format a file name tells; {@code source} names the input in the message for a name that tells none. */
  private static Format format(String fileName, String source) {
    Format f = formatOf(fileName);
    if (f == null) {
      throw new CrosswalkFormatException(source, 0, 0, "", "cannot tell the format of the file;"
          + " name a canonical JSON document *.json and a CSV table " + csvFileNames(), null);
    }
    return f;
  }

  private static Format formatOf(String fileName) {
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
