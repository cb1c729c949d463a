package dev.crosswalk.core;

/**
 * Thrown when a query cannot be answered as asked, although every element it names exists: the
 * same framework as target and source of a coverage or gap query, a tested element in the
 * framework inferred, or a composition through fewer than three frameworks. The message says how
 * to ask instead.
 */
public final class InvalidQueryException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the frameworks or element at fault. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
