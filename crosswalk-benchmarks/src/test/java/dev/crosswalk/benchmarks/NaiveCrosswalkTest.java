package dev.crosswalk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Verdict;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The naive baseline answers what the real queries answer, so the benchmarks compare equal work. */
class NaiveCrosswalkTest {
  private static SyntheticCrosswalk.Generated generated;
  private static Crosswalk crosswalk;
  private static NaiveCrosswalk naive;

  @BeforeAll
  static void load() {
    generated = SyntheticCrosswalk.generate(SyntheticCrosswalk.Spec.scaled(10_000));
    crosswalk = generated.load();
    naive = NaiveCrosswalk.load(generated.documents());
  }

  @Test
  void coverageVerdictsAgree() {
    for (String target : new String[] {generated.largest(), SyntheticCrosswalk.HUB}) {
      String source = target.equals(SyntheticCrosswalk.HUB) ? generated.largest() : SyntheticCrosswalk.HUB;
      TreeMap<String, Verdict> expected = new TreeMap<>();
      for (RequirementCoverage c : Queries.on(crosswalk).coverage().of(target).by(source).run().requirements().values()) {
        expected.put(c.id().toString(), c.verdict());
      }
      assertEquals(expected, naive.coverage(target, source), target + " by " + source);
    }
  }

  @Test
  void gapsAgree() {
    TreeMap<String, Verdict> expected = new TreeMap<>();
    Queries.on(crosswalk).gaps().of(generated.largest()).by(SyntheticCrosswalk.HUB).run().gaps()
        .forEach(g -> expected.put(g.id().toString(), g.coverage().verdict()));
    assertFalse(expected.isEmpty());
    assertEquals(expected, naive.gaps(generated.largest(), SyntheticCrosswalk.HUB));
  }

  @Test
  void compositionsAgree() {
    Set<NaiveCrosswalk.Derived> expected = new HashSet<>();
    for (Mapping m : Queries.on(crosswalk).compose(generated.largest(), SyntheticCrosswalk.HUB,
        generated.secondLargest()).derived()) {
      expected.add(new NaiveCrosswalk.Derived(m.source().toString(), m.target().toString(),
          m.derivedVia().get(0).toString(), m.relationship()));
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, new HashSet<>(naive.compose(generated.largest(), SyntheticCrosswalk.HUB,
        generated.secondLargest())));
  }
}
