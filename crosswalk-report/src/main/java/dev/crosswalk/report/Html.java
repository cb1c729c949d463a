package dev.crosswalk.report;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.SafeText;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an HTML document that is escaped by construction: no text reaches the output without
 * going through a method that knows its context.
 *
 * <ul>
 *   <li>{@link #text} writes text from the data: control and bidirectional formatting characters
 *       made visible ({@link SafeText#ofLines}, so a title can neither hide nor reorder what the
 *       page shows), then {@code & < > " '} escaped as character references;
 *   <li>{@link #attr} writes an attribute value, made visible and escaped the same way;
 *   <li>{@link #prose} writes the page's own wording as it is, and refuses a {@code <} or
 *       {@code &}, so it cannot open a tag or a reference whatever it is given;
 *   <li>{@link #open}, {@link #empty}, {@link #close} and {@link #closeEmpty} write tags whose
 *       names and attribute names are checked to be plain names, and keep start and end tags
 *       balanced;
 *   <li>{@link #raw} writes markup only from a {@link Markup}, which only this module's resources
 *       make.
 * </ul>
 *
 * <p>Nothing is added that the calls do not ask for (no indentation, no line breaks but
 * {@link #newline}), so the output is exactly what the caller lays out. Not thread-safe.
 */
final class Html {
  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();
  /** A start tag is written up to its attributes and not yet ended with {@code >}. */
  private boolean inStartTag;
  /** The pending start tag is of a void element: it has no end tag and is not on {@link #open}. */
  private boolean voidTag;

  /** A writer with room for about this many characters. */
  Html(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Writes {@code <!DOCTYPE html>}. */
  Html doctype() {
    endStartTag();
    out.append("<!DOCTYPE html>");
    return this;
  }

  /** Writes the start of an element that {@link #close()} ends; attributes may follow. */
  Html open(String tag) {
    endStartTag();
    out.append('<').append(name(tag));
    open.push(tag);
    inStartTag = true;
    return this;
  }

  /** Writes a void element such as {@code <br>} or {@code <meta>}: no content, no end tag; attributes may follow. */
  Html empty(String tag) {
    endStartTag();
    out.append('<').append(name(tag));
    inStartTag = true;
    voidTag = true;
    return this;
  }

  /**
   * Writes one attribute of the start tag just written, its value escaped as {@link #text} escapes.
   *
   * @throws IllegalStateException if no start tag is being written
   */
  Html attr(String name, String value) {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " outside a start tag");
    }
    out.append(' ').append(name(name)).append("=\"");
    escape(SafeText.ofLines(requireNonNull(value, "value")));
    out.append('"');
    return this;
  }

  /** Writes one numeric attribute of the start tag just written. */
  Html attr(String name, long value) {
    return attr(name, Long.toString(value));
  }

  /** Writes text from the data: controls and bidi characters made visible, markup characters escaped. */
  Html text(String text) {
    endStartTag();
    escape(SafeText.ofLines(requireNonNull(text, "text")));
    return this;
  }

  /** Writes a number as text. */
  Html text(long number) {
    endStartTag();
    out.append(number);
    return this;
  }

  /**
   * Writes the page's own wording as it is (an apostrophe stays an apostrophe).
   *
   * @throws IllegalArgumentException if the text holds {@code <} or {@code &}: use {@link #text}
   *     or {@link #charRef}
   */
  Html prose(String text) {
    requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '&') {
        throw new IllegalArgumentException("prose must not hold '" + c + "' (index " + i + "); write it with text()");
      }
    }
    endStartTag();
    out.append(text);
    return this;
  }

  /** Writes a character as a numeric character reference, e.g. {@code &#215;}. */
  Html charRef(int codePoint) {
    if (!Character.isValidCodePoint(codePoint)) {
      throw new IllegalArgumentException("not a code point: " + codePoint);
    }
    endStartTag();
    out.append("&#").append(codePoint).append(';');
    return this;
  }

  /** Writes a line feed between elements. */
  Html newline() {
    endStartTag();
    out.append('\n');
    return this;
  }

  /** Writes markup this module ships (a style sheet, a script) as it is. */
  Html raw(Markup markup) {
    endStartTag();
    out.append(markup.text());
    return this;
  }

  /**
   * Ends the innermost open element with its end tag.
   *
   * @throws IllegalStateException if no element is open
   */
  Html close() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no element to close");
    }
    endStartTag();
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /**
   * Ends the element whose start tag was just written as an empty XML element ({@code />}), as
   * inline SVG writes its shapes.
   *
   * @throws IllegalStateException if the start tag just written is not of an open element
   */
  Html closeEmpty() {
    if (!inStartTag || voidTag) {
      throw new IllegalStateException("closeEmpty() must follow open() and its attributes");
    }
    out.append("/>");
    open.pop();
    inStartTag = false;
    return this;
  }

  /**
   * The document written.
   *
   * @throws IllegalStateException if an element is still open
   */
  String document() {
    endStartTag();
    if (!open.isEmpty()) {
      throw new IllegalStateException("elements not closed: " + open);
    }
    return out.toString();
  }

  private void endStartTag() {
    if (inStartTag) {
      out.append('>');
      inStartTag = false;
      voidTag = false;
    }
  }

  /** Tag and attribute names are the page's own: letters, digits and '-', starting with a letter. */
  private static String name(String name) {
    boolean ok = !name.isEmpty() && isAsciiLetter(name.charAt(0));
    for (int i = 1; ok && i < name.length(); i++) {
      char c = name.charAt(i);
      ok = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
    }
    if (!ok) {
      throw new IllegalArgumentException("not a tag or attribute name: " + SafeText.echo(name));
    }
    return name;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Appends the text with {@code & < > " '} as character references (as Guava's HTML escaper did). */
  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
