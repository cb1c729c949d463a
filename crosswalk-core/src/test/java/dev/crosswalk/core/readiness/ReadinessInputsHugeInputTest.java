package dev.crosswalk.core.readiness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.GeneratedInput;
import dev.crosswalk.core.ReadLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A gibibyte of hostile decisions or inventory, generated while it is read and never held, is
 * refused by the default readers with the limit it exceeds, long before its end, within the
 * default test heap.
 */
class ReadinessInputsHugeInputTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final long BUFFER = 64 * 1024;

  private interface Read {
    void read(GeneratedInput in);
  }

  private static void refused(Read read, GeneratedInput in, String problem, long maxBytesRead) {
    CrosswalkFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
        assertThrows(CrosswalkFormatException.class, () -> read.read(in)));
    assertTrue(e.problem().contains(problem), e::getMessage);
    assertTrue(e.getMessage().matches("huge\\.(json|csv):.*"), e::getMessage);
    assertFalse(e.getMessage().contains("\n"), e::getMessage);
    assertTrue(in.bytesRead() <= maxBytesRead, () -> "read " + in.bytesRead() + " bytes before failing: " + e);
    assertTrue(in.bytesRead() < in.size() / 8, () -> "read " + in.bytesRead() + " of " + in.size() + " bytes");
  }

  private static Read decisions(boolean csv) {
    return in -> DecisionsReader.create().read(in, csv ? "huge.csv" : "huge.json");
  }

  private static Read inventory(boolean csv) {
    return in -> InventoryReader.create().read(in, csv ? "huge.csv" : "huge.json");
  }

  @Test
  void oneEndlessString() {
    long max = 4L * LIMITS.maxStringLength() + BUFFER;
    refused(decisions(false), GeneratedInput.of("{\"decisions\": [{\"requirement\": \"", "x", GeneratedInput.GIB),
        "ReadLimits.maxStringLength", max);
    refused(decisions(true), GeneratedInput.of("requirement,decision,text\nhipaa:1,alternative,\"", "\u6f22",
        GeneratedInput.GIB), "ReadLimits.maxStringLength", max);
    refused(inventory(true), GeneratedInput.of("control,status,owner,evidence,lastTested\nc:A,planned,,\"",
        "T-1\n", GeneratedInput.GIB), "ReadLimits.maxStringLength", max);
  }

  @Test
  void endlessEvidence() {
    refused(inventory(false), GeneratedInput.of("{\"controls\": [{\"control\": \"c:A\", \"status\": \"planned\","
        + " \"evidence\": [", "\"T-1\", ", GeneratedInput.GIB), "ReadLimits.maxElements",
        7L * (LIMITS.maxElements() + 1) + BUFFER);
  }

  /** No member nests, so nesting is refused at its second bracket, before the depth limit. */
  @Test
  void endlessNesting() {
    refused(inventory(false), GeneratedInput.of("{\"controls\": [{\"control\": \"c:A\", \"evidence\": ", "[",
        GeneratedInput.GIB), "expected a string, got an array", BUFFER);
    refused(decisions(false), GeneratedInput.of("", "[", GeneratedInput.GIB), "got an array", BUFFER);
  }

  @Test
  void endlessWhiteSpace() {
    refused(decisions(false), GeneratedInput.of("{\"decisions\": ", " ", GeneratedInput.GIB),
        "ReadLimits.maxDocumentBytes", LIMITS.maxDocumentBytes() + BUFFER);
  }
}
