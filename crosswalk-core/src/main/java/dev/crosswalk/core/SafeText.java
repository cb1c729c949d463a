package dev.crosswalk.core;

import static java.util.Objects.requireNonNull;

/**
 * Text from data made safe to show on a terminal, in a log line or in an error message: every
 * character a terminal or a text viewer would act on instead of showing is written as a visible
 * escape, so a title cannot clear the screen, rewrite a line, ring the bell or reorder what
 * follows it.
 *
 * <p>Escaped: the C0 and C1 control characters and DEL ({@code \n}, {@code \r} and {@code \t} as
 * those two characters, the others as {@code \u001B}), unpaired surrogates, the bidirectional
 * formatting characters (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069) and the line
 * and paragraph separators U+2028 and U+2029. Everything else, other scripts and emoji included,
 * is kept. The escapes are printable ASCII, so escaping twice changes nothing more.
 *
 * <pre>{@code
 * SafeText.of("ACME\u001B[2J")          // "ACME\u001B[2J" with a visible backslash
 * SafeText.echo(hugeInput)              // at most MAX_ECHO characters of it, escaped, then "…"
 * }</pre>
 */
public final class SafeText {
  /** How many characters of an input {@link #echo} quotes before cutting it. */
  public static final int MAX_ECHO = 200;

  /**
   * How many characters of a text an output shows where it mentions an element again (a
   * mapping's source in every explanation row, say) rather than presenting it; see {@link #mention}.
   */
  public static final int MAX_MENTION = 200;

  /** The longest line of an exception message; longer lines are cut in the middle. */
  static final int MAX_MESSAGE_LINE = 1_000;

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SafeText() {}

  /** The text with every character listed in the class comment escaped; the same instance when there is none. */
  public static String of(String text) {
    return escape(requireNonNull(text, "text"), false);
  }

  /**
   * The text as an error message may quote it: escaped as by {@link #of}, and cut after
   * {@link #MAX_ECHO} characters with an ellipsis, so a megabyte of bad input makes a short message.
   */
  public static String echo(String text) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= MAX_ECHO) {
      return escape(text, false);
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
    return escape(text.substring(0, end), false) + "…";
  }

  /**
   * The text as an output may repeat it: whole when it has at most {@link #MAX_MENTION}
   * characters, otherwise cut there with an ellipsis; not escaped (the caller escapes for its
   * medium). Reports and exports show each text of the input in full a fixed number of times and
   * every further mention through this, so their size stays proportional to their input's
   * (docs/limits.md): a million-character title mapped to a thousand requirements is shown once,
   * not a thousand times.
   */
  public static String mention(String text) {
    requireNonNull(text, "text");
    if (text.length() <= MAX_MENTION) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_MENTION - 1)) ? MAX_MENTION - 1 : MAX_MENTION;
    return text.substring(0, end) + "…";
  }

  /**
   * The text with every character listed in the class comment escaped except the line feeds,
   * for outputs that show text over several lines (an HTML page, say).
   */
  public static String ofLines(String text) {
    return escape(requireNonNull(text, "text"), true);
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F || isFormatting(c) || Character.isSurrogate(c);
  }

  /**
   * An exception message made safe: characters escaped as by {@link #of} except the line feeds
   * that separate its lines, and each line cut in the middle to at most about
   * {@link #MAX_MESSAGE_LINE} characters.
   */
  static String message(String message) {
    if (message == null) {
      return null;
    }
    String escaped = escape(message, true);
    if (escaped.length() <= MAX_MESSAGE_LINE) {
      return escaped;
    }
    StringBuilder out = new StringBuilder(Math.min(escaped.length(), 64 * MAX_MESSAGE_LINE));
    int start = 0;
    while (start <= escaped.length()) {
      int end = escaped.indexOf('\n', start);
      if (end < 0) {
        end = escaped.length();
      }
      if (start > 0) {
        out.append('\n');
      }
      if (end - start <= MAX_MESSAGE_LINE) {
        out.append(escaped, start, end);
      } else {
        int tail = MAX_MESSAGE_LINE / 4;
        out.append(escaped, start, start + MAX_MESSAGE_LINE - tail).append(" … ")
            .append(escaped, end - tail, end);
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isFormatting(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069' || c == '\u2028' || c == '\u2029';
  }

  private static String escape(String text, boolean keepLineFeeds) {
    int first = -1;
    for (int i = 0; i < text.length(); i++) {
      if (needsEscape(text, i, keepLineFeeds)) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(text, i, keepLineFeeds)) {
        b.append(c);
        if (Character.isHighSurrogate(c)) {
          b.append(text.charAt(++i)); // a valid pair: needsEscape checked the low half
        }
        continue;
      }
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      }
    }
    return b.toString();
  }

  /** Whether the character at {@code i} is escaped; a surrogate only when it is not half of a pair. */
  private static boolean needsEscape(String text, int i, boolean keepLineFeeds) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return (c != '\n' || !keepLineFeeds) && isUnsafe(c);
  }
}
