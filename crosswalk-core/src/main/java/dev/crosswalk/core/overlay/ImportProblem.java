package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Violation;

/**
 * One problem found when importing files: where it is and what is wrong.
 *
 * @param kind whether a file could not be read, broke its format, or made the crosswalk invalid
 * @param file the file (or base crosswalk) at fault; empty when no single file is (a hierarchy
 *     cycle)
 * @param line 1-based line, 0 when unknown or not applicable
 * @param column 1-based column, 0 when unknown or not applicable
 * @param pointer the JSON pointer or CSV {@code record N, column 'c'} of the fault; empty when
 *     none
 * @param element the element, mapping or id at fault for a validation problem; empty otherwise
 * @param message what is wrong and how to fix it, without the location
 */
public record ImportProblem(
    Kind kind, String file, long line, long column, String pointer, String element, String message) {

  /** What sort of problem it is. */
  public enum Kind {
    /** A file could not be read: missing, unreadable, not listable. */
    IO,
    /** A file is not a valid document or table: syntax, types, members, cells, limits. */
    FORMAT,
    /** The files read are inconsistent, alone or with the base: conflicts, dangling references, ... */
    VALIDATION
  }

  /** Validates the components. */
  public ImportProblem {
    requireNonNull(kind, "kind");
    requireNonNull(file, "file");
    requireNonNull(pointer, "pointer");
    requireNonNull(element, "element");
    requireNonNull(message, "message");
  }

  /** The problem a format exception describes. */
  public static ImportProblem of(CrosswalkFormatException e) {
    return new ImportProblem(Kind.FORMAT, e.source(), e.line(), e.column(), e.pointer(), "", e.problem());
  }

  /** The problem a data exception describes, in the named file. */
  public static ImportProblem of(CrosswalkDataException e, String file) {
    return new ImportProblem(Kind.IO, file, 0, 0, "", "", e.getMessage());
  }

  /** The problem a validation violation describes. */
  public static ImportProblem of(Violation v) {
    Origin o = v.origin().orElse(new Origin("", 0, 0, ""));
    return new ImportProblem(Kind.VALIDATION, o.source(), o.line(), o.column(), o.pointer(), v.element(),
        v.message());
  }

  /** {@code file:line:column at pointer: element: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    if (!pointer.isEmpty()) {
      b.append(" at ").append(pointer);
    }
    if (b.length() > 0) {
      b.append(": ");
    }
    if (!element.isEmpty()) {
      b.append(element).append(": ");
    }
    return b.append(message).toString();
  }
}
