package dev.crosswalk.core.format;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A huge input that is never held in memory: a prefix, then one unit repeated up to a total
 * size (for example a gibibyte of {@code [}), counting the bytes a reader has taken.
 */
public final class GeneratedInput extends InputStream {
  /** One gibibyte. */
  public static final long GIB = 1L << 30;

  private final byte[] prefix;
  private final byte[] unit;
  private final long size;
  private long position;

  private GeneratedInput(byte[] prefix, byte[] unit, long size) {
    checkArgument(unit.length > 0, "the repeated unit must not be empty");
    this.prefix = prefix;
    this.unit = unit;
    this.size = size;
  }

  /** {@code prefix}, then {@code unit} repeated until the input is {@code size} bytes long (UTF-8). */
  public static GeneratedInput of(String prefix, String unit, long size) {
    return new GeneratedInput(prefix.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8), size);
  }

  /** The size of the whole input, in bytes. */
  public long size() {
    return size;
  }

  /** How many bytes have been read so far. */
  public long bytesRead() {
    return position;
  }

  @Override
  public int read() {
    if (position >= size) {
      return -1;
    }
    return byteAt(position++) & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (position >= size) {
      return -1;
    }
    int n = (int) Math.min(len, size - position);
    int done = 0;
    while (done < n && position < prefix.length) {
      b[off + done++] = prefix[(int) position++];
    }
    while (done < n) {
      int at = (int) ((position - prefix.length) % unit.length);
      int chunk = Math.min(n - done, unit.length - at);
      System.arraycopy(unit, at, b, off + done, chunk);
      done += chunk;
      position += chunk;
    }
    return n;
  }

  private byte byteAt(long at) {
    return at < prefix.length ? prefix[(int) at] : unit[(int) ((at - prefix.length) % unit.length)];
  }
}
