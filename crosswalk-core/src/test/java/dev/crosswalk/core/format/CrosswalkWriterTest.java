package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Fixtures;
import org.junit.jupiter.api.Test;

class CrosswalkWriterTest {

  @Test
  void writesCanonicalSortedPrettyJson() {
    String json = CrosswalkWriter.create().toJson(Fixtures.tiny().build());
    assertTrue(json.startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"frameworks\": [\n    {\n      \"id\": \"controls\","), json);
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));
    assertTrue(json.indexOf("\"id\": \"hipaa:164.312\"") < json.indexOf("\"id\": \"hipaa:164.312(a)(1)\""));
    assertTrue(json.contains("\"source\": \"hipaa:164.312(b)\",\n      \"target\": \"soc2:CC7.2\",\n"
        + "      \"relationship\": \"SUBSET_OF\""), json);
  }

  @Test
  void sameCrosswalkGivesByteIdenticalOutput() {
    Crosswalk a = Fixtures.tiny().build();
    Crosswalk b = Fixtures.tiny().build();
    assertArrayEquals(CrosswalkWriter.create().toBytes(a), CrosswalkWriter.create().toBytes(b));
    byte[] once = CrosswalkWriter.create().toBytes(a);
    byte[] twice = CrosswalkWriter.create().toBytes(CrosswalkReader.create().read(new String(once, java.nio.charset.StandardCharsets.UTF_8), "x"));
    assertArrayEquals(once, twice);
    assertEquals(new String(once, java.nio.charset.StandardCharsets.UTF_8), CrosswalkWriter.create().toJson(a));
  }

  /** The writers flush into the caller's stream and leave it open for more. */
  @Test
  void writingToAStreamFlushesButDoesNotCloseIt() {
    Crosswalk tiny = Fixtures.tiny().build();
    boolean[] closed = {false};
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    CrosswalkWriter.create().write(tiny, out);
    assertFalse(closed[0]);
    assertArrayEquals(CrosswalkWriter.create().toBytes(tiny), out.toByteArray());
    dev.crosswalk.core.export.JsonLinesExporter.create().write(tiny, out);
    assertFalse(closed[0]);
    assertTrue(out.size() > CrosswalkWriter.create().toBytes(tiny).length);
  }
}
