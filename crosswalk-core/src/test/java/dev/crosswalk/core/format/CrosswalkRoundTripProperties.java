package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CrosswalkRoundTripProperties {

  @Property(tries = 1000)
  void randomValidCrosswalksSurviveWriteThenRead(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
    Crosswalk original = RandomCrosswalks.generate(new Random(seed), size);
    byte[] written = CrosswalkWriter.create().toBytes(original);
    Crosswalk read = CrosswalkReader.create().read(new java.io.ByteArrayInputStream(written), "random.json");
    assertEquals(original, read);
    assertArrayEquals(written, CrosswalkWriter.create().toBytes(read));
  }
}
