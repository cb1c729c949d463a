package dev.crosswalk.core.overlay;

import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
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
import net.jqwik.api.statistics.Statistics;

/**
 * Mutated JSON overlays (truncation, byte flips, deep nesting, huge strings, wrong types,
 * duplicate keys, invalid UTF-8) are either read and merged, or rejected with a located
 * {@code CrosswalkFormatException} or a {@code CrosswalkValidationException}; never another
 * exception, never a hang.
 */
class OverlayReaderFuzzProperties {
  /** Small limits, so huge strings and deep nesting reach them with small inputs. */
  static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxStringLength(2_000).withMaxNestingDepth(32)
      .withMaxDocumentBytes(200_000).withMaxElements(500);

  private static final OverlayReader READER = OverlayReader.create().withLimits(LIMITS);
  private static final Crosswalk BASE = OverlayFixtures.base();
  private static final int VALID_COUNT = 60;
  private static final List<byte[]> VALID = valid();

  /**
   * An overlay (shrinking to an earlier, smaller one), one to three mutations and the choices they
   * make, and a policy; one input in twenty is left whole ({@code unmutated == 10}: not one of
   * jqwik's edge cases, which it tries far more often).
   */
  @Property(tries = 10_000)
  void mutatedJsonOverlaysFailOnlyWithTypedLocatedErrors(@ForAll @IntRange(min = 0, max = VALID_COUNT - 1) int index,
      @ForAll @IntRange(min = 0, max = 19) int unmutated, @ForAll ConflictPolicy policy, @ForAll Choices choices) {
    byte[] valid = VALID.get(index);
    List<Mutations.Kind> applied = new ArrayList<>();
    byte[] input = unmutated == 10 ? valid : Mutations.mutate(choices, valid, Mutations.Syntax.JSON, applied);
    Outcome outcome = ReaderFuzzing.check("fuzz.json", input, () -> Overlays.merge(BASE, "base",
        READER.read(new ByteArrayInputStream(input), "fuzz.json"), policy));
    Statistics.label("outcome").collect(outcome);
    applied.forEach(k -> Statistics.label("mutation").collect(k));
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.READ).percentage(p -> p > 1);
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > 50);
      c.check(Outcome.VALIDATION_ERROR).percentage(p -> p > 0.1);
    });
  }

  /**
   * Random whole crosswalks (which are valid overlays too), smallest first, then overlays
   * referring to the base and ones conflicting with it, ten of each.
   */
  private static List<byte[]> valid() {
    List<byte[]> out = new ArrayList<>();
    for (int seed = 0; seed < 40; seed++) {
      out.add(CrosswalkWriter.create().toBytes(RandomCrosswalks.sample(8477 + seed, 1 + seed % 8)));
    }
    out.sort(java.util.Comparator.comparingInt(b -> b.length));
    for (int i = 0; i < 10; i++) {
      out.add(OverlayFixtures.utf8(OverlayFixtures.MINE_JSON));
      out.add(OverlayFixtures.utf8(OverlayFixtures.CLASHING));
    }
    return List.copyOf(out);
  }
}
