package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OscalRoundTripProperties {

  /** Crosswalk -> one catalog per framework -> read back: the same framework, requirements and controls. */
  @Property(tries = 300)
  void catalogsReadBackIntoTheSameFrameworks(@ForAll("crosswalks") Crosswalk c) {
    for (String id : c.frameworks().keySet()) {
      byte[] bytes = OscalCatalogWriter.create().toBytes(c, id);
      assertArrayEquals(bytes, OscalCatalogWriter.create().toBytes(c, id), "byte-identical twice");
      Crosswalk back = OscalCatalogReader.create().read(new java.io.ByteArrayInputStream(bytes), id + ".json");
      assertEquals(List.of(id), List.copyOf(back.frameworks().keySet()));
      assertEquals(c.requireFramework(id), back.requireFramework(id));
      assertEquals(c.requirements(id), back.requirements(id));
      assertEquals(c.controls(id), back.controls(id));
    }
  }

  /** Every mapping of every ordered framework pair is in its collection, with nothing lost. */
  @Property(tries = 300)
  void mappingCollectionsHoldEveryMapping(@ForAll("crosswalks") Crosswalk c) {
    int total = 0;
    for (String source : c.frameworks().keySet()) {
      for (String target : c.frameworks().keySet()) {
        if (c.mappingsBetween(source, target).isEmpty()) {
          continue;
        }
        byte[] bytes = OscalMappingWriter.create().toBytes(c, source, target);
        assertArrayEquals(bytes, OscalMappingWriter.create().toBytes(c, source, target), "byte-identical twice");
        assertEquals(c.mappingsBetween(source, target), OscalFixtures.mappingsOf(bytes));
        total += c.mappingsBetween(source, target).size();
      }
    }
    assertEquals(c.mappings().size(), total);
  }

  /**
   * Every mapping collection of a random crosswalk with joint ends and located citations reads
   * back into exactly the mappings of its pair and the sources they cite.
   */
  @Property(tries = 300)
  void mappingCollectionsReadBack(@ForAll("format11") Crosswalk c) {
    for (String source : c.frameworks().keySet()) {
      for (String target : c.frameworks().keySet()) {
        if (c.mappingsBetween(source, target).isEmpty()) {
          continue;
        }
        byte[] bytes = OscalMappingWriter.create().toBytes(c, source, target);
        OscalMappingCollection read = OscalMappingReader.create().read(new java.io.ByteArrayInputStream(bytes), "m.json");
        assertEquals(source, read.sourceFramework());
        assertEquals(target, read.targetFramework());
        assertEquals(c.mappingsBetween(source, target), read.mappings());
        java.util.Set<String> cited = new java.util.TreeSet<>();
        read.mappings().forEach(m -> cited.addAll(m.sources()));
        assertEquals(cited.stream().map(id -> c.sources().get(id)).toList(), read.sources());
      }
    }
  }

  /**
   * Every catalog and mapping collection of a random crosswalk has the structure NIST's schema
   * asks for (groups hold controls or groups, never both; required members; types). Only text
   * patterns may fail: random titles hold line breaks, which OSCAL's markup-line forbids.
   */
  @Property(tries = 100)
  void everyDocumentHasTheSchemasStructure(@ForAll("crosswalks") Crosswalk c) {
    for (String id : c.frameworks().keySet()) {
      assertEquals(List.of(), OscalSchemas.structuralViolations(OscalCatalogWriter.create().toBytes(c, id)), id);
      for (String target : c.frameworks().keySet()) {
        if (!c.mappingsBetween(id, target).isEmpty()) {
          assertEquals(List.of(), OscalSchemas.structuralViolations(
              OscalMappingWriter.create().toBytes(c, id, target)), id + " -> " + target);
        }
      }
    }
  }

  @Provide
  Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(1, 40);
  }

  @Provide
  Arbitrary<Crosswalk> format11() {
    return RandomCrosswalks.crosswalks(40);
  }
}
