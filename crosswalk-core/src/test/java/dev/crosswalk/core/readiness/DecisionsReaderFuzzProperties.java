package dev.crosswalk.core.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Decisions files generated from decisions (so a failure shrinks to a small file), written as
 * JSON or CSV, read back as the decisions they were written from; broken (see {@link JsonMutator}
 * and {@link CsvMutator}), they are read, or refused with a located one-line
 * {@code CrosswalkFormatException}, within {@link ReaderFuzzing#PER_INPUT}. One input in twenty is
 * left whole ({@code unmutated == 10}: not one of jqwik's edge cases, which it tries far more often). What is read is then
 * checked against a HIPAA-like crosswalk whose addressable requirements (those of the bundled data)
 * are the discretionary ones: a decision on another requirement is a
 * {@code CrosswalkValidationException}.
 */
@Tag("fuzz")
class DecisionsReaderFuzzProperties {
  /** The HIPAA Security Rule's addressable implementation specifications, discretionary in {@link #DATA}. */
  private static final List<String> ADDRESSABLE = List.of(
      "164.308(a)(3)(ii)(A)", "164.308(a)(3)(ii)(B)", "164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(B)",
      "164.308(a)(4)(ii)(C)", "164.308(a)(5)(ii)(A)", "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)",
      "164.308(a)(5)(ii)(D)", "164.308(a)(7)(ii)(D)", "164.308(a)(7)(ii)(E)", "164.310(a)(2)(i)",
      "164.310(a)(2)(ii)", "164.310(a)(2)(iii)", "164.310(a)(2)(iv)", "164.310(d)(2)(iii)", "164.310(d)(2)(iv)",
      "164.312(a)(2)(iii)", "164.312(a)(2)(iv)", "164.312(c)(2)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)");
  private static final Crosswalk DATA = hipaaLike();
  private static final List<ElementRef> DISCRETIONARY = Decisions.discretionary(DATA, "hipaa").stream()
      .map(Requirement::id).toList();
  /** Required, unknown and non-HIPAA requirements, which {@link Decisions#check} refuses. */
  private static final List<ElementRef> OTHERS = Stream.of("hipaa:164.312(b)", "hipaa:164.308(a)(1)(ii)(A)",
      "hipaa:999(z)", "soc2:CC6.1").map(ElementRef::parse).toList();
  private static final DecisionsReader DEFAULT = DecisionsReader.create();
  private static final DecisionsReader TIGHT = DecisionsReader.create().withLimits(ReaderFuzzing.TIGHT);

  @Provide
  Arbitrary<List<Decision>> decisions() {
    Arbitrary<ElementRef> requirement = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of(DISCRETIONARY)), Tuple.of(1, Arbitraries.of(OTHERS)));
    Arbitrary<String> text = Arbitraries.oneOf(
        Arbitraries.of("Disk encryption by MDM policy FV-1.", "No ePHI on removable media; USB storage is off.",
            "a, \"quoted\", b", "two\nlines", "two\r\nlines", "caf\u00e9 \u20ac", " padded "),
        Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\t', '\u00e9', '\u2028').ofMinLength(1)
            .ofMaxLength(40).filter(s -> !s.isBlank()));
    Arbitrary<Decision> decision = Combinators.combine(requirement, Arbitraries.of(Decision.Kind.class), text)
        .as((ref, kind, t) -> kind == Decision.Kind.IMPLEMENTED ? Decision.implemented(ref)
            : new Decision(ref, kind, Optional.of(t)));
    return decision.list().ofMaxSize(6).uniqueElements(Decision::requirement);
  }

  /** Written decisions read back equal, from JSON and from CSV, however the file is laid out. */
  @Property
  void writtenDecisionsReadBackEqual(@ForAll("decisions") List<Decision> decisions, @ForAll boolean pretty,
      @ForAll boolean crlf, @ForAll boolean quoteAll) {
    Decisions expected = Decisions.of(decisions);
    String json = InputWriter.decisionsJson(decisions, pretty);
    String csv = InputWriter.csv(InputWriter.decisionsTable(decisions), crlf, quoteAll);
    assertEquals(expected, DEFAULT.read(utf8(json), "d.json"));
    assertEquals(expected, DEFAULT.read(utf8(csv), "d.csv"));
  }

  @Property(tries = 10_000)
  void mutatedJsonFailsOnlyWithTypedLocatedOneLineErrors(@ForAll("decisions") List<Decision> decisions,
      @ForAll JsonMutator.Kind kind, @ForAll @IntRange(min = 0, max = 2) int extra,
      @ForAll @IntRange(min = 0, max = 19) int unmutated, @ForAll boolean pretty, @ForAll boolean tight,
      @ForAll Choices choices) {
    DecisionsReader reader = tight ? TIGHT : DEFAULT;
    byte[] valid = InputWriter.decisionsJson(decisions, pretty).getBytes(StandardCharsets.UTF_8);
    byte[] input = unmutated == 10 ? valid : Fuzzing.mutateJson(valid, kind, extra, choices,
        reader.limits().maxNestingDepth(), Math.min(reader.limits().maxStringLength(), 1 << 16));
    Outcome outcome = ReaderFuzzing.check("fuzz.json", input, () -> {
      Decisions[] read = new Decisions[1];
      Fuzzing.oneLine(() -> read[0] = reader.read(new ByteArrayInputStream(input), "fuzz.json"));
      read[0].check(DATA);
    });
    ReaderFuzzing.collect(outcome, unmutated == 10 ? "none" : kind);
  }

  @Property(tries = 10_000)
  void mutatedCsvFailsOnlyWithTypedLocatedOneLineErrors(@ForAll("decisions") List<Decision> decisions,
      @ForAll CsvMutator.Kind kind, @ForAll @IntRange(min = 0, max = 19) int unmutated, @ForAll boolean crlf,
      @ForAll boolean quoteAll, @ForAll boolean tight, @ForAll Choices choices) {
    DecisionsReader reader = tight ? TIGHT : DEFAULT;
    List<List<String>> table = InputWriter.decisionsTable(decisions);
    byte[] input = unmutated == 10 ? utf8Bytes(InputWriter.csv(table, crlf, quoteAll))
        : CsvMutator.mutate(table, kind, choices, Math.min(reader.limits().maxStringLength(), 1 << 16), crlf,
            quoteAll);
    Outcome outcome = ReaderFuzzing.check("fuzz.csv", input, () -> {
      Decisions[] read = new Decisions[1];
      Fuzzing.oneLine(() -> read[0] = reader.read(new ByteArrayInputStream(input), "fuzz.csv"));
      read[0].check(DATA);
    });
    Statistics.label("mutation").collect(unmutated == 10 ? "none" : kind);
    Statistics.label("outcome").collect(outcome);
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.READ).percentage(p -> p > 1);
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > 30);
      c.check(Outcome.VALIDATION_ERROR).count(n -> n > 0);
    });
  }

  /** HIPAA with the addressable specifications and two required ones, and a SOC 2 criterion. */
  private static Crosswalk hipaaLike() {
    CrosswalkBuilder b = Crosswalk.builder()
        .addFramework(Framework.of("hipaa", "HIPAA", "45 CFR 164", "HHS", FrameworkKind.REGULATION)
            .withAttributes(Map.of(Framework.DISCRETIONARY, "designation=addressable")))
        .addFramework(Framework.of("soc2", "SOC 2", "TSC 2017", "AICPA", FrameworkKind.ATTESTATION_CRITERIA))
        .addRequirement(Requirement.builder("soc2:CC6.1", "Logical access").kind("criterion").build())
        .addRequirement(Requirement.builder("hipaa:164.312(b)", "Audit controls").kind("standard")
            .attribute("designation", "required").build())
        .addRequirement(Requirement.builder("hipaa:164.308(a)(1)(ii)(A)", "Risk analysis")
            .kind("implementation-specification").attribute("designation", "required").build());
    ADDRESSABLE.forEach(ref -> b.addRequirement(Requirement.builder("hipaa:" + ref, "Specification " + ref)
        .kind("implementation-specification").attribute("designation", "addressable").build()));
    return b.build();
  }

  private static ByteArrayInputStream utf8(String text) {
    return new ByteArrayInputStream(utf8Bytes(text));
  }

  private static byte[] utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
