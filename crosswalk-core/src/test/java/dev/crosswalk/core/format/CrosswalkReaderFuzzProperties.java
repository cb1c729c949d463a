package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.JsonMutator.Kind;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
  private static final int DOCUMENT_COUNT = 48;
  /**
   * Valid documents to mutate, written by the canonical writer, of up to 1 to 24 requirements and
   * controls: the later, the larger, so a failure shrinks to an earlier document.
   */
  private static final List<byte[]> DOCUMENTS = documents();

  private static Crosswalk document(int index) {
    return RandomCrosswalks.sample(index, 1 + index / 2);
  }

  private static List<byte[]> documents() {
    List<byte[]> out = new ArrayList<>();
    for (int index = 0; index < DOCUMENT_COUNT; index++) {
      out.add(CrosswalkWriter.create().toBytes(document(index)));
    }
    return List.copyOf(out);
  }

  /**
   * A document (shrinking to a smaller one), a mutation kind, up to two more mutations and the
   * choices each mutation makes (shrinking to earlier places and first options).
   */
  @Property(tries = 10_000)
  void mutatedDocumentsGiveOnlyTypedLocatedErrors(@ForAll @IntRange(min = 0, max = DOCUMENT_COUNT - 1) int document,
      @ForAll Kind kind, @ForAll @IntRange(min = 0, max = 2) int extraMutations, @ForAll boolean tight,
      @ForAll @IntRange(min = 0, max = 7) int readAs, @ForAll Choices choices) {
    CrosswalkReader reader = tight ? CrosswalkReader.create().withLimits(ReaderFuzzing.TIGHT) : CrosswalkReader.create();
    ReadLimits limits = reader.limits();
    int maxString = Math.min(limits.maxStringLength(), 1 << 16);
    byte[] input = DOCUMENTS.get(document);
    input = JsonMutator.mutate(input, kind, choices, limits.maxNestingDepth(), maxString, false);
    for (int i = 0; i < extraMutations; i++) {
      Kind more = Kind.values()[choices.nextInt(Kind.values().length)];
      input = mutateIfStillJson(input, more, choices, limits.maxNestingDepth(), maxString);
    }
    byte[] bytes = input;
    boolean asText = readAs == 4; // one in eight, and not one of jqwik's edge cases
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
  @Property(tries = DOCUMENT_COUNT)
  void theDocumentsBeforeMutationAreValid(@ForAll @IntRange(min = 0, max = DOCUMENT_COUNT - 1) int index) {
    byte[] doc = DOCUMENTS.get(index);
    Crosswalk read = CrosswalkReader.create().withLimits(ReaderFuzzing.TIGHT).read(new ByteArrayInputStream(doc), "doc.json");
    assertEquals(document(index), read);
  }

  /** Structural mutations need a parseable tree; once the bytes are broken, only bytes are mutated. */
  static byte[] mutateIfStillJson(byte[] input, Kind kind, Choices choices, int maxDepth, int maxString) {
    try {
      return JsonMutator.mutate(input, kind, choices, maxDepth, maxString, false);
    } catch (java.io.UncheckedIOException notJson) {
      return JsonMutator.mutate(input, Kind.BYTE_FLIP, choices, maxDepth, maxString, false);
    }
  }
}
