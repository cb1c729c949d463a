package dev.crosswalk.data.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.JsonLinesExporter;
import dev.crosswalk.core.export.JsonLinesReader;
import dev.crosswalk.core.model.Crosswalk;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The JSON Lines export of the bundled data reads back (core's {@code JsonLinesTest} checks the format). */
class JsonLinesTest {
  private final JsonLinesExporter exporter = JsonLinesExporter.create();
  private final JsonLinesReader reader = JsonLinesReader.create();

  @Test
  void roundTripsBundled() {
    Crosswalk bundled = Crosswalks.bundled();
    byte[] bytes = exporter.toBytes(bundled);
    assertEquals(bundled, reader.read(new ByteArrayInputStream(bytes), "bundled.jsonl"));
  }
}
