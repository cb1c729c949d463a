package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.GeneratedInput;
import dev.crosswalk.core.ReadLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A gibibyte of hostile JSON Lines, generated while it is read and never held, is refused by the
 * default reader with the limit it exceeds, long before its end, within the default test heap.
 */
class JsonLinesReaderHugeInputTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final String FRAMEWORK = "{\"type\":\"framework\",\"id\":\"f\",\"name\":\"n\",\"edition\":\"e\","
      + "\"publisher\":\"p\",\"kind\":\"STANDARD\",\"extensions\":{\"a\":";
  private static final long BUFFER = 64 * 1024;

  private static void refused(GeneratedInput in, String limit, long maxBytesRead) {
    CrosswalkFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
        assertThrows(CrosswalkFormatException.class, () -> JsonLinesReader.create().read(in, "huge.jsonl")));
    assertTrue(e.problem().contains("ReadLimits." + limit), e::getMessage);
    assertTrue(e.getMessage().startsWith("huge.jsonl:"), e::getMessage);
    assertTrue(e.line() > 0, e::getMessage);
    assertTrue(in.bytesRead() <= maxBytesRead, () -> "read " + in.bytesRead() + " bytes before failing: " + e);
    assertTrue(in.bytesRead() < in.size() / 8, () -> "read " + in.bytesRead() + " of " + in.size() + " bytes");
  }

  @Test
  void oneEndlessString() {
    refused(GeneratedInput.of("{\"type\":\"source\",\"id\":\"s\",\"title\":\"", "x", GeneratedInput.GIB),
        "maxStringLength", 4L * LIMITS.maxStringLength() + BUFFER);
  }

  @Test
  void endlessNesting() {
    refused(GeneratedInput.of(FRAMEWORK, "[", GeneratedInput.GIB), "maxNestingDepth", BUFFER);
    refused(GeneratedInput.of(FRAMEWORK, "{\"a\":", GeneratedInput.GIB), "maxNestingDepth", BUFFER);
  }

  @Test
  void endlessLines() {
    refused(GeneratedInput.of("", "{\"type\":\"source\",\"id\":\"s\",\"title\":\"t\"}\n", GeneratedInput.GIB),
        "maxTokens", 6 * LIMITS.maxTokens() + BUFFER);
  }

  @Test
  void oneEndlessLine() {
    refused(GeneratedInput.of(FRAMEWORK + "[", "0,", GeneratedInput.GIB), "maxTokens", 2 * LIMITS.maxTokens() + BUFFER);
    refused(GeneratedInput.of("{\"type\":\"source\",\"x\":[", "\"x\",", GeneratedInput.GIB), "maxTokens",
        4 * LIMITS.maxTokens() + BUFFER);
  }

  @Test
  void endlessWhiteSpace() {
    refused(GeneratedInput.of("", " ", GeneratedInput.GIB), "maxDocumentBytes", LIMITS.maxDocumentBytes() + BUFFER);
  }
}
