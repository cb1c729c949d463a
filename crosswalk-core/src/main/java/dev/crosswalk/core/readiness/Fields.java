package dev.crosswalk.core.readiness;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.model.ElementRef;
import java.util.Optional;

/**
 * The members of one entry of an input file, a JSON object or a CSV record, with located
 * failures, so each reader states its item's rules once for both formats. Absent JSON members
 * and empty CSV cells are absent values. Not API.
 */
interface Fields {
  /** The longest user text quoted in a message, in characters. */
  int QUOTED = 60;
  /** The longest problem taken over from another component's message, in characters. */
  int FOREIGN = 300;

  /**
   * An optional text member.
   *
   * @throws CrosswalkFormatException if it is present but blank
   */
  Optional<String> text(String name);

  /**
   * A required text member.
   *
   * @throws CrosswalkFormatException if it is absent or blank
   */
  String required(String name);

  /**
   * A list of one-line entries: a JSON array of strings, or a CSV cell with one entry per line;
   * surrounding white space is dropped.
   *
   * @throws CrosswalkFormatException if an entry is blank or (in JSON) spans lines
   */
  ImmutableList<String> lines(String name);

  /**
   * A fault of a member, located at it (or at the entry when it is absent); the problem follows
   * the member's name: {@code fail("status", "'done' is not a status")}.
   */
  CrosswalkFormatException fail(String name, String problem);

  /** Where the entry starts, for messages about a later one: {@code line 4 (record 3)}. */
  String position();

  /**
   * A required member holding a {@code framework:ref} element reference.
   *
   * @throws CrosswalkFormatException if it is absent, blank or not a valid reference
   */
  default ElementRef ref(String name) {
    String text = required(name);
    try {
      return ElementRef.parse(text);
    } catch (CrosswalkException | IllegalArgumentException e) {
      throw fail(name, foreign(e.getMessage()));
    }
  }

  /**
   * A user's value for a message: quoted, control characters escaped, cut after {@link #QUOTED}
   * characters, so a message stays one short line whatever the input.
   */
  static String quote(String value) {
    String cut = value.length() > QUOTED ? value.substring(0, QUOTED) + "..." : value;
    return "'" + escape(cut) + "'";
  }

  /** Another component's message made one line of at most {@link #FOREIGN} characters. */
  static String foreign(String message) {
    String text = String.valueOf(message);
    return escape(text.length() > FOREIGN ? text.substring(0, FOREIGN) + "..." : text);
  }

  /** Escapes control characters (line breaks included) as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}. */
  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      if (control && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b == null) {
        continue;
      }
      if (!control) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b == null ? text : b.toString();
  }

  /** A fault another component located, with its problem and pointer made one line. */
  static CrosswalkFormatException oneLine(CrosswalkFormatException e) {
    String problem = foreign(e.problem());
    String pointer = foreign(e.pointer());
    if (problem.equals(e.problem()) && pointer.equals(e.pointer())) {
      return e;
    }
    return new CrosswalkFormatException(e.source(), e.line(), e.column(), pointer, problem, e.getCause());
  }
}
