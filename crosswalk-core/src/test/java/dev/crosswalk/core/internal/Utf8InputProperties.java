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
  void bulkReadAgreesWithReadingByteByByte(@ForAll("mostlyAscii") byte[] input, @ForAll("chunks") int chunk) {
    assertEquals(outcome(input, 1, true), outcome(input, chunk, false));
  }

  private static String outcome(byte[] input, int chunk, boolean byteByByte) {
    Utf8Input in = Utf8Input.of(new ByteArrayInputStream(input), "t", 1 << 20, true);
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

  /** Mostly printable ASCII, with line feeds, NULs, and valid and invalid multi-byte sequences. */
  @Provide
  Arbitrary<byte[]> mostlyAscii() {
    Arbitrary<byte[]> ascii = Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E).array(byte[].class).ofMaxSize(40);
    Arbitrary<byte[]> special = Arbitraries.of(
        new byte[] {'\n'}, new byte[] {0}, new byte[] {(byte) 0xC3, (byte) 0xA9}, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {'\r', '\n'});
    Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, ascii), net.jqwik.api.Tuple.of(1, special));
    return piece.list().ofMaxSize(12).map(pieces -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      pieces.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Provide
  Arbitrary<Integer> chunks() {
    return Arbitraries.of(1, 7, 8, 9, 16, 64, 8192);
  }
}
