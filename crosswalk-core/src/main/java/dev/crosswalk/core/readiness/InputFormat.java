package dev.crosswalk.core.readiness;

import dev.crosswalk.core.CrosswalkFormatException;
import java.nio.file.Path;
import java.util.Locale;

/** The format of an input, told by the extension of its name. Not API. */
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
    return isCsv(name == null ? file.toString() : name.toString(), file.toString(), what);
  }

  /**
   * True for a name ending {@code .csv}, false for one ending {@code .json} (any case): the name
   * of a stream tells its format as a file's does.
   *
   * @param source the name of the input, for the message
   * @throws CrosswalkFormatException naming the input and both extensions for any other name
   */
  static boolean isCsv(String name, String source, String what) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      return true;
    }
    if (lower.endsWith(".json")) {
      return false;
    }
    throw new CrosswalkFormatException(source, 0, 0, "", "cannot tell the format of the file; name a "
        + what + " file *.json or *.csv", null);
  }
}
