package dev.crosswalk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text resources of this package (the page's style sheet and script), read once when a class
 * that holds them is initialised. A missing or malformed resource is an error naming it, not an
 * empty page.
 */
final class PageResources {
  private PageResources() {}

  /**
   * The resource of this package with this name, decoded as UTF-8.
   *
   * @throws IllegalStateException if the resource is missing or is not UTF-8
   */
  static String text(String name) {
    String path = PageResources.class.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = PageResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the crosswalk-report jar;"
            + " the jar is incomplete, rebuild it or use a released one");
      }
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("resource " + path + " of the crosswalk-report jar is not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path + " of the crosswalk-report jar", e);
    }
  }
}
