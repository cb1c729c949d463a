package dev.crosswalk.core.overlay;

import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.export.MappingsCsvReader;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutated CSV tables of each kind (truncation, byte flips, deeply nested quoting, huge cells,
 * wrong cell values, duplicate columns and records, invalid UTF-8) are either read and merged, or
 * rejected with a located {@code CrosswalkFormatException} or a {@code
 * CrosswalkValidationException}; never another exception, never a hang.
 */
class CsvReaderFuzzProperties {
  private static final OverlayReader READER = OverlayReader.create().withLimits(OverlayReaderFuzzProperties.LIMITS);
  private static final MappingsCsvReader MAPPINGS = MappingsCsvReader.create().withLimits(OverlayReaderFuzzProperties.LIMITS);
  private static final CsvExporter CSV = CsvExporter.create();
  private static final List<Crosswalk> BASES = bases();

  @Property(tries = 10_000)
  void mutatedFrameworksCsv(@ForAll long seed) {
    check(seed, "frameworks.csv", CSV::frameworks);
  }

  @Property(tries = 10_000)
  void mutatedRequirementsCsv(@ForAll long seed) {
    check(seed, "requirements.csv", CSV::requirements);
  }

  @Property(tries = 10_000)
  void mutatedControlsCsv(@ForAll long seed) {
    check(seed, "controls.csv", CSV::controls);
  }

  @Property(tries = 10_000)
  void mutatedMappingsCsv(@ForAll long seed) {
    check(seed, "mappings.csv", CSV::mappings);
    // The mappings-only reader shares the record rules and must fail the same typed way.
    Random r = new Random(~seed);
    byte[] input = mutated(r, CSV.mappings(BASES.get(r.nextInt(BASES.size()))));
    Outcome o = ReaderFuzzing.check("team.csv", input, () -> MAPPINGS.read(new ByteArrayInputStream(input), "team.csv"));
    Statistics.label("mappings reader").collect(o);
  }

  /**
   * Exports a table of a random base, breaks it, reads it as an overlay and merges it onto the
   * base it came from: the records differ from the base items (CSV is lossy) or are equal to
   * them, so merging exercises conflicts, replacements and unchanged items too.
   */
  private static void check(long seed, String file, Function<Crosswalk, String> table) {
    Random r = new Random(seed);
    Crosswalk base = BASES.get(r.nextInt(BASES.size()));
    byte[] input = mutated(r, table.apply(base));
    String name = "fuzz-" + file;
    ConflictPolicy policy = r.nextBoolean() ? ConflictPolicy.FAIL : ConflictPolicy.REPLACE;
    Outcome outcome = ReaderFuzzing.check(name, input, () -> Overlays.merge(base, "base",
        READER.read(new ByteArrayInputStream(input), name), policy));
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.READ).percentage(p -> p > 1);
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > 30);
    });
  }

  private static byte[] mutated(Random r, String csv) {
    byte[] valid = csv.getBytes(StandardCharsets.UTF_8);
    List<Mutations.Kind> applied = new ArrayList<>();
    byte[] out = r.nextInt(20) == 0 ? valid : Mutations.mutate(r, valid, Mutations.Syntax.CSV, applied);
    applied.forEach(k -> Statistics.label("mutation").collect(k));
    return out;
  }

  private static List<Crosswalk> bases() {
    List<Crosswalk> out = new ArrayList<>();
    Random r = new Random(4180);
    for (int i = 0; i < 40; i++) {
      out.add(RandomCrosswalks.generate(r, 1 + r.nextInt(8)));
    }
    Crosswalk withMine = Overlays.merge(OverlayFixtures.base(), "base",
        OverlayFixtures.json(OverlayFixtures.MINE_JSON, "mine.json")).crosswalk();
    for (int i = 0; i < 10; i++) {
      out.add(withMine);
    }
    return out;
  }
}
