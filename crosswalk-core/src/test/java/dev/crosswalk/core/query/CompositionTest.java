package dev.crosswalk.core.query;

import static dev.crosswalk.core.model.Relationship.EQUAL;
import static dev.crosswalk.core.model.Relationship.INTERSECTS_WITH;
import static dev.crosswalk.core.model.Relationship.NOT_RELATED;
import static dev.crosswalk.core.model.Relationship.SUBSET_OF;
import static dev.crosswalk.core.model.Relationship.SUPERSET_OF;
import static dev.crosswalk.core.query.Fixtures.map;
import static dev.crosswalk.core.query.Fixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompositionTest {

  @Test
  void algebraTable() {
    Relationship[] all = Relationship.values();
    for (Relationship x : all) {
      assertEquals(x == NOT_RELATED ? Optional.empty() : Optional.of(x), RelationshipAlgebra.compose(EQUAL, x));
      assertEquals(x == NOT_RELATED ? Optional.empty() : Optional.of(x), RelationshipAlgebra.compose(x, EQUAL));
      assertEquals(Optional.empty(), RelationshipAlgebra.compose(NOT_RELATED, x));
      assertEquals(Optional.empty(), RelationshipAlgebra.compose(x, NOT_RELATED));
    }
    assertEquals(Optional.of(SUBSET_OF), RelationshipAlgebra.compose(SUBSET_OF, SUBSET_OF));
    assertEquals(Optional.of(SUPERSET_OF), RelationshipAlgebra.compose(SUPERSET_OF, SUPERSET_OF));
    assertEquals(Optional.of(INTERSECTS_WITH), RelationshipAlgebra.compose(SUBSET_OF, SUPERSET_OF));
    assertEquals(Optional.of(INTERSECTS_WITH), RelationshipAlgebra.compose(SUPERSET_OF, SUBSET_OF));
    assertEquals(Optional.of(INTERSECTS_WITH), RelationshipAlgebra.compose(INTERSECTS_WITH, INTERSECTS_WITH));
    assertEquals(Optional.of(INTERSECTS_WITH), RelationshipAlgebra.compose(SUBSET_OF, INTERSECTS_WITH));
    assertEquals(Optional.of(INTERSECTS_WITH), RelationshipAlgebra.compose(INTERSECTS_WITH, SUPERSET_OF));
  }

  @Test
  void rationaleIsTheWeaker() {
    assertEquals(Rationale.FUNCTIONAL, RelationshipAlgebra.weaker(Rationale.SYNTACTIC, Rationale.FUNCTIONAL));
    assertEquals(Rationale.SEMANTIC, RelationshipAlgebra.weaker(Rationale.SEMANTIC, Rationale.SYNTACTIC));
    assertEquals(Rationale.SYNTACTIC, RelationshipAlgebra.weaker(Rationale.SYNTACTIC, Rationale.SYNTACTIC));
  }

  private static Crosswalk abc() {
    CrosswalkBuilder b = Fixtures.frameworks("a", "b", "c");
    for (String fw : List.of("a", "b", "c")) {
      for (int i = 1; i <= 6; i++) {
        b.addRequirement(Requirement.builder(fw + ":" + i, fw + " " + i).build());
      }
    }
    b.addMapping(map("a:1", EQUAL, "b:1", 9, Rationale.SYNTACTIC, "src"));
    b.addMapping(map("b:1", SUBSET_OF, "c:1", 6, Rationale.FUNCTIONAL, "other"));
    b.addMapping(map("b:2", SUPERSET_OF, "a:2", 7, Rationale.SEMANTIC, "src")); // stored reverse: a:2 SUBSET_OF b:2
    b.addMapping(map("b:2", SUPERSET_OF, "c:2", 8, Rationale.SEMANTIC, "src"));
    b.addMapping(map("a:3", NOT_RELATED, "b:3"));
    b.addMapping(map("b:3", EQUAL, "c:3"));
    b.addMapping(map("a:4", EQUAL, "b:4"));
    b.addMapping(map("b:4", EQUAL, "c:4"));
    b.addMapping(map("a:4", INTERSECTS_WITH, "c:4"));                 // curated: no derived a:4 -> c:4
    b.addMapping(map("a:5", EQUAL, "b:5"));
    b.addMapping(map("b:5", EQUAL, "c:5"));
    b.addNoCounterpart(NoCounterpart.of(ref("a:5"), "c", "Assessed: nothing in c.", ImmutableSortedSet.of("src")));
    b.addMapping(map("a:6", SUPERSET_OF, "b:6"));
    b.addMapping(map("a:6", SUPERSET_OF, "b:1"));
    b.addMapping(map("b:6", SUPERSET_OF, "c:6"));
    return b.build();
  }

  @Test
  void derivesThroughThePivot() {
    Composition c = Queries.on(abc()).compose("a", "b", "c");
    assertEquals(4, c.derived().size(), c.toString());
    Mapping m1 = c.derived().get(0);
    assertEquals(ref("a:1"), m1.source());
    assertEquals(ref("c:1"), m1.target());
    assertEquals(SUBSET_OF, m1.relationship());
    assertEquals(6, m1.strength());                                   // min(9, 6)
    assertEquals(Rationale.FUNCTIONAL, m1.rationale());                // weaker of SYNTACTIC, FUNCTIONAL
    assertEquals(ImmutableSortedSet.of("other", "src"), m1.sources()); // union
    assertEquals(List.of(ref("b:1")), m1.derivedVia());
    assertTrue(m1.isDerived());

    Mapping m2 = c.derived().get(1);
    assertEquals(List.of(ref("a:2"), ref("c:2"), INTERSECTS_WITH), List.of(m2.source(), m2.target(), m2.relationship()));
    // a:6 SUPERSET_OF b:1 SUBSET_OF c:1 -> INTERSECTS_WITH; a:6 SUPERSET_OF b:6 SUPERSET_OF c:6 -> SUPERSET_OF
    assertEquals(List.of("a:6 INTERSECTS_WITH c:1 via [b:1]", "a:6 SUPERSET_OF c:6 via [b:6]"),
        c.derived().subList(2, 4).stream().map(m -> m.source() + " " + m.relationship() + " " + m.target() + " via " + m.derivedVia()).toList());
  }

  @Test
  void addToKeepsThemApartAndMarked() {
    Crosswalk cw = abc();
    Composition c = Queries.on(cw).compose("a", "b", "c");
    Crosswalk with = c.addTo(cw);
    assertEquals(cw.mappings().size() + 4, with.mappings().size());
    assertEquals(4, with.mappings().stream().filter(Mapping::isDerived).count());
    assertEquals(cw.mappings().size(), Queries.on(cw).crosswalk().mappings().size()); // original unchanged
    // composing again finds the same chains already there and derives nothing new
    assertEquals(0, Queries.on(with).compose("a", "b", "c").derived().size());
    // derived mappings count as evidence, marked derived, in coverage of c by a
    CoverageReport r = Queries.on(with).coverage().of("c").by("a").run();
    assertEquals(Verdict.PARTIAL, r.verdict(ref("c:1")));  // a:1 SUBSET_OF c:1: a:1 meets part of c:1
    assertEquals(Verdict.COVERED, r.verdict(ref("c:6")));  // a:6 SUPERSET_OF c:6
    assertTrue(r.coverage(ref("c:6")).orElseThrow().evidence().get(0).mapping().isDerived());
    assertEquals(Verdict.NOT_COVERED, Queries.on(with).coverage().of("c").by("a").curatedOnly().run().verdict(ref("c:6")));
  }

  @Test
  void threeDifferentFrameworks() {
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> Queries.on(abc()).compose("a", "b", "a"));
  }
}
