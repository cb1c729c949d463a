package dev.crosswalk.core.internal;

import dev.crosswalk.core.CrosswalkDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
   * Writes one file into a directory, creating the directory if needed and replacing the file.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public static Path write(Path dir, String name, byte[] content) {
    Path file = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      Files.write(file, content);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write " + file + ": " + e, e);
    }
    return file;
  }
}
