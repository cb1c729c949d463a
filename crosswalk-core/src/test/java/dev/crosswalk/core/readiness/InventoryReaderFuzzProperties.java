package dev.crosswalk.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.ControlStatus;
import dev.crosswalk.core.query.InventoryControl;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Inventory files generated from entries (so a failure shrinks to a small file), written as JSON
 * or CSV, read back as the inventory they were written from; broken (see {@link JsonMutator} and
 * {@link CsvMutator}), they are read, or refused with a located one-line
 * {@code CrosswalkFormatException}, within {@link ReaderFuzzing#PER_INPUT}. One input in twenty is
 * left whole ({@code unmutated == 10}: not one of jqwik's edge cases, which it tries far more often).
 */
@Tag("fuzz")
class InventoryReaderFuzzProperties {
  private static final InventoryReader DEFAULT = InventoryReader.create();
  private static final InventoryReader TIGHT = InventoryReader.create().withLimits(ReaderFuzzing.TIGHT);

  @Provide
  Arbitrary<List<InventoryControl>> inventories() {
    Arbitrary<ElementRef> control = Combinators.combine(Arbitraries.of("controls", "mine", "soc2"),
        Arbitraries.of("IAM", "LOG", "BCP", "AC"), Arbitraries.integers().between(1, 30))
        .as((framework, family, n) -> ElementRef.of(framework, family + "-" + String.format("%02d", n)));
    Arbitrary<Optional<String>> owner = Arbitraries.oneOf(
        Arbitraries.of("IT security, J. Doe", "Ops", "\"Quoted\" team", "two\nlines", "caf\u00e9", " padded "),
        Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\u00e9').ofMinLength(1).ofMaxLength(30)
            .filter(s -> !s.isBlank()))
        .optional(0.6);
    Arbitrary<List<String>> evidence = Arbitraries.oneOf(
        Arbitraries.of("TICKET-1", "https://wiki.example/iam-02?a=1,b=2", "\"doc\"", "caf\u00e9 report"),
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20))
        .list().ofMaxSize(4);
    Arbitrary<Optional<LocalDate>> tested = Arbitraries.integers().between(0, 30_000).map(d -> LocalDate.ofEpochDay(d))
        .optional(0.5);
    Arbitrary<InventoryControl> entry = Combinators.combine(control, Arbitraries.of(ControlStatus.class), owner,
        evidence, tested).as((c, s, o, e, t) -> new InventoryControl(c, s, o, ImmutableList.copyOf(e), t));
    return entry.list().ofMaxSize(6).uniqueElements(InventoryControl::control);
  }

  /** Written inventories read back equal, from JSON and from CSV, however the file is laid out. */
  @Property
  void writtenInventoriesReadBackEqual(@ForAll("inventories") List<InventoryControl> controls,
      @ForAll boolean pretty, @ForAll boolean crlf, @ForAll boolean quoteAll) {
    ControlInventory expected = ControlInventory.of(controls);
    String json = InputWriter.inventoryJson(controls, pretty);
    String csv = InputWriter.csv(InputWriter.inventoryTable(controls), crlf, quoteAll);
    assertEquals(expected, DEFAULT.read(new ByteArrayInputStream(utf8(json)), "i.json"));
    assertEquals(expected, DEFAULT.read(new ByteArrayInputStream(utf8(csv)), "i.csv"));
  }

  @Property(tries = 10_000)
  void mutatedJsonFailsOnlyWithTypedLocatedOneLineErrors(@ForAll("inventories") List<InventoryControl> controls,
      @ForAll JsonMutator.Kind kind, @ForAll @IntRange(min = 0, max = 2) int extra,
      @ForAll @IntRange(min = 0, max = 19) int unmutated, @ForAll boolean pretty, @ForAll boolean tight,
      @ForAll Choices choices) {
    InventoryReader reader = tight ? TIGHT : DEFAULT;
    byte[] valid = utf8(InputWriter.inventoryJson(controls, pretty));
    byte[] input = unmutated == 10 ? valid : Fuzzing.mutateJson(valid, kind, extra, choices,
        reader.limits().maxNestingDepth(), Math.min(reader.limits().maxStringLength(), 1 << 16));
    Outcome outcome = ReaderFuzzing.check("fuzz.json", input,
        () -> Fuzzing.oneLine(() -> reader.read(new ByteArrayInputStream(input), "fuzz.json")));
    collect(outcome, unmutated == 10 ? "none" : kind, 50);
  }

  @Property(tries = 10_000)
  void mutatedCsvFailsOnlyWithTypedLocatedOneLineErrors(@ForAll("inventories") List<InventoryControl> controls,
      @ForAll CsvMutator.Kind kind, @ForAll @IntRange(min = 0, max = 19) int unmutated, @ForAll boolean crlf,
      @ForAll boolean quoteAll, @ForAll boolean tight, @ForAll Choices choices) {
    InventoryReader reader = tight ? TIGHT : DEFAULT;
    List<List<String>> table = InputWriter.inventoryTable(controls);
    byte[] input = unmutated == 10 ? utf8(InputWriter.csv(table, crlf, quoteAll))
        : CsvMutator.mutate(table, kind, choices, Math.min(reader.limits().maxStringLength(), 1 << 16), crlf,
            quoteAll);
    Outcome outcome = ReaderFuzzing.check("fuzz.csv", input,
        () -> Fuzzing.oneLine(() -> reader.read(new ByteArrayInputStream(input), "fuzz.csv")));
    collect(outcome, unmutated == 10 ? "none" : kind, 30);
  }

  /** An inventory is not checked against a crosswalk, so there are no validation errors to require. */
  private static void collect(Outcome outcome, Object mutation, int minFormatErrorPercent) {
    Statistics.label("mutation").collect(mutation);
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.READ).percentage(p -> p > 1);
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > minFormatErrorPercent);
      c.check(Outcome.VALIDATION_ERROR).count(n -> n == 0);
    });
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
