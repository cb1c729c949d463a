package dev.crosswalk.core;

/**
 * Thrown when a text is not a well-formed element reference ({@code framework:ref}), id, token
 * (such as a requirement kind) or attribute key.
 */
public final class InvalidReferenceException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message says what is wrong and shows the expected form. */
  public InvalidReferenceException(String message) {
    super(message);
  }
}
