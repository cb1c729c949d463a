package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.InvalidReferenceException;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.SafeText;

/**
 * Syntax rules shared by framework ids, source ids, refs and attribute keys.
 *
 * <p>The rules are the regular expressions named on each method, checked by hand: they run for
 * every element and mapping loaded, and a compiled pattern costs several times more. A malformed
 * id, token, key or ref is an {@link InvalidReferenceException}, a text that breaks its rules an
 * {@link InvalidValueException}.
 */
final class Ids {
  static final int MAX_REF_LENGTH = 256;
  private static final int MAX_ID_LENGTH = 64;

  private Ids() {}

  /** Checks a framework or source id, {@code [a-z0-9][a-z0-9._-]{0,63}}; returns it. */
  static String checkId(String id, String what) {
    if (!isId(id)) {
      throw new InvalidReferenceException(
          "invalid " + what + " '" + SafeText.echo(id) + "': use 1-64 lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit (e.g. 'hipaa', 'soc2', 'nist-800-53')");
    }
    return id;
  }

  /** Checks a lower-case token such as a requirement kind, {@code [a-z][a-z0-9-]{0,63}}; returns it. */
  static String checkToken(String token, String what) {
    if (!isToken(token)) {
      throw new InvalidReferenceException(
          "invalid " + what + " '" + SafeText.echo(token) + "': use a lower-case token such as 'standard' or"
              + " 'implementation-specification'");
    }
    return token;
  }

  /** Checks an attribute key, {@code [A-Za-z][A-Za-z0-9_.-]{0,63}}; returns it. */
  static String checkKey(String key) {
    if (!isKey(key)) {
      throw new InvalidReferenceException(
          "invalid attribute key '" + SafeText.echo(key) + "': use letters, digits, '_', '.', '-', starting with a"
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
          "invalid ref '" + SafeText.echo(ref.substring(0, 40)) + "...': longer than " + MAX_REF_LENGTH + " characters");
    }
    if (Character.isWhitespace(ref.charAt(0)) || Character.isWhitespace(ref.charAt(ref.length() - 1))) {
      throw new InvalidReferenceException("invalid ref '" + SafeText.echo(ref) + "': leading or trailing white space");
    }
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidReferenceException(
            "invalid ref '" + SafeText.echo(ref) + "': control character at index " + i);
      }
    }
    return ref;
  }

  /** Checks that a text is present ({@code null} is a NullPointerException) and not blank; returns it. */
  static String checkText(String text, String what) {
    if (requireNonNull(text, what).isBlank()) {
      throw new InvalidValueException(what + " must not be blank");
    }
    return text;
  }

  /**
   * Checks a one-line text: not blank, at most {@code max} characters, no control characters,
   * no leading or trailing white space; returns it.
   */
  static String checkLine(String text, int max, String what) {
    checkText(text, what);
    if (text.length() > max) {
      throw new InvalidValueException(what + " is longer than " + max + " characters");
    }
    if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
      throw new InvalidValueException(what + " has leading or trailing white space");
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        throw new InvalidValueException(what + " has a control character at index " + i + "; use one line of text");
      }
    }
    return text;
  }

  private static boolean isId(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_ID_LENGTH || !(isLower(s.charAt(0)) || isDigit(s.charAt(0)))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isLower(c) || isDigit(c) || c == '.' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static boolean isToken(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_ID_LENGTH || !isLower(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isLower(c) || isDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }

  static boolean isKey(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_ID_LENGTH || !isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(isLetter(c) || isDigit(c) || c == '_' || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isLetter(char c) {
    return isLower(c) || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
