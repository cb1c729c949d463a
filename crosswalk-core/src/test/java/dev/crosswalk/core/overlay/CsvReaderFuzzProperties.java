package dev.crosswalk.core.overlay;

import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.export.MappingsCsvReader;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
  private static final int BASE_COUNT = 50;
  private static final List<Crosswalk> BASES = bases();

  /**
   * One fuzzed table: which base it comes from (shrinking to an earlier, smaller one), whether it
   * is left whole ({@code unmutated == 10}, one in twenty, not one of jqwik's edge cases), the
   * policy it is merged with, and the choices its mutations make.
   */
  record Fuzz(int base, int unmutated, ConflictPolicy policy, Choices choices) {}

  @Provide
  Arbitrary<Fuzz> fuzzes() {
    return Combinators.combine(Arbitraries.integers().between(0, BASE_COUNT - 1), Arbitraries.integers().between(0, 19),
        Arbitraries.of(ConflictPolicy.class), Choices.choices(Choices.DEFAULT_MAX_SIZE)).as(Fuzz::new);
  }

  @Property(tries = 10_000)
  void mutatedFrameworksCsv(@ForAll("fuzzes") Fuzz fuzz) {
    check(fuzz, "frameworks.csv", CSV::frameworks);
  }

  @Property(tries = 10_000)
  void mutatedRequirementsCsv(@ForAll("fuzzes") Fuzz fuzz) {
    check(fuzz, "requirements.csv", CSV::requirements);
  }

  @Property(tries = 10_000)
  void mutatedControlsCsv(@ForAll("fuzzes") Fuzz fuzz) {
    check(fuzz, "controls.csv", CSV::controls);
  }

  @Property(tries = 10_000)
  void mutatedMappingsCsv(@ForAll("fuzzes") Fuzz fuzz, @ForAll("fuzzes") Fuzz other) {
    check(fuzz, "mappings.csv", CSV::mappings);
    // The mappings-only reader shares the record rules and must fail the same typed way.
    byte[] input = mutated(other, CSV.mappings(BASES.get(other.base())));
    Outcome o = ReaderFuzzing.check("team.csv", input, () -> MAPPINGS.read(new ByteArrayInputStream(input), "team.csv"));
    Statistics.label("mappings reader").collect(o);
  }

  /**
   * Exports a table of a random base, breaks it, reads it as an overlay and merges it onto the
   * base it came from: the records differ from the base items (CSV is lossy) or are equal to
   * them, so merging exercises conflicts, replacements and unchanged items too.
   */
  private static void check(Fuzz fuzz, String file, Function<Crosswalk, String> table) {
    Crosswalk base = BASES.get(fuzz.base());
    byte[] input = mutated(fuzz, table.apply(base));
    String name = "fuzz-" + file;
    Outcome outcome = ReaderFuzzing.check(name, input, () -> Overlays.merge(base, "base",
        READER.read(new ByteArrayInputStream(input), name), fuzz.policy()));
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.READ).percentage(p -> p > 1);
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > 30);
    });
  }

  private static byte[] mutated(Fuzz fuzz, String csv) {
    byte[] valid = csv.getBytes(StandardCharsets.UTF_8);
    List<Mutations.Kind> applied = new ArrayList<>();
    byte[] out = fuzz.unmutated() == 10 ? valid : Mutations.mutate(fuzz.choices(), valid, Mutations.Syntax.CSV, applied);
    applied.forEach(k -> Statistics.label("mutation").collect(k));
    return out;
  }

  /** Random crosswalks, smallest first, then ten copies of the base with an overlay merged. */
  private static List<Crosswalk> bases() {
    List<Crosswalk> out = new ArrayList<>();
    for (int seed = 0; seed < 40; seed++) {
      out.add(RandomCrosswalks.sample(4180 + seed, 1 + seed % 8));
    }
    out.sort(java.util.Comparator.comparingInt(c -> CSV.requirements(c).length() + CSV.mappings(c).length()));
    Crosswalk withMine = Overlays.merge(OverlayFixtures.base(), "base",
        OverlayFixtures.json(OverlayFixtures.MINE_JSON, "mine.json")).crosswalk();
    for (int i = 0; i < 10; i++) {
      out.add(withMine);
    }
    return List.copyOf(out);
  }
}
