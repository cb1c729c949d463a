package dev.crosswalk.data;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Exports the bundled crosswalk in every format into {@code <dir>/<format>/}, for
 * {@link ExportDeterminismTest} to run in a second JVM. Prints the JVM's default charset, locale
 * and time zone, so the test can check they differed.
 */
public final class ExportMain {
  private ExportMain() {}

  /** Usage: {@code ExportMain <dir>}. */
  public static void main(String[] args) {
    exportAll(Path.of(args[0]));
    System.out.println("charset=" + Charset.defaultCharset().name() + " locale=" + Locale.getDefault().toLanguageTag()
        + " zone=" + TimeZone.getDefault().getID());
  }

  /**
   * Writes every export format of the bundled crosswalk into a subdirectory of {@code dir} named
   * by its id; returns the files written, relative to {@code dir}, with {@code /} separators.
   */
  static List<String> exportAll(Path dir) {
    List<String> written = new ArrayList<>();
    for (ExportFormat format : ExportFormat.values()) {
      for (Path file : Exports.write(Crosswalks.bundled(), format, dir.resolve(format.id()))) {
        written.add(dir.relativize(file).toString().replace('\\', '/'));
      }
    }
    return written;
  }
}
