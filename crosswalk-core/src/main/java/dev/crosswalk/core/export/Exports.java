package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalExporter;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a crosswalk into a directory in one of the {@linkplain ExportFormat export formats}.
 *
 * <pre>{@code
 * List<Path> files = Exports.write(Crosswalks.bundled(), ExportFormat.CSV, Path.of("out"));
 * }</pre>
 *
 * <p>The files written are named by {@link ExportFormat#fileNames(Crosswalk)} and are
 * byte-identical across runs for the same crosswalk.
 */
public final class Exports {
  private Exports() {}

  /**
   * Writes the crosswalk in the format into {@code dir}, creating the directory if needed and
   * replacing files of the same names.
   *
   * @return the files written, in {@link ExportFormat#fileNames(Crosswalk)} order; immutable
   * @throws CrosswalkDataException if the directory or a file cannot be written, or the crosswalk
   *     holds text the format cannot represent (see {@link SqlExporter})
   */
  public static List<Path> write(Crosswalk crosswalk, ExportFormat format, Path dir) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(format, "format");
    requireNonNull(dir, "dir");
    return switch (format) {
      case CSV -> CsvExporter.create().write(crosswalk, dir);
      case JSONL -> ImmutableList.of(
          OutputFiles.write(dir.resolve("crosswalk.jsonl"), out -> JsonLinesExporter.create().write(crosswalk, out)));
      case JSON -> ImmutableList.of(
          OutputFiles.write(dir.resolve("crosswalk.json"), out -> CrosswalkWriter.create().write(crosswalk, out)));
      case SQL -> ImmutableList.of(OutputFiles.write(dir, "crosswalk.sql", SqlExporter.create().toBytes(crosswalk)));
      case OSCAL -> OscalExporter.create().write(crosswalk, dir);
    };
  }

}
