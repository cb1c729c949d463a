package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class VendorReportProperties {

  /** Truncating or flipping bytes of a valid report gives a report or the typed error with a position, nothing else. */
  @Property(tries = 1000)
  void brokenReportsFailWithTheTypedErrorOnly(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] bytes = VendorReportTest.VALID.getBytes(StandardCharsets.UTF_8);
    if (r.nextBoolean()) {
      bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length));
    } else {
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        bytes[r.nextInt(bytes.length)] = (byte) (32 + r.nextInt(95));
      }
    }
    try {
      VendorReportReader.create().read(new ByteArrayInputStream(bytes), "broken.json");
    } catch (CrosswalkFormatException e) {
      assertEquals("broken.json", e.source());
      assertTrue(e.line() >= 1, e.getMessage());
      assertTrue(e.getMessage().startsWith("broken.json:"), e.getMessage());
    }
  }

  /** Members may come in any order. */
  @Property(tries = 200)
  void memberOrderDoesNotMatter(@ForAll long seed) {
    java.util.List<String> lines = new java.util.ArrayList<>(VendorReportTest.VALID.lines().toList());
    // Members are lines 2-16 (the systems and exceptions arrays span several lines): shuffle whole members.
    java.util.List<String> members = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines.subList(1, lines.size() - 1)) {
      current.append(line.endsWith(",") && line.startsWith("  \"") && !line.endsWith("[") || line.equals("  ],")
          ? line.substring(0, line.length() - 1) : line).append('\n');
      if (line.startsWith("  \"") && !line.endsWith("[") || line.startsWith("  ]")) {
        members.add(current.toString().stripTrailing());
        current.setLength(0);
      }
    }
    java.util.Collections.shuffle(members, new Random(seed));
    String json = "{\n" + String.join(",\n", members) + "\n}\n";
    assertEquals(VendorReportReader.create().read(VendorReportTest.VALID, "a"), VendorReportReader.create().read(json, "b"));
  }
}
