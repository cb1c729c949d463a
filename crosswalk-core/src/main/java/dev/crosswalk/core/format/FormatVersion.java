package dev.crosswalk.core.format;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A format version {@code MAJOR.MINOR}. A reader accepts every minor of its own major and
 * refuses a newer major.
 *
 * @param major incompatible changes
 * @param minor compatible additions
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {
  /** The version this library reads and writes. */
  public static final FormatVersion CURRENT = new FormatVersion(1, 0);

  private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");

  /** Checks both parts are non-negative. */
  public FormatVersion {
    checkArgument(major >= 0 && minor >= 0, "format version parts must be non-negative");
  }

  /**
   * Parses {@code MAJOR.MINOR}.
   *
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static FormatVersion parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    checkArgument(m.matches(), "format version '%s' is not of the form MAJOR.MINOR, e.g. '1.0'", text);
    return new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** True when a reader of this version can read {@code other}. */
  public boolean canRead(FormatVersion other) {
    return other.major == major;
  }

  @Override
  public int compareTo(FormatVersion o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
