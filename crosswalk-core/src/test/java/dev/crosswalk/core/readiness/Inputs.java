package dev.crosswalk.core.readiness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.core.CrosswalkFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.function.Executable;

/** Helpers for the readers' tests: text as a stream, and the one-line fault a read must end in. */
final class Inputs {
  private Inputs() {}

  /** UTF-8 bytes of a text, as a stream. */
  static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The format fault a read throws, checked to be one line; its message is returned. */
  static String fault(Executable read) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, read);
    assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), () -> "more than one line: " + e);
    return e.getMessage();
  }
}
