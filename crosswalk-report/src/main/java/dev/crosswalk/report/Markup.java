package dev.crosswalk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Markup this module ships, which {@link Html#raw} writes as it is: the page's style sheet and
 * script. Only a resource of this package makes one, so no text from the data can pass as markup.
 * A resource is read once, when the class holding it is initialised; a missing or malformed one is
 * an error naming it, not an empty page.
 */
final class Markup {
  private final String text;

  private Markup(String text) {
    this.text = text;
  }

  /**
   * The resource of this package with this name, decoded as UTF-8.
   *
   * @throws IllegalStateException if the resource is missing or is not UTF-8
   */
  static Markup resource(String name) {
    String path = Markup.class.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = Markup.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + path + " is missing from the crosswalk-report jar;"
            + " the jar is incomplete, rebuild it or use a released one");
      }
      return new Markup(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString());
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("resource " + path + " of the crosswalk-report jar is not UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path + " of the crosswalk-report jar", e);
    }
  }

  /** The markup, as the resource holds it. */
  String text() {
    return text;
  }
}
