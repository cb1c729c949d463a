package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalExporter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
   * @return the files written, in {@link ExportFormat#fileNames(Crosswalk)} order
   * @throws CrosswalkDataException if the directory or a file cannot be written, or the crosswalk
   *     holds text the format cannot represent (see {@link SqlExporter})
   */
  public static ImmutableList<Path> write(Crosswalk crosswalk, ExportFormat format, Path dir) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(format, "format");
    requireNonNull(dir, "dir");
    return switch (format) {
      case CSV -> CsvExporter.create().write(crosswalk, dir);
      case JSONL -> ImmutableList.of(
          writeFile(dir, "crosswalk.jsonl", JsonLinesExporter.create().toBytes(crosswalk)));
      case JSON -> ImmutableList.of(writeFile(dir, "crosswalk.json", CrosswalkWriter.create().toBytes(crosswalk)));
      case SQL -> ImmutableList.of(writeFile(dir, "crosswalk.sql", SqlExporter.create().toBytes(crosswalk)));
      case OSCAL -> OscalExporter.create().write(crosswalk, dir);
    };
  }

  /**
   * Encodes text as UTF-8, refusing what UTF-8 cannot hold (an unpaired surrogate) instead of
   * replacing it silently.
   */
  static byte[] utf8(String text, String what) {
    try {
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new CrosswalkDataException("cannot export " + what + " as UTF-8: a text holds an unpaired surrogate"
          + " character, which is not valid Unicode; fix the text", e);
    }
  }

  /** Writes one file into a directory, creating the directory if needed. */
  static Path writeFile(Path dir, String name, byte[] content) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      Files.write(file, content);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write " + file + ": " + e, e);
    }
    return file;
  }
}
