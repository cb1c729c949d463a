package dev.crosswalk.core;

/**
 * Root of every exception crosswalk throws on purpose.
 *
 * <p>Unchecked, so embedding code can catch one type. The subclasses say what went wrong: a
 * malformed document ({@link CrosswalkFormatException}), an inconsistent crosswalk
 * ({@link CrosswalkValidationException}), a malformed element reference
 * ({@link InvalidReferenceException}), unreadable or tampered data ({@link CrosswalkDataException}),
 * or a lookup of something absent ({@link UnknownElementException}).
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
