package dev.crosswalk.core.internal;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opening an input for a reader: a file, with one error for a file that cannot be read, or a
 * text held in a string, as the UTF-8 bytes a reader of streams reads. Not API.
 */
public final class InputFiles {
  /** Reads an open stream; {@code name} is the name for error messages. */
  @FunctionalInterface
  public interface StreamReader<T> {
    /** Reads the stream, which the caller closes. */
    T read(InputStream in, String name);
  }

  /** Opens an input. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream, which the caller closes. */
    InputStream open() throws IOException;
  }

  private InputFiles() {}

  /**
   * Opens {@code file}, reads it with {@code reader} and closes it.
   *
   * @throws CrosswalkDataException naming the file if it cannot be opened or read
   */
  public static <T> T read(Path file, StreamReader<T> reader) {
    return read(file.toString(), () -> Files.newInputStream(file), reader);
  }

  /**
   * Opens the input {@code name}, reads it with {@code reader} and closes it.
   *
   * @throws CrosswalkDataException naming the input if it cannot be opened or read
   */
  public static <T> T read(String name, Opener opener, StreamReader<T> reader) {
    try (InputStream in = opener.open()) {
      return reader.read(in, name);
    } catch (NoSuchFileException e) {
      throw new CrosswalkDataException("cannot read " + name + ": no such file", e);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + name + ": " + e, e);
    }
  }

  /**
   * A text as a stream of its UTF-8 bytes, for the {@code read(String, String)} of a reader that
   * reads streams. An unpaired surrogate, which UTF-8 cannot hold, is refused where it is rather
   * than written as {@code ?}.
   *
   * @throws CrosswalkFormatException naming the source, line and column of an unpaired surrogate
   */
  public static InputStream utf8(String text, String source) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new CrosswalkFormatException(source, line, i - lineStart + 1, "", "the text holds an unpaired"
            + " surrogate U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ", which is not valid Unicode;"
            + " write the character itself or its surrogate pair", null);
      }
    }
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
