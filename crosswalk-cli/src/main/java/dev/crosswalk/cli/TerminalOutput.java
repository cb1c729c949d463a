package dev.crosswalk.cli;

import dev.crosswalk.core.SafeText;
import java.io.PrintStream;

/**
 * The stream the text format prints through: every string is escaped by {@link SafeText#ofLines}
 * on its way, so a title or a vendor's name holding ESC, CR, BEL, NUL or a bidi override is shown
 * as a visible escape instead of clearing the screen, forging a line or reordering it. CSV, JSON
 * and HTML go to the raw stream: their bytes are the exported bytes.
 */
final class TerminalOutput extends PrintStream {
  private TerminalOutput(PrintStream raw) {
    super(raw, false, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The stream escaping what it prints into {@code raw}. */
  static PrintStream of(PrintStream raw) {
    return raw instanceof TerminalOutput ? raw : new TerminalOutput(raw);
  }

  @Override
  public void print(String s) {
    super.print(SafeText.ofLines(String.valueOf(s)));
  }

  @Override
  public void print(Object obj) {
    print(String.valueOf(obj));
  }

  @Override
  public void print(char[] s) {
    print(new String(s));
  }

  @Override
  public void print(char c) {
    print(String.valueOf(c));
  }

  // PrintStream's println(String) and println(Object) call print(String) in a subclass; these
  // two do not, so they are routed here too.
  @Override
  public void println(char[] x) {
    print(x);
    println();
  }

  @Override
  public void println(char x) {
    print(x);
    println();
  }
}
