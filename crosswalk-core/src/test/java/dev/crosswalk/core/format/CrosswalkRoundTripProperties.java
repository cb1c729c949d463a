package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CrosswalkRoundTripProperties {

  @Provide
  Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(40);
  }

  @Property(tries = 1000)
  void randomValidCrosswalksSurviveWriteThenRead(@ForAll("crosswalks") Crosswalk original) {
    byte[] written = CrosswalkWriter.create().toBytes(original);
    Crosswalk read = CrosswalkReader.create().read(new java.io.ByteArrayInputStream(written), "random.json");
    assertEquals(original, read);
    assertArrayEquals(written, CrosswalkWriter.create().toBytes(read));
  }
}
