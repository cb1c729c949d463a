package dev.crosswalk.core.query;

import static dev.crosswalk.core.model.Relationship.EQUAL;
import static dev.crosswalk.core.model.Relationship.INTERSECTS_WITH;
import static dev.crosswalk.core.model.Relationship.NOT_RELATED;
import static dev.crosswalk.core.model.Relationship.SUBSET_OF;
import static dev.crosswalk.core.model.Relationship.SUPERSET_OF;
import static dev.crosswalk.core.query.AssessmentStatus.FAILED;
import static dev.crosswalk.core.query.AssessmentStatus.NOT_TESTED;
import static dev.crosswalk.core.query.AssessmentStatus.PASSED;
import static dev.crosswalk.core.query.AssessmentStatus.PASSED_WITH_EXCEPTIONS;
import static dev.crosswalk.core.query.Fixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Relationship;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InferenceTest {
  private final Queries q = Queries.on(Fixtures.hipaaSoc2());

  private static void rule(Relationship rel, AssessmentStatus source, AssessmentStatus expected) {
    assertEquals(Optional.of(expected), InferenceRules.implied(rel, source), rel + " " + source);
  }

  @Test
  void ruleTable() {
    rule(EQUAL, PASSED, PASSED);
    rule(EQUAL, PASSED_WITH_EXCEPTIONS, PASSED_WITH_EXCEPTIONS);
    rule(EQUAL, FAILED, FAILED);
    rule(EQUAL, NOT_TESTED, NOT_TESTED);
    rule(SUPERSET_OF, PASSED, PASSED);
    rule(SUPERSET_OF, PASSED_WITH_EXCEPTIONS, PASSED_WITH_EXCEPTIONS);
    rule(SUPERSET_OF, FAILED, NOT_TESTED);
    rule(SUBSET_OF, PASSED, NOT_TESTED);
    rule(SUBSET_OF, PASSED_WITH_EXCEPTIONS, NOT_TESTED);
    rule(SUBSET_OF, FAILED, FAILED);
    for (AssessmentStatus s : AssessmentStatus.values()) {
      rule(INTERSECTS_WITH, s, NOT_TESTED);
      assertEquals(Optional.empty(), InferenceRules.implied(NOT_RELATED, s));
    }
  }

  @Test
  void mostRestrictiveConclusionWins() {
    assertEquals(FAILED, InferenceRules.combine(List.of(PASSED, FAILED, PASSED_WITH_EXCEPTIONS)));
    assertEquals(PASSED_WITH_EXCEPTIONS, InferenceRules.combine(List.of(PASSED, PASSED_WITH_EXCEPTIONS, NOT_TESTED)));
    assertEquals(PASSED, InferenceRules.combine(List.of(NOT_TESTED, PASSED)));
    assertEquals(NOT_TESTED, InferenceRules.combine(List.of(NOT_TESTED)));
    assertEquals(NOT_TESTED, InferenceRules.combine(List.of()));
  }

  @Test
  void inferHipaaFromSoc2Results() {
    InferenceReport r = q.infer(Map.of(
        ref("soc2:CC1"), PASSED,
        ref("soc2:CC2"), PASSED,
        ref("soc2:CC3"), FAILED), "hipaa");
    assertEquals(PASSED, status(r, "hipaa:S.1.a"));      // CC1 SUPERSET_OF S.1.a
    assertEquals(NOT_TESTED, status(r, "hipaa:S.1"));    // CC1 INTERSECTS_WITH S.1
    assertEquals(PASSED, status(r, "hipaa:S.1.b"));      // CC2 EQUAL S.1.b
    assertEquals(FAILED, status(r, "hipaa:S.2"));        // CC3 SUBSET_OF S.2 failed; CC2 INTERSECTS passed
    assertEquals(FAILED, status(r, "hipaa:B.1"));        // CC3 EQUAL B.1
    assertFalse(r.status(ref("hipaa:S.4")).isPresent()); // NOT_RELATED: no inference
    InferredStatus s2 = r.status(ref("hipaa:S.2")).orElseThrow();
    assertEquals(List.of(ref("soc2:CC2"), ref("soc2:CC3")), s2.basis().stream().map(st -> st.mapping().source()).toList());
    assertEquals(List.of(PASSED, FAILED), s2.basis().stream().map(InferenceStep::sourceStatus).toList());
    assertEquals(List.of(NOT_TESTED, FAILED), s2.basis().stream().map(InferenceStep::implied).toList());
  }

  @Test
  void scopeAndErrors() {
    InferenceReport r = q.infer(Map.of(ref("soc2:CC3"), FAILED), "hipaa", Scope.of("hipaa", "rule", "security"));
    assertEquals(List.of(ElementRef.parse("hipaa:S.2")), List.copyOf(r.inferred().keySet()));
    assertThrows(UnknownElementException.class, () -> q.infer(Map.of(ref("soc2:ZZ"), PASSED), "hipaa"));
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> q.infer(Map.of(ref("hipaa:S.1"), PASSED), "hipaa"));
  }

  private static AssessmentStatus status(InferenceReport r, String ref) {
    return r.status(ref(ref)).orElseThrow(() -> new AssertionError(ref + " not inferred")).status();
  }
}
