package dev.crosswalk.core.model;

import dev.crosswalk.core.InvalidReferenceException;
import java.util.regex.Pattern;

/** Syntax rules shared by framework ids, source ids, refs and attribute keys. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  static final int MAX_REF_LENGTH = 256;

  private Ids() {}

  /** Checks a framework or source id; returns it. */
  static String checkId(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidReferenceException(
          "invalid " + what + " '" + id + "': use 1-64 lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit (e.g. 'hipaa', 'soc2', 'nist-800-53')");
    }
    return id;
  }

  /** Checks a lower-case token such as a requirement kind; returns it. */
  static String checkToken(String token, String what) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException(
          "invalid " + what + " '" + token + "': use a lower-case token such as 'standard' or"
              + " 'implementation-specification'");
    }
    return token;
  }

  /** Checks an attribute key; returns it. */
  static String checkKey(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "invalid attribute key '" + key + "': use letters, digits, '_', '.', '-', starting with a"
              + " letter, at most 64 characters");
    }
    return key;
  }

  /** Checks a citation inside a framework; returns it. */
  static String checkRef(String ref) {
    if (ref == null || ref.isEmpty()) {
      throw new InvalidReferenceException("invalid ref: it is empty; give the citation, e.g. '164.312(b)'");
    }
    if (ref.length() > MAX_REF_LENGTH) {
      throw new InvalidReferenceException(
          "invalid ref '" + ref.substring(0, 40) + "...': longer than " + MAX_REF_LENGTH + " characters");
    }
    if (Character.isWhitespace(ref.charAt(0)) || Character.isWhitespace(ref.charAt(ref.length() - 1))) {
      throw new InvalidReferenceException("invalid ref '" + ref + "': leading or trailing white space");
    }
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidReferenceException(
            "invalid ref '" + ref.replaceAll("\\p{Cntrl}", "?") + "': control character at index " + i);
      }
    }
    return ref;
  }

  /** Checks that a text is present and not blank; returns it. */
  static String checkText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return text;
  }
}
