package dev.crosswalk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.CrosswalkFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The bulk read (which skips runs of plain ASCII eight bytes at a time) finds exactly what the
 * byte-at-a-time read finds: the same fault with the same line, column and message, or the same
 * final line and column.
 */
class Utf8InputProperties {
  @Property(tries = 2000)
  void bulkReadAgreesWithReadingByteByByte(@ForAll("mostlyAscii") byte[] input, @ForAll("chunks") int chunk,
      @ForAll("limits") int maxBytes) {
    assertEquals(outcome(input, 1, true, maxBytes), outcome(input, chunk, false, maxBytes));
  }

  /** A document checked whole in memory gets the verdict, and on a fault the message, of a stream. */
  @Property(tries = 2000)
  void wholeCheckAgreesWithAStream(@ForAll("mostlyAscii") byte[] input, @ForAll("limits") int maxBytes) {
    String stream = outcome(input, 8192, false, maxBytes);
    String whole;
    try {
      Utf8Input.check(input, "t", maxBytes, true);
      whole = "ok";
    } catch (CrosswalkFormatException e) {
      whole = e.getMessage();
    }
    assertEquals(stream.startsWith("ok ") ? "ok" : stream, whole);
  }

  /** Line feeds are counted eight bytes at a time too: lines and columns must come out exact. */
  @Property(tries = 500)
  void linesAndColumnsMatchACount(@ForAll("mostlyAscii") byte[] input) {
    String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
    if (text.contains("\uFFFD") || text.indexOf('\0') >= 0) {
      return; // faults: covered by the agreement property
    }
    int lines = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      if (text.charAt(i) == '\n') {
        lines++;
        column = 1;
      } else {
        column++;
      }
    }
    assertEquals("ok " + lines + ":" + column, outcome(input, 8192, false, 1 << 20));
  }

  private static String outcome(byte[] input, int chunk, boolean byteByByte, int maxBytes) {
    Utf8Input in = Utf8Input.of(new ByteArrayInputStream(input), "t", maxBytes, true);
    try {
      if (byteByByte) {
        while (in.read() >= 0) {
          // checking
        }
      } else {
        byte[] buffer = new byte[chunk + 3];
        while (in.read(buffer, 3, chunk) >= 0) {
          // checking
        }
      }
      return "ok " + in.line() + ":" + in.column();
    } catch (CrosswalkFormatException e) {
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Mostly printable ASCII, with line feeds, NULs, valid and invalid multi-byte sequences, and
   * short runs of any bytes or of bytes at the boundaries of UTF-8's ranges.
   */
  @Provide
  Arbitrary<byte[]> mostlyAscii() {
    Arbitrary<byte[]> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E).array(byte[].class).ofMaxSize(40);
    Arbitrary<byte[]> special = Arbitraries.of(
        new byte[] {'\n'}, new byte[] {0}, new byte[] {(byte) 0xC3, (byte) 0xA9}, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {'\r', '\n'});
    Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4);
    // A lead byte at a boundary of the UTF-8 tables, then continuation bytes at theirs.
    Arbitrary<Byte> lead = Arbitraries.of(0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5)
        .map(Integer::byteValue);
    Arbitrary<Byte> continuation = Arbitraries.of(0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0).map(Integer::byteValue);
    Arbitrary<byte[]> boundary = net.jqwik.api.Combinators.combine(lead, continuation.list().ofMaxSize(3))
        .as((first, rest) -> {
          byte[] bytes = new byte[1 + rest.size()];
          bytes[0] = first;
          for (int i = 0; i < rest.size(); i++) {
            bytes[1 + i] = rest.get(i);
          }
          return bytes;
        });
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, ascii), net.jqwik.api.Tuple.of(1, special), net.jqwik.api.Tuple.of(1, anyBytes),
        net.jqwik.api.Tuple.of(2, boundary));
    return piece.list().ofMaxSize(12).map(pieces -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      pieces.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Provide
  Arbitrary<Integer> limits() {
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(1 << 20)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 200)));
  }

  @Provide
  Arbitrary<Integer> chunks() {
    return Arbitraries.of(1, 7, 8, 9, 16, 64, 8192);
  }
}
