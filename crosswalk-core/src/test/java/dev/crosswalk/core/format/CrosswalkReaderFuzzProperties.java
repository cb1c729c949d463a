package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.JsonMutator.Kind;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzes the canonical reader with mutated valid documents (see {@link JsonMutator}): whatever
 * the damage, the reader succeeds, or throws a located {@link dev.crosswalk.core.CrosswalkFormatException}
 * or a {@link dev.crosswalk.core.CrosswalkValidationException}, within {@link ReaderFuzzing#PER_INPUT}.
 * Half the inputs go to a reader with {@link ReaderFuzzing#TIGHT tight limits}, so every limit is
 * reached, half to the default reader. Subsumes the byte-flip property of
 * {@link InvalidDocumentProperties}, which keeps its hand-written breakages.
 */
@Tag("fuzz")
class CrosswalkReaderFuzzProperties {
  /** Valid documents to mutate, of 1 to 24 requirements, written by the canonical writer. */
  private static final List<byte[]> DOCUMENTS = documents();

  private static List<byte[]> documents() {
    List<byte[]> out = new ArrayList<>();
    for (int seed = 0; seed < 48; seed++) {
      Random r = new Random(seed);
      Crosswalk cw = RandomCrosswalks.generate(r, 1 + seed / 2);
      out.add(CrosswalkWriter.create().toBytes(cw));
    }
    return List.copyOf(out);
  }

  @Property(tries = 10_000)
  void mutatedDocumentsGiveOnlyTypedLocatedErrors(
      @ForAll long seed, @ForAll Kind kind, @ForAll @IntRange(min = 0, max = 2) int extraMutations) {
    Random r = new Random(seed);
    boolean tight = r.nextBoolean();
    CrosswalkReader reader = tight ? CrosswalkReader.create().withLimits(ReaderFuzzing.TIGHT) : CrosswalkReader.create();
    ReadLimits limits = reader.limits();
    int maxString = Math.min(limits.maxStringLength(), 1 << 16);
    byte[] input = DOCUMENTS.get(r.nextInt(DOCUMENTS.size()));
    input = JsonMutator.mutate(input, kind, r, limits.maxNestingDepth(), maxString, false);
    for (int i = 0; i < extraMutations; i++) {
      Kind more = Kind.values()[r.nextInt(Kind.values().length)];
      input = mutateIfStillJson(input, more, r, limits.maxNestingDepth(), maxString);
    }
    byte[] bytes = input;
    boolean asText = r.nextInt(8) == 0;
    Outcome outcome = ReaderFuzzing.check("fuzzed.json", bytes, () -> {
      if (asText) {
        reader.read(new String(bytes, StandardCharsets.UTF_8), "fuzzed.json");
      } else {
        reader.read(new ByteArrayInputStream(bytes), "fuzzed.json");
      }
    });
    ReaderFuzzing.collect(outcome, kind);
  }

  /** The unmutated documents read back as the crosswalks they were written from. */
  @Property(tries = 48)
  void theDocumentsBeforeMutationAreValid(@ForAll @IntRange(min = 0, max = 47) int index) {
    byte[] doc = DOCUMENTS.get(index);
    Crosswalk read = CrosswalkReader.create().withLimits(ReaderFuzzing.TIGHT).read(new ByteArrayInputStream(doc), "doc.json");
    assertEquals(RandomCrosswalks.generate(new Random(index), 1 + index / 2), read);
  }

  /** Structural mutations need a parseable tree; once the bytes are broken, only bytes are mutated. */
  static byte[] mutateIfStillJson(byte[] input, Kind kind, Random r, int maxDepth, int maxString) {
    try {
      return JsonMutator.mutate(input, kind, r, maxDepth, maxString, false);
    } catch (java.io.UncheckedIOException notJson) {
      return JsonMutator.mutate(input, Kind.BYTE_FLIP, r, maxDepth, maxString, false);
    }
  }
}
