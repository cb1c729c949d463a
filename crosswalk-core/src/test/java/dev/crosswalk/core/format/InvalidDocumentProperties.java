package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InvalidDocumentProperties {

  @Provide
  Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(1, 20);
  }

  @Provide
  Arbitrary<Crosswalk> smallCrosswalks() {
    return RandomCrosswalks.crosswalks(1, 10);
  }

  /** A fraction of the document, to cut it or flip a byte at: shrinks towards the start. */
  @Provide
  Arbitrary<Double> places() {
    return Arbitraries.doubles().between(0, true, 1, false).ofScale(9)
        .withDistribution(RandomDistribution.uniform());
  }

  /** Every way of breaking a valid document yields a typed error, never another exception. */
  @Property(tries = 1000)
  void brokenDocumentsAreRejectedWithTheTypedError(@ForAll("crosswalks") Crosswalk cw,
      @ForAll @IntRange(min = 0, max = 6) int breakage, @ForAll("places") double cut) {
    String json = CrosswalkWriter.create().toJson(cw);
    String broken = switch (breakage) {
      case 0 -> json.substring(0, (int) (cut * (json.length() - 1))); // truncation
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
  void byteFlipsNeverThrowUntypedExceptions(@ForAll("smallCrosswalks") Crosswalk cw,
      @ForAll @Size(min = 1, max = 4) List<@From("places") Double> places, @ForAll @Size(4) byte[] values) {
    byte[] bytes = CrosswalkWriter.create().toBytes(cw);
    for (int i = 0; i < places.size(); i++) {
      bytes[(int) (places.get(i) * bytes.length)] = values[i];
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
