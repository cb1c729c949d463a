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
  private static final long HIGH_BITS = 0x8080808080808080L;
  private final String source;
  private final long maxBytes;
  private final boolean rejectNul;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private long offset;
  private long line = 1;
  /** The offset of the current line's first byte. */
  private long lineStart;
  /**
   * Bytes of the current line that add no column: the continuation bytes of its characters and
   * the lead byte of a character not yet complete (a character counts once it is whole).
   */
  private long columnless;
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
    return offset - lineStart - columnless + 1;
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
    scan(b, off, off + n);
    return n;
  }

  /**
   * Checks a whole document already in memory, as reading it through {@link #of} would, without
   * copying it: a parser can then read the array in place.
   *
   * @throws CrosswalkFormatException at the first fault, located as {@code read} locates it
   */
  public static void check(byte[] document, String source, long maxBytes, boolean rejectNul) {
    if (document.length <= maxBytes && wellFormed(document, rejectNul)) {
      return;
    }
    // Scanned again with lines counted, to locate the fault.
    Utf8Input in = new Utf8Input(InputStream.nullInputStream(), source, maxBytes, rejectNul);
    in.scan(document, 0, document.length);
    in.atEnd();
  }

  private void scan(byte[] b, int from, int end) {
    int i = from;
    while (i < end) {
      if (needed == 0 && offset < maxBytes) {
        i = skipAscii(b, i, (int) Math.min(end, i + (maxBytes - offset)));
        if (i == end) {
          break;
        }
      }
      check(b[i] & 0xFF);
      i++;
    }
  }

  /**
   * Passes over the ASCII bytes other than NUL from {@code from}, stopping before {@code stop} or
   * before the first byte {@link #check} must see, counting line feeds; returns where it stopped.
   * Eight bytes at a time: a byte is found zero, high or a line feed with exact SWAR tests (the
   * carry-free form, so a match never spills into the next byte), so pretty-printed JSON, a line
   * feed every few dozen bytes, stays on this path.
   */
  private int skipAscii(byte[] b, int from, int stop) {
    long base = offset - from; // offset of b[0]
    int j = from;
    while (j + 8 <= stop) {
      long w = (long) LONGS.get(b, j);
      long zeros = ~(((w & LOW_SEVEN) + LOW_SEVEN) | w | LOW_SEVEN);
      if (((w & ~LOW_SEVEN) | zeros) != 0) {
        break; // a byte above 0x7F or a NUL
      }
      long lf = w ^ LINE_FEEDS;
      long feeds = ~(((lf & LOW_SEVEN) + LOW_SEVEN) | lf | LOW_SEVEN);
      if (feeds != 0) {
        line += Long.bitCount(feeds);
        lineStart = base + j + ((63 - Long.numberOfLeadingZeros(feeds)) >>> 3) + 1;
        columnless = 0;
      }
      j += 8;
    }
    while (j < stop) {
      byte c = b[j];
      if (c <= 0) {
        break;
      }
      j++;
      if (c == '\n') {
        line++;
        lineStart = base + j;
        columnless = 0;
      }
    }
    offset = base + j;
    return j;
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
    if (offset + 1 > maxBytes) {
      throw new CrosswalkFormatException(source, line, column(), "", "the input is larger than " + maxBytes
          + " bytes (ReadLimits.maxDocumentBytes)", null);
    }
    if (needed == 0) {
      charOffset = offset;
      charLine = line;
      charColumn = column();
      offset++;
      if (b < 0x80) {
        if (b == 0 && rejectNul) {
          throw fail("the input holds a NUL byte; write U+0000 as \\u0000 inside a string");
        }
        if (b == '\n') {
          line++;
          lineStart = offset;
          columnless = 0;
        }
        return;
      }
      columnless++; // the lead byte, until the character is whole
      int sequence = sequence(b);
      if (sequence == 0) {
        throw fail(String.format("byte 0x%02X cannot start a character", b));
      }
      needed = sequence & 0xFF;
      lower = (sequence >>> 8) & 0xFF;
      upper = sequence >>> 16;
    } else {
      offset++;
      if (b < lower || b > upper) {
        throw fail(String.format("byte 0x%02X at offset %d cannot continue the character", b, offset - 1));
      }
      lower = 0x80;
      upper = 0xBF;
      if (--needed > 0) {
        columnless++; // with the lead byte's, a character of k bytes adds k - 1
      }
    }
  }

  /**
   * What may follow a lead byte (RFC 3629, table 3-7 of Unicode): the number of continuation
   * bytes, and the range of the first of them, packed as {@code count | lowest << 8 | highest <<
   * 16}; 0 if the byte cannot start a multi-byte character.
   */
  private static int sequence(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 1 | 0x80 << 8 | 0xBF << 16;
    } else if (lead == 0xE0) {
      return 2 | 0xA0 << 8 | 0xBF << 16;
    } else if (lead == 0xED) {
      return 2 | 0x80 << 8 | 0x9F << 16;
    } else if (lead >= 0xE1 && lead <= 0xEF) {
      return 2 | 0x80 << 8 | 0xBF << 16;
    } else if (lead == 0xF0) {
      return 3 | 0x90 << 8 | 0xBF << 16;
    } else if (lead == 0xF4) {
      return 3 | 0x80 << 8 | 0x8F << 16;
    } else if (lead >= 0xF1 && lead <= 0xF3) {
      return 3 | 0x80 << 8 | 0xBF << 16;
    }
    return 0;
  }

  /**
   * Whether {@code document} is well-formed UTF-8, without a NUL if {@code rejectNul}: the same
   * verdict as {@link #scan}, found without tracking lines (which only a fault needs).
   */
  private static boolean wellFormed(byte[] document, boolean rejectNul) {
    int i = 0;
    int n = document.length;
    while (i < n) {
      while (i + 8 <= n) {
        long w = (long) LONGS.get(document, i);
        long zeros = rejectNul ? ~(((w & LOW_SEVEN) + LOW_SEVEN) | w | LOW_SEVEN) : 0;
        if (((w & ~LOW_SEVEN) | zeros) != 0) {
          break;
        }
        i += 8;
      }
      if (i == n) {
        return true;
      }
      int b = document[i++] & 0xFF;
      if (b < 0x80) {
        if (b == 0 && rejectNul) {
          return false;
        }
        continue;
      }
      int sequence = sequence(b);
      int count = sequence & 0xFF;
      if (sequence == 0 || n - i < count) {
        return false;
      }
      int first = document[i++] & 0xFF;
      if (first < ((sequence >>> 8) & 0xFF) || first > sequence >>> 16) {
        return false;
      }
      for (int k = 1; k < count; k++) {
        int next = document[i++] & 0xFF;
        if (next < 0x80 || next > 0xBF) {
          return false;
        }
      }
    }
    return true;
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
