package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.JsonMutator;
import dev.crosswalk.core.testing.JsonMutator.Kind;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the vendor report reader, the one reader of third-party input, as the other readers are
 * fuzzed (see {@link JsonMutator}): 10,000 mutated valid reports, half read with
 * {@link ReaderFuzzing#TIGHT tight limits}; each is read or refused with a located
 * {@link CrosswalkFormatException} within {@link ReaderFuzzing#PER_INPUT}, nothing else.
 */
@Tag("fuzz")
class VendorReportReaderFuzzProperties {
  private static final List<byte[]> REPORTS = reports();

  /** {@link VendorReportTest#VALID} and 47 generated reports of 0 to 30 systems and exceptions. */
  private static List<byte[]> reports() {
    List<byte[]> out = new ArrayList<>();
    out.add(VendorReportTest.VALID.getBytes(StandardCharsets.UTF_8));
    String[] criteria = {"CC6.1", "soc2:CC7.2", "CC1.1", "A1.2", "C1.1"};
    String[] categories = {"availability", "confidentiality", "processing-integrity", "privacy"};
    for (int seed = 1; seed < 48; seed++) {
      Random r = new Random(seed);
      StringBuilder b = new StringBuilder("{\"vendor\": \"Vendor ").append(seed).append(" é漢\", \"type\": \"")
          .append(r.nextBoolean() ? "TYPE_II" : "TYPE_I").append("\", ");
      int year = 2020 + r.nextInt(6);
      b.append("\"periodStart\": \"").append(year).append("-01-01\", \"periodEnd\": \"").append(year)
          .append("-12-31\", \"reportDate\": \"").append(year + 1).append("-02-1").append(r.nextInt(10)).append("\", ");
      b.append("\"categories\": [");
      for (int i = 0; i < categories.length; i++) {
        if (r.nextBoolean()) {
          b.append(b.charAt(b.length() - 1) == '[' ? "" : ", ").append('"').append(categories[i]).append('"');
        }
      }
      b.append("], \"systems\": [");
      int systems = r.nextInt(seed % 8 == 0 ? 30 : 4);
      for (int i = 0; i < systems; i++) {
        b.append(i > 0 ? ", " : "").append("{\"name\": \"system ").append(i).append("\", \"handlesPhi\": ")
            .append(r.nextBoolean()).append(r.nextBoolean() ? "" : ", \"inScope\": " + r.nextBoolean()).append('}');
      }
      b.append("], ");
      if (r.nextBoolean()) {
        b.append("\"exceptions\": [");
        int exceptions = r.nextInt(seed % 8 == 0 ? 30 : 4);
        for (int i = 0; i < exceptions; i++) {
          b.append(i > 0 ? ", " : "").append("{\"criterion\": \"").append(criteria[r.nextInt(criteria.length)])
              .append("\", \"description\": \"finding ").append(i).append("\"}");
        }
        b.append("], ");
      }
      b.append("\"baaSigned\": ").append(r.nextBoolean()).append('}');
      out.add(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return List.copyOf(out);
  }

  /** A report (shrinking towards {@link VendorReportTest#VALID}), up to three mutations, and the choices they make. */
  @Property(tries = 10_000)
  void mutatedReportsGiveOnlyLocatedFormatErrors(@ForAll @IntRange(min = 0, max = 47) int report, @ForAll Kind kind,
      @ForAll @IntRange(min = 0, max = 2) int extraMutations, @ForAll boolean tight, @ForAll Choices choices) {
    ReadLimits limits = tight ? ReaderFuzzing.TIGHT : ReadLimits.DEFAULT;
    VendorReportReader reader = VendorReportReader.create().withLimits(limits);
    int maxString = Math.min(limits.maxStringLength(), 1 << 16);
    byte[] input = JsonMutator.mutate(REPORTS.get(report), kind, choices, limits.maxNestingDepth(), maxString, false);
    for (int i = 0; i < extraMutations; i++) {
      Kind more = Kind.values()[choices.nextInt(Kind.values().length)];
      try {
        input = JsonMutator.mutate(input, more, choices, limits.maxNestingDepth(), maxString, false);
      } catch (java.io.UncheckedIOException notJson) {
        input = JsonMutator.mutate(input, Kind.BYTE_FLIP, choices, limits.maxNestingDepth(), maxString, false);
      }
    }
    byte[] bytes = input;
    Outcome outcome = ReaderFuzzing.check("vendor.json", bytes,
        () -> reader.read(new ByteArrayInputStream(bytes), "vendor.json"));
    assertTrue(outcome != Outcome.VALIDATION_ERROR, "a vendor report is read or refused as malformed");
    Statistics.label("outcome").collect(outcome);
    Statistics.label("mutation").collect(kind);
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > 50);
      c.check(Outcome.READ).count(n -> n > 0);
    });
  }

  /** The reports before mutation are valid. */
  @Example
  void theReportsBeforeMutationAreValid() {
    for (byte[] report : REPORTS) {
      VendorReportReader.create().withLimits(ReaderFuzzing.TIGHT).read(new ByteArrayInputStream(report), "vendor.json");
    }
    assertEquals(48, REPORTS.size());
  }
}
