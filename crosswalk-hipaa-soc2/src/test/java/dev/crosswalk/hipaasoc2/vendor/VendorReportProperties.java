package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.testing.Choices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

class VendorReportProperties {

  private static final byte[] VALID = VendorReportTest.VALID.getBytes(StandardCharsets.UTF_8);

  /** A byte of a valid report set to a printable character. */
  record Flip(int position, char printable) {}

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, VALID.length - 1).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<List<Flip>> flips() {
    return Combinators.combine(cuts(), Arbitraries.chars().range(' ', '~')).as(Flip::new).list().ofMinSize(1).ofMaxSize(3);
  }

  /**
   * Truncating or flipping bytes of a valid report gives a report or the typed error with a
   * position, nothing else. A cut shrinks towards the start; flips towards fewer, earlier ones.
   */
  @Property(tries = 1000)
  void brokenReportsFailWithTheTypedErrorOnly(@ForAll boolean truncate, @ForAll("cuts") int cut,
      @ForAll("flips") List<Flip> flips) {
    byte[] bytes = VALID.clone();
    if (truncate) {
      bytes = java.util.Arrays.copyOf(bytes, cut);
    } else {
      for (Flip f : flips) {
        bytes[f.position()] = (byte) f.printable();
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
  void memberOrderDoesNotMatter(@ForAll Choices order) {
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
    order.shuffle(members);
    String json = "{\n" + String.join(",\n", members) + "\n}\n";
    assertEquals(VendorReportReader.create().read(VendorReportTest.VALID, "a"), VendorReportReader.create().read(json, "b"));
  }
}
