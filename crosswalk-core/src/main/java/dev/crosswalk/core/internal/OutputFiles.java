package dev.crosswalk.core.internal;

import dev.crosswalk.core.CrosswalkDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Encoding and writing of export files, shared by every exporter. Not API. */
public final class OutputFiles {
  private OutputFiles() {}

  /**
   * Encodes text as UTF-8, refusing what UTF-8 cannot hold (an unpaired surrogate) instead of
   * replacing it silently.
   *
   * @throws CrosswalkDataException naming {@code what} if the text is not valid Unicode
   */
  public static byte[] utf8(String text, String what) {
    try {
      ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] out = new byte[bytes.remaining()];
      bytes.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new CrosswalkDataException("cannot write " + what + " as UTF-8: a text holds an unpaired surrogate"
          + " character, which is not valid Unicode; fix the text", e);
    }
  }

  /**
   * Writes one file into a directory, creating the directory if needed and replacing the file;
   * as {@link #write(Path, byte[])}.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public static Path write(Path dir, String name, byte[] content) {
    return writeAll(dir, java.util.List.of(Map.entry(name, content))).get(0);
  }

  /**
   * Writes a file atomically, never through a symbolic link: the content goes to a new temporary
   * file in the same directory (created exclusively, so a link planted under its name cannot be
   * followed), which then replaces the file by a rename. A rename replaces a symbolic link at the
   * file's name rather than the file it points at, and a failure leaves the previous file as it
   * was. Creates the directory if needed.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public static Path write(Path file, byte[] content) {
    Path absolute = file.toAbsolutePath();
    writeAll(absolute.getParent(), java.util.List.of(Map.entry(absolute.getFileName().toString(), content)));
    return file;
  }

  /**
   * Writes several files into a directory as one step, as far as a file system allows: every
   * file is first written to a temporary file beside it, and only when all are written do they
   * replace their files, each by a rename. A failure while writing leaves every previous file as
   * it was, rather than a mix of old and new.
   *
   * @return the files written, in the order given
   * @throws CrosswalkDataException if a file cannot be written
   */
  public static java.util.List<Path> writeAll(Path dir, java.util.List<Map.Entry<String, byte[]>> files) {
    return writeAllStreamed(dir, files.stream()
        .map(f -> Map.<String, Content>entry(f.getKey(), out -> out.write(f.getValue())))
        .toList());
  }

  /** What goes into one file, written to a stream (which the caller does not close). */
  @FunctionalInterface
  public interface Content {
    /** Writes the content. */
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Writes one file as {@link #write(Path, byte[])} does, streaming its content into the
   * temporary file rather than holding it in memory: a large crosswalk's JSON need not fit in the
   * heap twice.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public static Path write(Path file, Content content) {
    Path absolute = file.toAbsolutePath();
    writeAllStreamed(absolute.getParent(), java.util.List.of(Map.entry(absolute.getFileName().toString(), content)));
    return file;
  }

  /** As {@link #writeAll}, each file's content streamed into its temporary file. */
  public static java.util.List<Path> writeAllStreamed(Path dir, java.util.List<Map.Entry<String, Content>> files) {
    java.util.List<Path> temps = new java.util.ArrayList<>();
    java.util.List<Path> targets = new java.util.ArrayList<>();
    Path current = dir;
    boolean done = false;
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, Content> f : files) {
        current = dir.resolve(f.getKey());
        if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException("it is a directory");
        }
        Path temp = Files.createTempFile(dir, "." + f.getKey() + ".", ".tmp");
        temps.add(temp);
        targets.add(current);
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
          f.getValue().writeTo(out);
        }
        permissions(temp, current);
      }
      for (int i = 0; i < temps.size(); i++) {
        current = targets.get(i);
        move(temps.get(i), current);
        temps.set(i, null);
      }
      done = true;
    } catch (IOException | SecurityException e) {
      throw new CrosswalkDataException("cannot write " + current + ": " + e, e);
    } finally {
      if (!done) {
        // Whatever failed (I/O, a writer's CrosswalkDataException, memory), no temporary file stays.
        for (Path t : temps) {
          if (t != null) {
            try {
              Files.deleteIfExists(t);
            } catch (IOException ignored) {
              // best effort: the temporary file is hidden and named as such
            }
          }
        }
      }
    }
    return java.util.List.copyOf(targets);
  }

  /**
   * Gives the temporary file the permissions of the regular file it replaces, else
   * {@code rw-r--r--} (a temporary file is created readable by its owner only).
   */
  private static void permissions(Path temp, Path target) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> p =
        Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
            ? Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, p);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
