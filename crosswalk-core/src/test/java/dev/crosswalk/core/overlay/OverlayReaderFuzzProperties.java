package dev.crosswalk.core.overlay;

import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
  private static final List<byte[]> VALID = valid();

  @Property(tries = 10_000)
  void mutatedJsonOverlaysFailOnlyWithTypedLocatedErrors(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] valid = VALID.get(r.nextInt(VALID.size()));
    List<Mutations.Kind> applied = new ArrayList<>();
    byte[] input = r.nextInt(20) == 0 ? valid : Mutations.mutate(r, valid, Mutations.Syntax.JSON, applied);
    ConflictPolicy policy = r.nextBoolean() ? ConflictPolicy.FAIL : ConflictPolicy.REPLACE;
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

  /** Random whole crosswalks (which are valid overlays too) overlays referring to the base, and one conflicting with it. */
  private static List<byte[]> valid() {
    List<byte[]> out = new ArrayList<>();
    Random r = new Random(8477);
    for (int i = 0; i < 40; i++) {
      out.add(CrosswalkWriter.create().toBytes(RandomCrosswalks.generate(r, 1 + r.nextInt(8))));
    }
    for (int i = 0; i < 10; i++) {
      out.add(OverlayFixtures.utf8(OverlayFixtures.MINE_JSON));
      out.add(OverlayFixtures.utf8(OverlayFixtures.CLASHING));
    }
    return out;
  }
}
