package dev.crosswalk.core.oscal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A strict UTF-8 decoder for the catalog reader: rejects what RFC 3629 forbids and Jackson's own
 * decoder lets through (overlong forms such as {@code C0 AF}, encoded surrogates such as
 * {@code ED A0 80}, code points above U+10FFFF, stray or missing continuation bytes), and inputs
 * longer than a byte limit, with the line and column of the fault. A leading byte order mark is
 * skipped. Characters before a fault are delivered first, so the parser's position matches.
 */
final class Utf8Reader extends Reader {
  /** A decoding fault or an exceeded size, at a line and column of the text. */
  static final class Failure extends CharConversionException {
    private static final long serialVersionUID = 1L;
    final long line;
    final long column;

    Failure(String message, long line, long column) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int limit;
  private long consumed;
  private boolean eof;
  private boolean started;
  private int pendingLow = -1;
  private Failure pendingFailure;
  private long line = 1;
  private long column;
  private boolean afterCr;

  Utf8Reader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pendingFailure != null) {
      throw pendingFailure;
    }
    if (!started) {
      started = true;
      skipBom();
    }
    int n = 0;
    while (n < len) {
      if (pendingLow >= 0) {
        cbuf[off + n++] = (char) pendingLow;
        pendingLow = -1;
        column++;
        continue;
      }
      int b0 = nextByte();
      if (b0 < 0) {
        break;
      }
      int cp;
      try {
        cp = decode(b0);
      } catch (Failure f) {
        if (n > 0) {
          pendingFailure = f;
          return n;
        }
        throw f;
      }
      if (cp >= 0x10000) {
        cbuf[off + n++] = Character.highSurrogate(cp);
        column++;
        pendingLow = Character.lowSurrogate(cp);
      } else {
        char c = (char) cp;
        cbuf[off + n++] = c;
        advance(c);
      }
    }
    return n == 0 ? -1 : n;
  }

  private void advance(char c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 0;
      afterCr = false;
    } else if (c == '\r') {
      line++;
      column = 0;
      afterCr = true;
    } else {
      column++;
      afterCr = false;
    }
  }

  private void skipBom() throws IOException {
    if (fill(3) && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB && (buf[pos + 2] & 0xff) == 0xBF) {
      pos += 3;
    }
  }

  /** Decodes one code point whose first byte is {@code b0}. */
  private int decode(int b0) throws IOException {
    if (b0 < 0x80) {
      return b0;
    }
    int count;
    int min;
    int cp;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      count = 1;
      min = 0x80;
      cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      count = 2;
      min = 0x800;
      cp = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      count = 3;
      min = 0x10000;
      cp = b0 & 0x07;
    } else {
      throw failure("invalid UTF-8 start byte 0x" + Integer.toHexString(b0));
    }
    for (int i = 0; i < count; i++) {
      int b = nextByte();
      if (b < 0) {
        throw failure("truncated UTF-8 sequence at the end of the input");
      }
      if ((b & 0xC0) != 0x80) {
        throw failure("invalid UTF-8 continuation byte 0x" + Integer.toHexString(b));
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min) {
      throw failure("overlong UTF-8 encoding of U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT));
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      throw failure("UTF-8 encoding of U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
          + ", which is not a Unicode scalar value");
    }
    return cp;
  }

  private Failure failure(String message) {
    return new Failure(message, line, column + 1);
  }

  private int nextByte() throws IOException {
    if (!fill(1)) {
      return -1;
    }
    consumed++;
    if (consumed > maxBytes) {
      throw failure("the document is longer than " + maxBytes + " bytes (ReadLimits.maxDocumentBytes)");
    }
    return buf[pos++] & 0xff;
  }

  /** Makes at least {@code n} bytes available if the stream has them; false at the end. */
  private boolean fill(int n) throws IOException {
    if (limit - pos >= n) {
      return true;
    }
    if (eof) {
      return false;
    }
    System.arraycopy(buf, pos, buf, 0, limit - pos);
    limit -= pos;
    pos = 0;
    while (limit < n) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
        return false;
      }
      limit += r;
    }
    return true;
  }

  @Override
  public void close() {
    // The caller owns the stream.
  }
}
