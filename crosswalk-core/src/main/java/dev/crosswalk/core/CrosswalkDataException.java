package dev.crosswalk.core;

/**
 * Thrown when crosswalk data cannot be found, read or written, or fails its integrity check: a
 * missing resource, an I/O error (also of a stream a writer was given), a checksum mismatch, no
 * data provider on the class path.
 */
public final class CrosswalkDataException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message names the resource at fault. */
  public CrosswalkDataException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public CrosswalkDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
