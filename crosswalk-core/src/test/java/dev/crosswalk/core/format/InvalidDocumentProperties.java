package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class InvalidDocumentProperties {

  /** Every way of breaking a valid document yields a typed error, never another exception. */
  @Property(tries = 1000)
  void brokenDocumentsAreRejectedWithTheTypedError(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int breakage) {
    Random r = new Random(seed);
    Crosswalk cw = RandomCrosswalks.generate(r, 1 + r.nextInt(20));
    String json = CrosswalkWriter.create().toJson(cw);
    String broken = switch (breakage) {
      case 0 -> json.substring(0, r.nextInt(json.length() - 1)); // truncation
      case 1 -> json.replaceFirst("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"9.0\"");
      case 2 -> json.replaceFirst("\"id\": \"", "\"id\": \"bad id with spaces ");
      case 3 -> json.replaceFirst("\\{\n", "{\n  \"unexpected\": 1,\n");
      case 4 -> json + "garbage";
      case 5 -> json.replaceFirst("\"name\": ", "\"name\": 42, \"x\": ");
      default -> duplicateFirstFramework(json);
    };
    Assume.that(!broken.equals(json));
    CrosswalkException e = assertThrows(CrosswalkException.class,
        () -> CrosswalkReader.create().read(broken, "broken.json"));
    assertTrue(e instanceof CrosswalkFormatException || e instanceof CrosswalkValidationException, e.toString());
    assertTrue(e.getMessage().contains("broken.json") || e instanceof CrosswalkValidationException, e.getMessage());
  }

  /** Random byte flips never escape the typed error (or, rarely, still parse). */
  @Property(tries = 1000)
  void byteFlipsNeverThrowUntypedExceptions(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] bytes = CrosswalkWriter.create().toBytes(RandomCrosswalks.generate(r, 1 + r.nextInt(10)));
    int flips = 1 + r.nextInt(4);
    for (int i = 0; i < flips; i++) {
      bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
    }
    try {
      CrosswalkReader.create().read(new java.io.ByteArrayInputStream(bytes), "flipped.json");
    } catch (CrosswalkFormatException | CrosswalkValidationException expected) {
      // the only acceptable failures
    }
  }

  private static String duplicateFirstFramework(String json) {
    int start = json.indexOf("\"frameworks\": [\n") + "\"frameworks\": [\n".length();
    int end = json.indexOf("    }", start) + "    }".length();
    String first = json.substring(start, end);
    return json.substring(0, start) + first + ",\n" + json.substring(start);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
