package dev.crosswalk.core;

/**
 * Thrown when a value handed to the API breaks its rules: a blank or multi-line title, a strength
 * outside 1 to 10, a mapping that cites no source, a limit that is not positive, a setting the
 * object cannot take. The message names the value and says what is allowed.
 *
 * <p>A malformed element reference or id is the subtype {@link InvalidReferenceException}. A
 * value read from a document is reported as a {@link CrosswalkFormatException} naming where it is
 * instead.
 */
public class InvalidValueException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the value at fault and what is allowed. */
  public InvalidValueException(String message) {
    super(message);
  }
}
