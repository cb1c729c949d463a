package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Mutated valid mapping collections (the fixture's and random crosswalks' with joint ends and
 * locators): truncation, byte flips, deep nesting, huge strings, wrong types, duplicate keys and
 * invalid UTF-8, read into a builder holding the frameworks' elements and sources. Each is read, or refused
 * with a located {@link dev.crosswalk.core.CrosswalkFormatException}, or (when it changes a source
 * the builder holds, or names elements that do not exist) found inconsistent by the builder; nothing else, and within the time bound.
 */
class OscalMappingReaderFuzzProperties {
  private static final ReadLimits LIMITS = new ReadLimits(64, 4096, 256 << 10, 2000);
  private static final OscalMappingReader READER = OscalMappingReader.create().withLimits(LIMITS);
  private static final String[] KINDS = {
      "truncation", "byte flips", "deep nesting", "huge string", "wrong type", "duplicate key", "invalid UTF-8",
      "source changed"};
  private static final int BASES = 30;
  private static List<Base> bases;

  /** A valid collection and the crosswalk whose elements it names. */
  private record Base(Crosswalk elements, byte[] collection) {}

  /** The fixture's collections and random crosswalks', smallest first (so a failure shrinks towards a small one). */
  private static synchronized List<Base> bases() {
    if (bases == null) {
      List<Base> out = new ArrayList<>();
      Crosswalk fixture = OscalFixtures.hipaaLike();
      out.add(new Base(fixture, OscalMappingWriter.create().toBytes(fixture, "hipaa", "soc2")));
      out.add(new Base(fixture, OscalMappingWriter.create().toBytes(fixture, "controls", "soc2")));
      for (long seed = 8477; out.size() < BASES; seed++) {
        Crosswalk c = RandomCrosswalks.sample(seed, 2 + (int) (seed % 10));
        for (String s : c.frameworks().keySet()) {
          for (String t : c.frameworks().keySet()) {
            if (!c.mappingsBetween(s, t).isEmpty() && out.size() < BASES) {
              out.add(new Base(c, OscalMappingWriter.create().toBytes(c, s, t)));
            }
          }
        }
      }
      for (Base b : out) {
        read(b, b.collection()); // every base is valid
      }
      out.sort(java.util.Comparator.comparingInt(b -> b.collection().length));
      bases = List.copyOf(out);
    }
    return bases;
  }

  private static void read(Base base, byte[] input) {
    CrosswalkBuilder b = Crosswalk.builder();
    base.elements().frameworks().values().forEach(b::addFramework);
    // Sources held already: an equal one is not added again, a changed one conflicts at build().
    base.elements().sources().values().forEach(b::addSource);
    base.elements().requirements().values().forEach(b::addRequirement);
    base.elements().controls().values().forEach(b::addControl);
    READER.readInto(b, new ByteArrayInputStream(input), "fuzz.json");
    b.build();
  }

  /** A base (shrinking to a smaller one), one to three mutations, and the choices they make. */
  @Property(tries = 5_000)
  void mutatedCollectionsAreReadOrRejectedWithALocation(@ForAll @IntRange(min = 0, max = BASES - 1) int index,
      @ForAll @IntRange(min = 0, max = 7) int kind, @ForAll @IntRange(min = 1, max = 3) int count,
      @ForAll Choices choices) {
    Base base = bases().get(index);
    byte[] input = base.collection();
    for (int i = 0; i < count; i++) {
      input = mutate(i == 0 ? kind : choices.nextInt(KINDS.length), input, choices);
    }
    long start = System.nanoTime();
    byte[] bytes = input;
    Outcome outcome = ReaderFuzzing.check("fuzz.json", bytes, () -> read(base, bytes));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2_000, "reading took " + millis + " ms");
    ReaderFuzzing.collect(outcome, KINDS[kind]);
  }

  /** The catalog fuzzer's mutations, and one of a collection's own: a source's title changed. */
  private static byte[] mutate(int kind, byte[] in, Choices r) {
    if (kind < 7) {
      return OscalCatalogReaderFuzzProperties.mutate(kind, in, r);
    }
    String text = new String(in, java.nio.charset.StandardCharsets.UTF_8);
    int prop = text.indexOf("\"name\": \"source-id\"");
    int title = prop < 0 ? -1 : text.lastIndexOf("\"title\": \"", prop);
    return title < 0 ? in : (text.substring(0, title) + "\"title\": \"changed " + r.nextInt(10) + " "
        + text.substring(title + "\"title\": \"".length())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
