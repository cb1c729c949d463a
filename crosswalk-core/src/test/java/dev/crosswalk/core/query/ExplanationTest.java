package dev.crosswalk.core.query;

import static dev.crosswalk.core.query.Fixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Relationship;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private final Queries q = Queries.on(Fixtures.hipaaSoc2());

  @Test
  void everyMappingReadFromTheSourceToTheTarget() {
    Explanation e = q.explain(ref("hipaa:S.2"), "soc2");
    assertEquals(Verdict.PARTIAL, e.verdict());
    List<Evidence> ev = e.coverage().evidence();
    assertEquals(2, ev.size());
    // ordered by source; each mapping reads (soc2 element) rel hipaa:S.2
    assertEquals(ref("soc2:CC2"), ev.get(0).mapping().source());
    assertEquals(Relationship.INTERSECTS_WITH, ev.get(0).mapping().relationship());
    assertEquals(ref("soc2:CC3"), ev.get(1).mapping().source());
    assertEquals(Relationship.SUBSET_OF, ev.get(1).mapping().relationship());
    assertTrue(ev.stream().allMatch(x -> x.mapping().target().equals(ref("hipaa:S.2"))));
    String text = e.toString();
    assertTrue(text.contains("because the test says so"), text);
    assertTrue(text.contains("sources src\n"), text);
  }

  @Test
  void storedReverseMappingsAreInverted() {
    Evidence ev = q.explain(ref("hipaa:S.1.a"), "soc2").coverage().evidence().get(0);
    assertEquals(ref("soc2:CC1"), ev.mapping().source());
    assertEquals(Relationship.SUPERSET_OF, ev.mapping().relationship());
    assertEquals(Verdict.COVERED, ev.contribution());
  }

  @Test
  void rollUpsShowTheirChildren() {
    Explanation e = q.explain(ref("hipaa:S.1"), "soc2");
    assertEquals(Verdict.PARTIAL, e.verdict());
    assertEquals(List.of(Verdict.COVERED, Verdict.COVERED), e.children().stream().map(RequirementCoverage::verdict).toList());
    assertTrue(e.toString().contains("child hipaa:S.1.a"));
  }

  @Test
  void noCounterpartRecordsAndScope() {
    Explanation nc = q.explain(ref("hipaa:S.5"), "soc2");
    assertEquals(1, nc.coverage().noCounterparts().size());
    assertTrue(nc.toString().contains("no counterpart in soc2: A HIPAA-only organisational duty."));
    Explanation scoped = q.explain(ref("hipaa:S.3"), "soc2", Scope.of("soc2", "category", "security"));
    assertEquals(Verdict.NOT_COVERED, scoped.verdict());
    assertTrue(scoped.toString().contains("[OUT_OF_SCOPE]"));
  }

  @Test
  void sameAnswerAsTheReport() {
    CoverageReport r = q.coverage().of("hipaa").by("soc2").run();
    for (RequirementCoverage c : r.requirements().values()) {
      assertEquals(c, q.explain(c.id(), "soc2").coverage());
      assertEquals(r.explain(c.id()), q.explain(c.id(), "soc2"));
    }
  }

  @Test
  void unknownRequirement() {
    assertThrows(UnknownElementException.class, () -> q.explain(ref("hipaa:nope"), "soc2"));
  }
}
