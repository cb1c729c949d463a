package dev.crosswalk.core;

/** Thrown when a query names a framework, requirement or control the crosswalk does not hold. */
public final class UnknownElementException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names what was looked up. */
  public UnknownElementException(String message) {
    super(message);
  }
}
