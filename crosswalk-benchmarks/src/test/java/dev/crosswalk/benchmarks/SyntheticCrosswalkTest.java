package dev.crosswalk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator makes what it claims: counts, hierarchy depth and fan-out, mapping shape, determinism. */
class SyntheticCrosswalkTest {
  private static final SyntheticCrosswalk.Spec SPEC = SyntheticCrosswalk.Spec.scaled(20_000);
  private static SyntheticCrosswalk.Generated generated;
  private static Crosswalk crosswalk;

  @BeforeAll
  static void generate() {
    generated = SyntheticCrosswalk.generate(SPEC);
    crosswalk = generated.load();
  }

  @Test
  void countsAreThoseOfTheSpec() {
    assertEquals(SPEC.frameworks(), crosswalk.frameworks().size());
    assertEquals(SPEC.requirements(), crosswalk.requirements().size());
    assertEquals(SPEC.mappings(), crosswalk.mappings().size());
    assertTrue(crosswalk.frameworks().containsKey(SyntheticCrosswalk.HUB));
    for (Framework f : crosswalk.frameworks().values()) {
      assertTrue(crosswalk.requirements(f.id()).size() >= SyntheticCrosswalk.MIN_FRAMEWORK_SIZE, f.id());
    }
  }

  @Test
  void scaledSpecsGrowAsDocumented() {
    assertEquals(SyntheticCrosswalk.Spec.LARGEST, SyntheticCrosswalk.Spec.scaled(1_000_000));
    assertEquals(20, SyntheticCrosswalk.Spec.scaled(10_000).frameworks());
    assertEquals(1_000, SyntheticCrosswalk.Spec.scaled(10_000).requirements());
    assertEquals(63, SyntheticCrosswalk.Spec.scaled(100_000).frameworks());
  }

  @Test
  void hierarchiesAreTwoToSixLevelsDeepWithRealisticFanOut() {
    Set<Integer> depthsSeen = new HashSet<>();
    int parents = 0;
    int children = 0;
    for (Framework f : crosswalk.frameworks().values()) {
      int depth = 0;
      Map<ElementRef, Integer> childCount = new HashMap<>();
      for (Requirement r : crosswalk.requirements(f.id())) {
        depth = Math.max(depth, crosswalk.ancestors(r.id()).size() + 1);
        r.parent().ifPresent(p -> childCount.merge(p, 1, Integer::sum));
      }
      assertTrue(depth >= 2 && depth <= 6, f.id() + " is " + depth + " levels deep");
      if (f.id().equals(SyntheticCrosswalk.HUB)) {
        assertEquals(3, depth, "the hub has SCF's three levels");
      }
      depthsSeen.add(depth);
      parents += childCount.size();
      children += childCount.values().stream().mapToInt(Integer::intValue).sum();
    }
    assertTrue(depthsSeen.size() >= 3, "several depths, got " + depthsSeen);
    double meanFanOut = (double) children / parents;
    assertTrue(meanFanOut >= 2 && meanFanOut <= 20, "mean children per parent " + meanFanOut);
  }

  @Test
  void halfTheMappingsTouchTheHubAndTargetsAreSkewed() {
    long viaHub = crosswalk.mappings().stream()
        .filter(m -> m.source().framework().equals(SyntheticCrosswalk.HUB)
            || m.target().framework().equals(SyntheticCrosswalk.HUB))
        .count();
    double hubShare = (double) viaHub / crosswalk.mappings().size();
    assertTrue(hubShare > 0.4 && hubShare < 0.6, "hub share " + hubShare);

    Map<ElementRef, Integer> perElement = new HashMap<>();
    for (Mapping m : crosswalk.mappings()) {
      m.source().members().forEach(e -> perElement.merge(e, 1, Integer::sum));
      m.target().members().forEach(e -> perElement.merge(e, 1, Integer::sum));
    }
    double mean = perElement.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    int max = perElement.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(max >= 5 * mean, "max " + max + " mappings on one element, mean " + mean);
  }

  @Test
  void relationshipsAreMostlyIntersectsWith() {
    Map<Relationship, Integer> counts = new EnumMap<>(Relationship.class);
    crosswalk.mappings().forEach(m -> counts.merge(m.relationship(), 1, Integer::sum));
    double intersects = (double) counts.get(Relationship.INTERSECTS_WITH) / crosswalk.mappings().size();
    assertTrue(intersects > 0.45 && intersects < 0.6, "INTERSECTS_WITH share " + intersects);
    assertEquals(Relationship.values().length, counts.size(), "every relationship occurs: " + counts);
    assertTrue(crosswalk.mappings().stream().allMatch(m -> !m.justification().isBlank() && !m.isDerived()));
  }

  @Test
  void bigCrosswalksAreSplitIntoDocumentsOfBoundedSize() {
    SyntheticCrosswalk.Spec spec = new SyntheticCrosswalk.Spec(7, 30, 30_000, 120_000);
    int mappingDocuments = 0;
    int requirementDocuments = 0;
    int mappings = 0;
    int requirements = 0;
    for (SyntheticCrosswalk.Document d : SyntheticCrosswalk.generate(spec).documents()) {
      String text = new String(d.json(), java.nio.charset.StandardCharsets.UTF_8);
      if (d.name().startsWith("mappings-")) {
        int n = text.split("\"source\": ").length - 1;
        assertTrue(n <= SyntheticCrosswalk.MAPPINGS_PER_DOCUMENT, d.name() + " holds " + n);
        mappings += n;
        mappingDocuments++;
      } else if (d.name().startsWith("requirements-")) {
        int n = text.split("\"title\": ").length - 1;
        assertTrue(n <= SyntheticCrosswalk.REQUIREMENTS_PER_DOCUMENT, d.name() + " holds " + n);
        requirements += n;
        requirementDocuments++;
      }
    }
    assertEquals(spec.mappings(), mappings);
    assertEquals(spec.requirements(), requirements);
    assertEquals(2, mappingDocuments);
    assertTrue(requirementDocuments >= 2);
  }

  @Test
  void sameSpecSameBytesOtherSeedOtherBytes() {
    SyntheticCrosswalk.Spec small = new SyntheticCrosswalk.Spec(7, 5, 200, 1_000);
    List<SyntheticCrosswalk.Document> a = SyntheticCrosswalk.generate(small).documents();
    List<SyntheticCrosswalk.Document> b = SyntheticCrosswalk.generate(small).documents();
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).name(), b.get(i).name());
      assertArrayEquals(a.get(i).json(), b.get(i).json(), a.get(i).name());
    }
    List<SyntheticCrosswalk.Document> c =
        SyntheticCrosswalk.generate(new SyntheticCrosswalk.Spec(8, 5, 200, 1_000)).documents();
    assertFalse(java.util.Arrays.equals(a.get(a.size() - 2).json(), c.get(c.size() - 2).json()));
  }

  @Test
  void theCacheGivesBackTheSameDocuments(@TempDir Path dir) {
    SyntheticCrosswalk.Spec small = new SyntheticCrosswalk.Spec(7, 5, 200, 1_000);
    SyntheticCrosswalk.Generated first = SyntheticCrosswalk.cached(small, dir);
    SyntheticCrosswalk.Generated again = SyntheticCrosswalk.cached(small, dir);
    assertEquals(first.largest(), again.largest());
    assertEquals(first.secondLargest(), again.secondLargest());
    assertEquals(first.documents().size(), again.documents().size());
    for (int i = 0; i < first.documents().size(); i++) {
      assertArrayEquals(first.documents().get(i).json(), again.documents().get(i).json());
    }
    assertEquals(first.load(), again.load());
  }
}
