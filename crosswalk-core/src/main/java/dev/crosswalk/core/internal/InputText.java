package dev.crosswalk.core.internal;

import java.util.Locale;

/**
 * The rule every reader applies to each text it reads (string values, member names, CSV cells):
 * no U+0000 and no unpaired surrogate. JSON can write both as escapes ({@code \u0000},
 * {@code \ud800}) that decode without error; a NUL then reached HTML and CSV as a raw NUL byte,
 * and an unpaired surrogate, which is not Unicode, failed or turned into {@code ?} in a later
 * export. Refusing them where they are read names the file and position. Not API.
 */
public final class InputText {
  private InputText() {}

  /** What is wrong with {@code length} characters of {@code chars} from {@code offset}, or null when nothing is. */
  public static String problem(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c == 0) {
        return nul(i - offset);
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i++;
        } else {
          return surrogate(c, i - offset);
        }
      }
    }
    return null;
  }

  /** What is wrong with the text, or null when nothing is. */
  public static String problem(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return nul(i);
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return surrogate(c, i);
        }
      }
    }
    return null;
  }

  private static String nul(int index) {
    return "the text holds U+0000 (NUL) at character " + (index + 1) + "; no text may hold it";
  }

  private static String surrogate(char c, int index) {
    return "the text holds an unpaired surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
        + " at character " + (index + 1) + ", which is not valid Unicode; write the character itself or its"
        + " surrogate pair";
  }
}
