package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.JsonMutator.Kind;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzes the JSON Lines reader with mutated valid exports (see {@link JsonMutator}), including
 * broken line structure: whatever the damage, the reader succeeds, or throws a located
 * {@link dev.crosswalk.core.CrosswalkFormatException} or a
 * {@link dev.crosswalk.core.CrosswalkValidationException}, within {@link ReaderFuzzing#PER_INPUT}.
 */
@Tag("fuzz")
class JsonLinesReaderFuzzProperties {
  /** Valid JSON Lines to mutate, of 1 to 24 requirements. */
  private static final List<byte[]> INPUTS = inputs();

  private static List<byte[]> inputs() {
    List<byte[]> out = new ArrayList<>();
    for (int seed = 0; seed < 48; seed++) {
      out.add(JsonLinesExporter.create().toBytes(RandomCrosswalks.generate(new Random(seed), 1 + seed / 2)));
    }
    return List.copyOf(out);
  }

  @Property(tries = 10_000)
  void mutatedJsonLinesGiveOnlyTypedLocatedErrors(
      @ForAll long seed, @ForAll Kind kind, @ForAll @IntRange(min = 0, max = 2) int extraMutations) {
    Random r = new Random(seed);
    JsonLinesReader reader = r.nextBoolean() ? JsonLinesReader.create().withLimits(ReaderFuzzing.TIGHT) : JsonLinesReader.create();
    ReadLimits limits = reader.limits();
    int maxString = Math.min(limits.maxStringLength(), 1 << 16);
    byte[] input = JsonMutator.mutate(INPUTS.get(r.nextInt(INPUTS.size())), kind, r, limits.maxNestingDepth(), maxString, true);
    for (int i = 0; i < extraMutations; i++) {
      Kind more = Kind.values()[r.nextInt(Kind.values().length)];
      try {
        input = JsonMutator.mutate(input, more, r, limits.maxNestingDepth(), maxString, true);
      } catch (UncheckedIOException lineNoLongerJson) {
        input = JsonMutator.mutate(input, Kind.BYTE_FLIP, r, limits.maxNestingDepth(), maxString, true);
      }
    }
    byte[] bytes = input;
    boolean asText = r.nextInt(8) == 0;
    Outcome outcome = ReaderFuzzing.check("fuzzed.jsonl", bytes, () -> {
      if (asText) {
        reader.read(new String(bytes, StandardCharsets.UTF_8), "fuzzed.jsonl");
      } else {
        reader.read(new ByteArrayInputStream(bytes), "fuzzed.jsonl");
      }
    });
    ReaderFuzzing.collect(outcome, kind);
  }

  /** The unmutated inputs read back as the crosswalks they were exported from. */
  @Property(tries = 48)
  void theInputsBeforeMutationAreValid(@ForAll @IntRange(min = 0, max = 47) int index) {
    Crosswalk read = JsonLinesReader.create().withLimits(ReaderFuzzing.TIGHT)
        .read(new ByteArrayInputStream(INPUTS.get(index)), "input.jsonl");
    assertEquals(RandomCrosswalks.generate(new Random(index), 1 + index / 2), read);
  }
}
