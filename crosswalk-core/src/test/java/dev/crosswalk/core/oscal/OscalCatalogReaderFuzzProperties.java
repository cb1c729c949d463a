package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.ReaderFuzzing;
import dev.crosswalk.core.testing.ReaderFuzzing.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutated valid catalogs (crosswalk's own and the NIST SP 800-53 sample): truncation, byte flips,
 * deep nesting, huge strings, wrong types, duplicate keys and invalid UTF-8. Each input is read or
 * rejected with a {@link CrosswalkFormatException} that has a line or a JSON pointer; no other
 * exception, and each input is read in bounded time under small limits.
 */
class OscalCatalogReaderFuzzProperties {
  private static final ReadLimits LIMITS = new ReadLimits(64, 4096, 256 << 10, 2000);
  private static final OscalCatalogReader READER = OscalCatalogReader.create().withLimits(LIMITS);
  private static final String[] KINDS = {
      "truncation", "byte flips", "deep nesting", "huge string", "wrong type", "duplicate key", "invalid UTF-8"};
  private static final int BASES = 40;
  private static List<byte[]> bases;

  /**
   * Valid catalogs to start from, smallest first: the NIST sample, the HIPAA-like fixture and
   * random crosswalks' (so a failure shrinks towards a small catalog).
   */
  private static synchronized List<byte[]> bases() {
    if (bases == null) {
      List<byte[]> out = new ArrayList<>();
      out.add(OscalFixtures.resource("nist-sp800-53-rev5-sample.json"));
      Crosswalk fixture = OscalFixtures.hipaaLike();
      fixture.frameworks().keySet().forEach(id -> out.add(OscalCatalogWriter.create().toBytes(fixture, id)));
      for (long seed = 8477; out.size() < BASES; seed++) {
        Crosswalk c = RandomCrosswalks.sample(seed, 1 + (int) (seed % 8));
        for (String id : c.frameworks().keySet()) {
          if (out.size() < BASES) {
            out.add(OscalCatalogWriter.create().toBytes(c, id));
          }
        }
      }
      for (byte[] b : out) {
        READER.read(new ByteArrayInputStream(b), "base.json"); // every base is valid
      }
      out.sort(java.util.Comparator.comparingInt(b -> b.length));
      bases = List.copyOf(out);
    }
    return bases;
  }

  /** A base (shrinking to a smaller one), one to three mutations, and the choices they make. */
  @Property(tries = 10_000)
  void mutatedCatalogsAreReadOrRejectedWithALocation(@ForAll @IntRange(min = 0, max = BASES - 1) int base,
      @ForAll @IntRange(min = 0, max = 6) int kind, @ForAll @IntRange(min = 1, max = 3) int count,
      @ForAll Choices choices) {
    byte[] input = bases().get(base);
    for (int i = 0; i < count; i++) {
      input = mutate(i == 0 ? kind : choices.nextInt(KINDS.length), input, choices);
    }
    long start = System.nanoTime();
    byte[] bytes = input;
    Outcome outcome = ReaderFuzzing.check("fuzz.json", bytes, () -> READER.read(new ByteArrayInputStream(bytes), "fuzz.json"));
    assertTrue(outcome != Outcome.VALIDATION_ERROR, "a catalog is read or rejected as malformed, nothing else");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(millis < 2_000, "reading took " + millis + " ms");
    Statistics.label("outcome").collect(KINDS[kind], outcome);
  }

  /** Each kind of mutation, applied where it must break the document, is rejected with a location. */
  @Example
  void eachMutationKindIsRejected() {
    byte[] nist = OscalFixtures.resource("nist-sp800-53-rev5-sample.json");
    String text = new String(nist, StandardCharsets.UTF_8);
    List<byte[]> broken = List.of(
        java.util.Arrays.copyOf(nist, nist.length / 2),
        text.replace("\"title\": \"Access Control\"", "\"title\": \"Access Control\"}").getBytes(StandardCharsets.UTF_8),
        text.replace("\"class\": \"family\"", "\"class\": " + "[".repeat(80) + "]".repeat(80))
            .getBytes(StandardCharsets.UTF_8),
        text.replace("\"Account Management\"", "\"" + "x".repeat(5000) + "\"").getBytes(StandardCharsets.UTF_8),
        text.replace("\"Account Management\"", "{\"a\": 1}").getBytes(StandardCharsets.UTF_8),
        text.replace("\"class\": \"family\"", "\"class\": \"family\", \"title\": \"Again\"").getBytes(StandardCharsets.UTF_8),
        insert(nist, text.indexOf("Account Management"), new byte[] {(byte) 0xC3, (byte) 0x28}));
    for (byte[] input : broken) {
      CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
          () -> READER.read(new ByteArrayInputStream(input), "broken.json"));
      assertTrue(e.line() > 0 && e.getMessage().startsWith("broken.json:"), e.getMessage());
    }
  }

  static byte[] mutate(int kind, byte[] in, Choices r) {
    if (in.length == 0) {
      return in;
    }
    return switch (kind) {
      case 0 -> java.util.Arrays.copyOf(in, r.nextInt(in.length));
      case 1 -> {
        byte[] out = in.clone();
        int flips = 1 + r.nextInt(4);
        for (int i = 0; i < flips; i++) {
          out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        yield out;
      }
      case 2 -> {
        int depth = 1 + r.nextInt(120);
        String open = r.nextBoolean() ? "[" : "{\"n\": ";
        String close = open.equals("[") ? "]" : "}";
        String value = open.repeat(depth) + (open.equals("[") ? "" : "1") + close.repeat(depth);
        int at = randomIndexOf(in, (byte) '{', r);
        yield at < 0 ? in : insert(in, at + 1, ("\"deep\": " + value + ",").getBytes(StandardCharsets.UTF_8));
      }
      case 3 -> {
        int length = LIMITS.maxStringLength() - 50 + r.nextInt(3 * LIMITS.maxStringLength());
        String huge = "\"" + "é\\\"x".repeat(length / 4) + "\"";
        int at = stringValueStart(in, r);
        yield at < 0 ? in : replaceString(in, at, huge.getBytes(StandardCharsets.UTF_8));
      }
      case 4 -> {
        String[] values = {"42", "-1.5e300", "true", "null", "{}", "[]", "[\"a\"]", "{\"x\": \"y\"}"};
        int at = stringValueStart(in, r);
        yield at < 0 ? in : replaceString(in, at, values[r.nextInt(values.length)].getBytes(StandardCharsets.UTF_8));
      }
      case 5 -> {
        int at = stringValueStart(in, r);
        if (at < 0) {
          yield in;
        }
        int keyStart = lastIndexOf(in, (byte) '"', lastIndexOf(in, (byte) '"', at - 3) - 1);
        int end = stringEnd(in, at);
        if (keyStart < 0 || end < 0) {
          yield in;
        }
        byte[] member = java.util.Arrays.copyOfRange(in, keyStart, end + 1);
        yield insert(in, keyStart, concat(member, ", ".getBytes(StandardCharsets.UTF_8)));
      }
      default -> {
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        int at = stringValueStart(in, r);
        yield insert(in, at < 0 ? r.nextInt(in.length) : at + 1, bad[r.nextInt(bad.length)]);
      }
    };
  }

  /** The index of the opening quote of a random string value ({@code ": "} followed by a quote). */
  private static int stringValueStart(byte[] in, Choices r) {
    List<Integer> starts = new ArrayList<>();
    for (int i = 2; i < in.length; i++) {
      if (in[i] == '"' && in[i - 1] == ' ' && in[i - 2] == ':') {
        starts.add(i);
      }
    }
    return starts.isEmpty() ? -1 : starts.get(r.nextInt(starts.size()));
  }

  private static int stringEnd(byte[] in, int start) {
    for (int i = start + 1; i < in.length; i++) {
      if (in[i] == '\\') {
        i++;
      } else if (in[i] == '"') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] replaceString(byte[] in, int start, byte[] with) {
    int end = stringEnd(in, start);
    if (end < 0) {
      return in;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(in, 0, start);
    out.writeBytes(with);
    out.write(in, end + 1, in.length - end - 1);
    return out.toByteArray();
  }

  private static int randomIndexOf(byte[] in, byte b, Choices r) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i] == b) {
        at.add(i);
      }
    }
    return at.isEmpty() ? -1 : at.get(r.nextInt(at.size()));
  }

  private static int lastIndexOf(byte[] in, byte b, int from) {
    for (int i = Math.min(from, in.length - 1); i >= 0; i--) {
      if (in[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    return concat(concat(java.util.Arrays.copyOf(in, at), what), java.util.Arrays.copyOfRange(in, at, in.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
