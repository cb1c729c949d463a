package dev.crosswalk.core.export;

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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
  private static final int INPUT_COUNT = 48;
  /** Valid JSON Lines to mutate, of up to 1 to 24 requirements and controls: the later, the larger. */
  private static final List<byte[]> INPUTS = inputs();

  private static Crosswalk input(int index) {
    return RandomCrosswalks.sample(index, 1 + index / 2);
  }

  private static List<byte[]> inputs() {
    List<byte[]> out = new ArrayList<>();
    for (int index = 0; index < INPUT_COUNT; index++) {
      out.add(JsonLinesExporter.create().toBytes(input(index)));
    }
    return List.copyOf(out);
  }

  /** An input (shrinking to a smaller one), up to three mutations, and the choices they make. */
  @Property(tries = 10_000)
  void mutatedJsonLinesGiveOnlyTypedLocatedErrors(@ForAll @IntRange(min = 0, max = INPUT_COUNT - 1) int index,
      @ForAll Kind kind, @ForAll @IntRange(min = 0, max = 2) int extraMutations, @ForAll boolean tight,
      @ForAll @IntRange(min = 0, max = 7) int readAs, @ForAll Choices choices) {
    JsonLinesReader reader = tight ? JsonLinesReader.create().withLimits(ReaderFuzzing.TIGHT) : JsonLinesReader.create();
    ReadLimits limits = reader.limits();
    int maxString = Math.min(limits.maxStringLength(), 1 << 16);
    byte[] input = JsonMutator.mutate(INPUTS.get(index), kind, choices, limits.maxNestingDepth(), maxString, true);
    for (int i = 0; i < extraMutations; i++) {
      Kind more = Kind.values()[choices.nextInt(Kind.values().length)];
      try {
        input = JsonMutator.mutate(input, more, choices, limits.maxNestingDepth(), maxString, true);
      } catch (UncheckedIOException lineNoLongerJson) {
        input = JsonMutator.mutate(input, Kind.BYTE_FLIP, choices, limits.maxNestingDepth(), maxString, true);
      }
    }
    byte[] bytes = input;
    boolean asText = readAs == 4; // one in eight, and not one of jqwik's edge cases
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
  @Property(tries = INPUT_COUNT)
  void theInputsBeforeMutationAreValid(@ForAll @IntRange(min = 0, max = INPUT_COUNT - 1) int index) {
    Crosswalk read = JsonLinesReader.create().withLimits(ReaderFuzzing.TIGHT)
        .read(new ByteArrayInputStream(INPUTS.get(index)), "input.jsonl");
    assertEquals(input(index), read);
  }
}
