package dev.crosswalk.cli;

/** Bad command-line usage: exit code 1, one line on stderr. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
