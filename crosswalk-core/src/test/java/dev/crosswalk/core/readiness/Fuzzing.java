package dev.crosswalk.core.readiness;

import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.ReaderFuzzing;
import java.io.UncheckedIOException;

/** What the readers' fuzz properties share: the one-line check, and JSON mutation that survives broken bytes. */
final class Fuzzing {
  private Fuzzing() {}

  /**
   * Runs a read and checks that a fault it ends in has a one-line message; a fault with more
   * lines becomes an {@link AssertionError}, which {@link ReaderFuzzing#check} reports as untyped.
   */
  static void oneLine(ReaderFuzzing.Read read) throws Exception {
    try {
      read.run();
    } catch (CrosswalkException e) {
      String m = e.getMessage();
      if (m.indexOf('\n') >= 0 || m.indexOf('\r') >= 0 || m.indexOf('\u2028') >= 0 || m.indexOf('\u2029') >= 0) {
        throw new AssertionError("a message of more than one line: " + m, e);
      }
      throw e;
    }
  }

  /** Applies one JSON mutation, then {@code extra} more; structural ones only while the bytes still parse. */
  static byte[] mutateJson(byte[] input, JsonMutator.Kind kind, int extra, Choices r, int maxDepth, int maxString) {
    byte[] out = JsonMutator.mutate(input, kind, r, maxDepth, maxString, false);
    for (int i = 0; i < extra; i++) {
      JsonMutator.Kind more = JsonMutator.Kind.values()[r.nextInt(JsonMutator.Kind.values().length)];
      try {
        out = JsonMutator.mutate(out, more, r, maxDepth, maxString, false);
      } catch (UncheckedIOException notJson) {
        out = JsonMutator.mutate(out, JsonMutator.Kind.BYTE_FLIP, r, maxDepth, maxString, false);
      }
    }
    return out;
  }
}
