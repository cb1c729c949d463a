package dev.crosswalk.core;

import static dev.crosswalk.core.InvalidValueException.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A format version {@code MAJOR.MINOR}. A minor only adds optional members. A reader reads every
 * minor of its own major up to its own, and refuses a newer minor (its members would be unknown,
 * and the strict reader never skips what it does not know) and any other major.
 *
 * @param major incompatible changes
 * @param minor compatible additions
 */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {
  /** The newest version this library reads and writes. */
  public static final FormatVersion CURRENT = new FormatVersion(1, 1);

  private static final Pattern SYNTAX = Pattern.compile("(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})");
  private static final String CORE_VERSION = readCoreVersion();

  /** Checks both parts are non-negative. */
  public FormatVersion {
    check(major >= 0 && minor >= 0, "format version parts must be non-negative");
  }

  /**
   * Parses {@code MAJOR.MINOR}.
   *
   * @throws InvalidValueException if the text is not of that form
   */
  public static FormatVersion parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    check(m.matches(), "format version '%s' is not of the form MAJOR.MINOR, e.g. '1.0'", text);
    return new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The version of this crosswalk-core, e.g. {@code 0.1.0}, as recorded by its build; {@code
   * unknown} when run from sources the build did not process.
   */
  public static String coreVersion() {
    return CORE_VERSION;
  }

  /**
   * Says that this crosswalk-core cannot read data in format {@code found} and which crosswalk-core
   * does, e.g. {@code format 2.0 is read by crosswalk-core 2.0.0 or later; this is crosswalk-core
   * 0.1.0, which reads format 1.x}.
   *
   * @param readBy the oldest crosswalk-core release that reads the data, when the data says (a data
   *     manifest's {@code minCoreVersion})
   */
  public static String cannotRead(FormatVersion found, Optional<String> readBy) {
    String self = "this is crosswalk-core " + CORE_VERSION + ", which reads format " + CURRENT.major + ".0 to " + CURRENT;
    if (readBy.isPresent()) {
      return "format " + found + " is read by crosswalk-core " + readBy.get() + " or later; " + self;
    }
    if (found.compareTo(CURRENT) > 0) {
      return "format " + found + " is read by a crosswalk-core release for format " + found
          + ", newer than this one (see its CHANGELOG.md); " + self;
    }
    return "format " + found + " is older than any this crosswalk-core reads; " + self
        + "; use an older crosswalk-core or convert the data";
  }

  private static String readCoreVersion() {
    try (InputStream in = FormatVersion.class.getResourceAsStream("crosswalk-core.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "").strip();
        if (!v.isEmpty() && !v.contains("${")) {
          return v;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // fall through: the version is only used in messages
    }
    return "unknown";
  }

  /** True when a reader of this version can read {@code other}: the same major, a minor up to this one's. */
  public boolean canRead(FormatVersion other) {
    return other.major == major && other.minor <= minor;
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
