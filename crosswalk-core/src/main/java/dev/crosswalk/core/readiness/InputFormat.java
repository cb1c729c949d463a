package dev.crosswalk.core.readiness;

import dev.crosswalk.core.CrosswalkFormatException;
import java.nio.file.Path;
import java.util.Locale;

/** The format of an input file, told by its extension. Not API. */
final class InputFormat {
  private InputFormat() {}

  /**
   * True for a {@code .csv} file, false for a {@code .json} file (any case).
   *
   * @param what what the file holds, for the message, e.g. {@code decisions}
   * @throws CrosswalkFormatException naming the file and both extensions for any other name
   */
  static boolean isCsv(Path file, String what) {
    Path name = file.getFileName();
    String lower = (name == null ? file.toString() : name.toString()).toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return true;
    }
    if (lower.endsWith(".json")) {
      return false;
    }
    throw new CrosswalkFormatException(file.toString(), 0, 0, "", "cannot tell the format of the file; name a "
        + what + " file *.json or *.csv", null);
  }
}
