package dev.crosswalk.core.internal;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.CrosswalkFormatException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Passes bytes through unchanged while checking that they are well-formed UTF-8 (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF, no sequence cut short at the end), that
 * the input is not larger than a limit and, optionally, that it holds no NUL byte. The first
 * fault is a {@link CrosswalkFormatException} naming the source, the line and column of the
 * character at fault and its byte offset, thrown from {@code read}. Not API.
 *
 * <p>Readers put it in front of a parser so that bad bytes are reported where they are rather
 * than where a parser's look-ahead buffer noticed them, and so that a parser never guesses another
 * encoding (Jackson takes input starting with NUL bytes for UTF-16 or UTF-32). Closing it does not
 * close the stream it reads: the caller owns that.
 */
public final class Utf8Input extends FilterInputStream {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private final String source;
  private final long maxBytes;
  private final boolean rejectNul;
  private long offset;
  private long line = 1;
  private long column = 1;
  private int needed;
  private int lower = 0x80;
  private int upper = 0xBF;
  private long charOffset;
  private long charLine = 1;
  private long charColumn = 1;

  private Utf8Input(InputStream in, String source, long maxBytes, boolean rejectNul) {
    super(requireNonNull(in, "in"));
    this.source = requireNonNull(source, "source");
    this.maxBytes = maxBytes;
    this.rejectNul = rejectNul;
  }

  /**
   * A checking stream over {@code in}.
   *
   * @param source the name used in error messages
   * @param maxBytes the most bytes the input may hold
   * @param rejectNul whether a NUL byte is an error (it is in JSON text, where it can only be
   *     written escaped)
   */
  public static Utf8Input of(InputStream in, String source, long maxBytes, boolean rejectNul) {
    return new Utf8Input(in, source, maxBytes, rejectNul);
  }

  /** A UTF-8 reader over a checking stream; a leading byte order mark is passed on as U+FEFF. */
  public static Reader reader(InputStream in, String source, long maxBytes) {
    return new InputStreamReader(of(in, source, maxBytes, false), StandardCharsets.UTF_8);
  }

  /** The 1-based line of the next byte to be read. */
  public long line() {
    return line;
  }

  /** The 1-based column, in characters, of the next byte to be read. */
  public long column() {
    return column;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      atEnd();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      atEnd();
      return n;
    }
    int i = off;
    int end = off + n;
    while (i < end) {
      if (needed == 0 && offset < maxBytes) {
        // Fast path: a run of ASCII other than NUL and line feed only moves the column.
        int stop = (int) Math.min(end, i + (maxBytes - offset));
        int j = i;
        // Eight bytes at a time while none is NUL, a line feed or above 0x7F (SWAR zero-byte test).
        while (j + 8 <= stop) {
          long w = (long) LONGS.get(b, j);
          long lf = w ^ 0x0A0A0A0A0A0A0A0AL;
          if (((w | (w - ONES) & ~w | (lf - ONES) & ~lf) & HIGH_BITS) != 0) {
            break;
          }
          j += 8;
        }
        while (j < stop) {
          byte c = b[j];
          if (c <= 0 || c == '\n') {
            break;
          }
          j++;
        }
        column += j - i;
        offset += j - i;
        i = j;
        if (i == end) {
          break;
        }
      }
      check(b[i] & 0xFF);
      i++;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes would escape the check; read them instead.
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }

  private void check(int b) {
    if (++offset > maxBytes) {
      throw new CrosswalkFormatException(source, line, column, "", "the input is larger than " + maxBytes
          + " bytes (ReadLimits.maxDocumentBytes)", null);
    }
    if (needed == 0) {
      charOffset = offset - 1;
      charLine = line;
      charColumn = column;
      if (b < 0x80) {
        if (b == 0 && rejectNul) {
          throw fail("the input holds a NUL byte; write U+0000 as \\u0000 inside a string");
        }
        if (b == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        return;
      }
      lower = 0x80;
      upper = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
      } else if (b == 0xE0) {
        needed = 2;
        lower = 0xA0;
      } else if (b == 0xED) {
        needed = 2;
        upper = 0x9F;
      } else if (b >= 0xE1 && b <= 0xEF) {
        needed = 2;
      } else if (b == 0xF0) {
        needed = 3;
        lower = 0x90;
      } else if (b == 0xF4) {
        needed = 3;
        upper = 0x8F;
      } else if (b >= 0xF1 && b <= 0xF3) {
        needed = 3;
      } else {
        throw fail(String.format("byte 0x%02X cannot start a character", b));
      }
    } else {
      if (b < lower || b > upper) {
        throw fail(String.format("byte 0x%02X at offset %d cannot continue the character", b, offset - 1));
      }
      lower = 0x80;
      upper = 0xBF;
      if (--needed == 0) {
        column++;
      }
    }
  }

  private void atEnd() {
    if (needed > 0) {
      throw fail("the input ends inside a character");
    }
  }

  private CrosswalkFormatException fail(String what) {
    return new CrosswalkFormatException(source, charLine, charColumn, "byte " + charOffset,
        "the input is not valid UTF-8: " + what + "; save the file as UTF-8", null);
  }
}
