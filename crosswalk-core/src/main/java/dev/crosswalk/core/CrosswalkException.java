package dev.crosswalk.core;

/**
 * Root of every exception crosswalk throws on purpose.
 *
 * <p>Unchecked, so embedding code can catch one type. The subclasses say what went wrong: a
 * malformed document ({@link CrosswalkFormatException}), an inconsistent crosswalk
 * ({@link CrosswalkValidationException}), a malformed element reference or id
 * ({@link InvalidReferenceException}), another value that breaks its rules
 * ({@link InvalidValueException}), a query that cannot be answered as asked
 * ({@link InvalidQueryException}), data that cannot be read or written, or was tampered with
 * ({@link CrosswalkDataException}), or a lookup of something absent
 * ({@link UnknownElementException}).
 *
 * <p>The rule for callers: every exception that bad input or a bad argument value can cause is a
 * {@code CrosswalkException}, never an {@link IllegalArgumentException},
 * {@link IllegalStateException} or {@link java.io.UncheckedIOException}. The one exception to the
 * rule is Java's convention for {@code null}: a {@code null} argument is a
 * {@link NullPointerException} naming the parameter. Anything else escaping the library is a bug.
 *
 * <p>Messages are safe to print: characters a terminal would act on are escaped as by
 * {@link SafeText#of} (line feeds between lines are kept), and a line longer than about 1,000
 * characters is cut in the middle, so input quoted in a message cannot rewrite a terminal or
 * flood a log.
 */
public class CrosswalkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that names the element or input at fault. */
  public CrosswalkException(String message) {
    super(SafeText.message(message));
  }

  /** Creates an exception with a message and its cause. */
  public CrosswalkException(String message, Throwable cause) {
    super(SafeText.message(message), cause);
  }
}
