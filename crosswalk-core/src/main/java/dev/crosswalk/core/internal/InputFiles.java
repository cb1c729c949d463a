package dev.crosswalk.core.internal;

import dev.crosswalk.core.CrosswalkDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opening an input file for a reader, with one error for a file that cannot be read. Not API. */
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
}
