package dev.crosswalk.core;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a document cannot be read: malformed input, a wrong type, a missing or unknown
 * member, a duplicate key, an unsupported format version or a limit exceeded.
 *
 * <p>The message and the accessors name the source (file or resource), the line and column, and
 * the JSON pointer (or, for CSV, the record and column) of the fault.
 */
public final class CrosswalkFormatException extends CrosswalkException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final String pointer;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the file or resource name
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param pointer JSON pointer (or other path) of the fault, empty for the whole document
   * @param problem what is wrong, in one sentence
   * @param cause the underlying parser error, or {@code null}
   */
  public CrosswalkFormatException(
      String source, long line, long column, String pointer, String problem, Throwable cause) {
    super(format(source, line, column, pointer, problem), cause);
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.pointer = requireNonNull(pointer, "pointer");
    this.problem = SafeText.message(requireNonNull(problem, "problem"));
  }

  private static String format(
      String source, long line, long column, String pointer, String problem) {
    StringBuilder b = new StringBuilder().append(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    if (pointer != null && !pointer.isEmpty()) {
      b.append(" at ").append(pointer);
    }
    return b.append(": ").append(problem).toString();
  }

  /** The file or resource the fault is in. */
  public String source() {
    return source;
  }

  /** The 1-based line of the fault, 0 when unknown. */
  public long line() {
    return line;
  }

  /** The 1-based column of the fault, 0 when unknown. */
  public long column() {
    return column;
  }

  /** The JSON pointer (or other path) of the fault; empty for the document as a whole. */
  public String pointer() {
    return pointer;
  }

  /** What is wrong, without the location; made safe to print as the message is. */
  public String problem() {
    return problem;
  }
}
