package dev.crosswalk.core;

/**
 * Thrown when a value handed to the API breaks its rules: a blank or multi-line title, a strength
 * outside 1 to 10, a mapping that cites no source, a limit that is not positive, a setting the
 * object cannot take. The message names the value and says what is allowed.
 *
 * <p>A malformed element reference or id is an {@link InvalidReferenceException} instead, and a
 * value read from a document a {@link CrosswalkFormatException} naming where it is.
 */
public final class InvalidValueException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the value at fault and what is allowed. */
  public InvalidValueException(String message) {
    super(message);
  }

  /**
   * Throws an {@code InvalidValueException} with the message when {@code valid} is false: the
   * check of a constructor or method, as Guava's {@code checkArgument} is for an
   * {@link IllegalArgumentException}.
   *
   * @param message the message, which says what is wrong and how to fix it
   */
  public static void check(boolean valid, String message) {
    if (!valid) {
      throw new InvalidValueException(message);
    }
  }

  /**
   * Throws an {@code InvalidValueException} when {@code valid} is false, its message the template
   * with each {@code %s} replaced by the next argument (as Guava's {@code checkArgument} does).
   *
   * @param template the message, with a {@code %s} per argument
   */
  public static void check(boolean valid, String template, Object arg) {
    if (!valid) {
      throw new InvalidValueException(format(template, arg));
    }
  }

  /** As {@link #check(boolean, String, Object)}, with two arguments. */
  public static void check(boolean valid, String template, Object arg1, Object arg2) {
    if (!valid) {
      throw new InvalidValueException(format(template, arg1, arg2));
    }
  }

  /** As {@link #check(boolean, String, Object)}, with any number of arguments. */
  public static void check(boolean valid, String template, Object... args) {
    if (!valid) {
      throw new InvalidValueException(format(template, args));
    }
  }

  /**
   * The template with each {@code %s} replaced by the next argument ({@link String#valueOf}); no
   * other {@code %} sequence is special, and arguments without a placeholder follow in
   * {@code [a, b]}: Guava's {@code Strings.lenientFormat}, which this replaces, made the same text.
   */
  static String format(String template, Object... args) {
    String text = String.valueOf(template);
    StringBuilder out = new StringBuilder(text.length() + 16 * args.length);
    int from = 0;
    int i = 0;
    while (i < args.length) {
      int at = text.indexOf("%s", from);
      if (at < 0) {
        break;
      }
      out.append(text, from, at).append(args[i++]);
      from = at + 2;
    }
    out.append(text, from, text.length());
    if (i < args.length) {
      out.append(" [").append(args[i++]);
      while (i < args.length) {
        out.append(", ").append(args[i++]);
      }
      out.append(']');
    }
    return out.toString();
  }
}
