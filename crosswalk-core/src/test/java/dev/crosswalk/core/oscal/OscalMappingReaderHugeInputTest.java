package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.GeneratedInput;
import dev.crosswalk.core.ReadLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Gibibyte mapping collections, generated while read, are refused by the default reader with the
 * limit they exceed, long before their end: the work is bounded by the limits, not the input.
 */
class OscalMappingReaderHugeInputTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final long BUFFER = 64 * 1024;
  private static final String MAPS = "{\"mapping-collection\":{\"uuid\":\"u\",\"mappings\":[{\"uuid\":\"m\","
      + "\"maps\":[";
  private static final String MAP = "{\"relationship\":\"equal-to\",\"sources\":[{\"type\":\"control\","
      + "\"id-ref\":\"a\"}],\"targets\":[{\"type\":\"control\",\"id-ref\":\"b\"}]},";

  private static void refused(GeneratedInput in, String limit, long maxBytesRead) {
    CrosswalkFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
        assertThrows(CrosswalkFormatException.class, () -> OscalMappingReader.create().read(in, "huge.json")));
    assertTrue(e.problem().contains(limit), e::getMessage);
    assertTrue(e.getMessage().startsWith("huge.json:"), e::getMessage);
    assertTrue(e.line() > 0, e::getMessage);
    assertTrue(in.bytesRead() <= maxBytesRead, () -> "read " + in.bytesRead() + " bytes before failing: " + e);
    assertTrue(in.bytesRead() < in.size() / 8, () -> "read " + in.bytesRead() + " of " + in.size() + " bytes");
  }

  @Test
  void oneEndlessRemark() {
    refused(GeneratedInput.of(MAPS + "{\"remarks\":\"", "x", GeneratedInput.GIB), "ReadLimits.maxStringLength",
        4L * LIMITS.maxStringLength() + BUFFER);
  }

  @Test
  void endlessNestingInASkippedMember() {
    refused(GeneratedInput.of(MAPS + "{\"other\":", "[", GeneratedInput.GIB), "ReadLimits.maxNestingDepth", BUFFER);
  }

  @Test
  void endlessMaps() {
    // Each map is 22 tokens in 116 bytes: the token limit comes before the element limit.
    refused(GeneratedInput.of(MAPS, MAP, GeneratedInput.GIB), "ReadLimits.maxTokens", 8 * LIMITS.maxTokens() + BUFFER);
  }
}
