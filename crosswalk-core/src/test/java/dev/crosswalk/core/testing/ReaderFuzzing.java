package dev.crosswalk.core.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.CrosswalkValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import net.jqwik.api.statistics.Statistics;

/**
 * Runs one fuzzed input through a reader and classifies the outcome, failing on anything but
 * success, a located {@link CrosswalkFormatException} or a {@link CrosswalkValidationException},
 * and on an input that takes longer than {@link #PER_INPUT}.
 */
public final class ReaderFuzzing {
  /** The most one small input may take, however it is broken; generous for a loaded machine. */
  public static final Duration PER_INPUT = Duration.ofSeconds(10);

  /** Limits small enough that a fuzzer reaches every one of them quickly. */
  public static final ReadLimits TIGHT = new ReadLimits(12, 300, 48 * 1024, 150, 6_000);

  /** What became of one input. */
  public enum Outcome {
    /** Read without error: the mutation kept the document valid. */
    READ,
    /** Refused with a located {@link CrosswalkFormatException}. */
    FORMAT_ERROR,
    /** Well-formed but inconsistent: {@link CrosswalkValidationException}. */
    VALIDATION_ERROR
  }

  /** A read of one input that may throw. */
  @FunctionalInterface
  public interface Read {
    /** Reads the input. */
    void run() throws Exception;
  }

  private ReaderFuzzing() {}

  /**
   * Reads one input within the time bound and checks the outcome.
   *
   * @param sourceName the name the reader was given, which a format error must name
   * @param input the bytes read, shown when the check fails
   */
  public static Outcome check(String sourceName, byte[] input, Read read) {
    return assertTimeoutPreemptively(PER_INPUT, () -> {
      try {
        read.run();
        return Outcome.READ;
      } catch (CrosswalkFormatException e) {
        assertAll(
            () -> assertTrue(e.line() > 0 || !e.pointer().isEmpty(), () -> "no location: " + e + show(input)),
            () -> assertEquals(sourceName, e.source(), () -> e + show(input)),
            () -> assertFalse(e.problem().isBlank(), () -> e + show(input)),
            () -> assertTrue(e.getMessage().startsWith(sourceName), () -> e + show(input)));
        return Outcome.FORMAT_ERROR;
      } catch (CrosswalkValidationException e) {
        assertFalse(e.violations().isEmpty(), e::toString);
        return Outcome.VALIDATION_ERROR;
      } catch (Throwable e) {
        return fail("untyped " + e + show(input), e);
      }
    }, () -> "reading took longer than " + PER_INPUT + show(input));
  }

  /**
   * Records an outcome and the mutation behind it, and requires of the whole run that format
   * errors are the majority and that inputs were also read and found inconsistent: a fuzzer that
   * only ever meets the parser's first error exercises nothing else.
   */
  public static void collect(Outcome outcome, Object mutation) {
    Statistics.label("outcome").collect(outcome);
    Statistics.label("mutation").collect(mutation);
    Statistics.label("outcome").coverage(c -> {
      c.check(Outcome.FORMAT_ERROR).percentage(p -> p > 50);
      c.check(Outcome.READ).count(n -> n > 0);
      c.check(Outcome.VALIDATION_ERROR).count(n -> n > 0);
    });
  }

  private static String show(byte[] input) {
    String text = new String(input, 0, Math.min(input.length, 2_000), StandardCharsets.UTF_8);
    return "\n--- input (" + input.length + " bytes, first 2000 as UTF-8) ---\n" + text
        + "\n--- first 200 bytes in hex ---\n" + HexFormat.of().formatHex(input, 0, Math.min(input.length, 200));
  }
}
