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
 * A gibibyte of hostile CSV, generated while it is read and never held, is refused by the
 * default {@link MappingsCsvReader} with the limit it exceeds, long before its end, within the
 * default test heap.
 */
class MappingsCsvReaderHugeInputTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;
  private static final String HEADER = String.join(",", CsvExporter.MAPPING_COLUMNS) + "\n";
  private static final long BUFFER = 64 * 1024;

  private static CrosswalkFormatException refused(GeneratedInput in, String problem, long maxBytesRead) {
    CrosswalkFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(120), () ->
        assertThrows(CrosswalkFormatException.class, () -> MappingsCsvReader.create().read(in, "huge.csv")));
    assertTrue(e.problem().contains(problem), e::getMessage);
    assertTrue(e.getMessage().startsWith("huge.csv:"), e::getMessage);
    assertTrue(e.line() > 0, e::getMessage);
    assertTrue(in.bytesRead() <= maxBytesRead, () -> "read " + in.bytesRead() + " bytes before failing: " + e);
    assertTrue(in.bytesRead() < in.size() / 8, () -> "read " + in.bytesRead() + " of " + in.size() + " bytes");
    return e;
  }

  @Test
  void oneEndlessCell() {
    long max = 4L * LIMITS.maxStringLength() + BUFFER;
    refused(GeneratedInput.of(HEADER + "hipaa:1,soc2:2,EQUAL,5,SEMANTIC,\"", "x", GeneratedInput.GIB),
        "ReadLimits.maxStringLength", max);
    refused(GeneratedInput.of(HEADER + "hipaa:1,soc2:2,EQUAL,5,SEMANTIC,", "x", GeneratedInput.GIB),
        "ReadLimits.maxStringLength", max);
    refused(GeneratedInput.of("\"", "漢", GeneratedInput.GIB), "ReadLimits.maxStringLength", max);
  }

  @Test
  void oneEndlessRecord() {
    refused(GeneratedInput.of(HEADER, "x,", GeneratedInput.GIB), "more than 9 cells", BUFFER);
    refused(GeneratedInput.of("", "source,", GeneratedInput.GIB), "named twice", BUFFER);
  }

  @Test
  void endlessRecords() {
    refused(GeneratedInput.of(HEADER, "hipaa:1,soc2:2,EQUAL,5,SEMANTIC,Same outcome.,src,src,\n", GeneratedInput.GIB),
        "ReadLimits.maxElements", 60L * (LIMITS.maxElements() + 1) + BUFFER);
  }

  @Test
  void endlessBlankLines() {
    refused(GeneratedInput.of(HEADER, "\n", GeneratedInput.GIB), "ReadLimits.maxDocumentBytes",
        LIMITS.maxDocumentBytes() + BUFFER);
  }
}
