package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.CrosswalkFormatException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A gibibyte of hostile input, generated while it is read and never held, is refused by the
 * default canonical reader with the limit it exceeds, long before its end, within the default
 * test heap (the build sets no {@code -Xmx}).
 */
class CrosswalkReaderHugeInputTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final String START = "{\"formatVersion\":\"1.0\",";
  private static final String FRAMEWORK = START + "\"frameworks\":[{\"id\":\"f\",\"name\":\"n\",\"edition\":\"e\","
      + "\"publisher\":\"p\",\"kind\":\"STANDARD\",\"extensions\":{\"a\":";
  /** Slack for the parser's read-ahead buffer. */
  private static final long BUFFER = 64 * 1024;

  /** Reads a gibibyte input with the default reader and checks where and why it stopped. */
  private static CrosswalkFormatException refused(GeneratedInput in, String limit, long maxBytesRead) {
    CrosswalkFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
        assertThrows(CrosswalkFormatException.class, () -> CrosswalkReader.create().read(in, "huge.json")));
    assertTrue(e.problem().contains("ReadLimits." + limit), e::getMessage);
    assertTrue(e.getMessage().startsWith("huge.json:"), e::getMessage);
    assertTrue(e.line() > 0, e::getMessage);
    assertTrue(in.bytesRead() <= maxBytesRead, () -> "read " + in.bytesRead() + " bytes before failing: " + e);
    assertTrue(in.bytesRead() < in.size() / 8, () -> "read " + in.bytesRead() + " of " + in.size() + " bytes");
    return e;
  }

  @Test
  void oneEndlessString() {
    GeneratedInput in = GeneratedInput.of(START + "\"sources\":[{\"id\":\"s\",\"title\":\"", "x", GeneratedInput.GIB);
    refused(in, "maxStringLength", 4L * LIMITS.maxStringLength() + BUFFER);
  }

  @Test
  void oneEndlessMultiByteString() {
    GeneratedInput in = GeneratedInput.of(START + "\"sources\":[{\"id\":\"s\",\"title\":\"", "漢", GeneratedInput.GIB);
    refused(in, "maxStringLength", 4L * LIMITS.maxStringLength() + BUFFER);
  }

  @Test
  void endlessNesting() {
    refused(GeneratedInput.of(FRAMEWORK, "[", GeneratedInput.GIB), "maxNestingDepth", BUFFER);
    refused(GeneratedInput.of(FRAMEWORK, "{\"a\":", GeneratedInput.GIB), "maxNestingDepth", BUFFER);
  }

  @Test
  void anEndlessArrayOfItems() {
    GeneratedInput in = GeneratedInput.of(START + "\"sources\":[", "{\"id\":\"s\",\"title\":\"t\"},", GeneratedInput.GIB);
    refused(in, "maxTokens", LIMITS.maxTokens() * 4 + BUFFER);
  }

  @Test
  void anEndlessArrayInsideExtensions() {
    refused(GeneratedInput.of(FRAMEWORK + "[", "0,", GeneratedInput.GIB), "maxTokens", LIMITS.maxTokens() * 2 + BUFFER);
    refused(GeneratedInput.of(FRAMEWORK + "[", "\"x\",", GeneratedInput.GIB), "maxTokens", LIMITS.maxTokens() * 4 + BUFFER);
  }

  @Test
  void endlessWhiteSpace() {
    refused(GeneratedInput.of(START, " \n", GeneratedInput.GIB), "maxDocumentBytes", LIMITS.maxDocumentBytes() + BUFFER);
  }

  @Test
  void endlessItemsWithLongTextReachTheDocumentSize() {
    String item = "{\"id\":\"s\",\"title\":\"" + "t".repeat(10_000) + "\"},";
    GeneratedInput in = GeneratedInput.of(START + "\"sources\":[", item, GeneratedInput.GIB);
    refused(in, "maxDocumentBytes", LIMITS.maxDocumentBytes() + BUFFER);
  }
}
