package dev.crosswalk.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Graded scores and decisions on a standard {@code t:S} with a required ({@code t:S.r}) and an
 * addressable ({@code t:S.a}) specification; framework {@code t} declares
 * {@code discretionary=designation=addressable}, as the bundled HIPAA does.
 */
class GradingTest {
  private static final ElementRef STANDARD = ElementRef.parse("t:S");
  private static final ElementRef REQUIRED = ElementRef.parse("t:S.r");
  private static final ElementRef ADDRESSABLE = ElementRef.parse("t:S.a");

  private static Crosswalk crosswalk(Relationship toRequired, int strengthA, int strengthB) {
    CrosswalkBuilder b = Fixtures.frameworks("s");
    b.addFramework(Framework.of("t", "T", "test", "tests", FrameworkKind.REGULATION)
        .withAttributes(Map.of(Framework.DISCRETIONARY, "designation=addressable")));
    b.addRequirement(Requirement.builder("t:S", "standard").build());
    b.addRequirement(Requirement.builder("t:S.r", "required").parent("S").attribute("designation", "required").build());
    b.addRequirement(Requirement.builder("t:S.a", "addressable").parent("S").attribute("designation", "addressable").build());
    for (String s : List.of("a", "b", "c")) {
      b.addRequirement(Requirement.builder("s:" + s, s).build());
    }
    b.addMapping(Fixtures.map("s:a", Relationship.SUPERSET_OF, "t:S", 9, Rationale.SEMANTIC, "src"));
    b.addMapping(Fixtures.map("s:a", toRequired, "t:S.r", 9, Rationale.SEMANTIC, "src"));
    b.addMapping(Fixtures.map("s:b", Relationship.INTERSECTS_WITH, "t:S.a", strengthA, Rationale.SEMANTIC, "src"));
    b.addMapping(Fixtures.map("s:c", Relationship.INTERSECTS_WITH, "t:S.a", strengthB, Rationale.SEMANTIC, "src"));
    return b.build();
  }

  private static CoverageReport run(Crosswalk cw, Decisions decisions) {
    return Queries.on(cw).coverage().of("t").by("s").decisions(decisions).run();
  }

  @Test
  void twoPartialMappingsScoreMoreThanEitherAndTheStandardAveragesItsChildren() {
    CoverageReport r = run(crosswalk(Relationship.EQUAL, 5, 6), Decisions.NONE);
    // 1 - (1 - 0.5)(1 - 0.6) = 0.8: more than the better mapping (0.6), below the cap.
    assertEquals(0.8, r.coverage(ADDRESSABLE).orElseThrow().score(), 1e-12);
    assertEquals(1.0, r.coverage(REQUIRED).orElseThrow().score());
    // direct COVERED (1), children 1 and 0.8: mean 0.9333..., strict PARTIAL.
    RequirementCoverage s = r.coverage(STANDARD).orElseThrow();
    assertEquals(Verdict.PARTIAL, s.verdict());
    assertEquals(2.8 / 3, s.score(), 1e-12);
    assertEquals(1 + 0.8 + 2.8 / 3, r.totals().scoreSum(), 1e-12);
    assertEquals(100 * (1.8 + 2.8 / 3) / 3, r.totals().gradedPercent(), 1e-9);
  }

  @Test
  void partialMappingsNeverReachAFullScore() {
    CoverageReport r = run(crosswalk(Relationship.EQUAL, 10, 10), Decisions.NONE);
    assertEquals(Verdict.PARTIAL, r.verdict(ADDRESSABLE));
    assertEquals(Grading.PARTIAL_CAP, r.coverage(ADDRESSABLE).orElseThrow().score());
  }

  @Test
  void anAlternativeCoversAnAddressableSpecificationAndLiftsItsStandard() {
    Crosswalk cw = crosswalk(Relationship.EQUAL, 5, 6);
    CoverageReport r = run(cw, Decisions.of(List.of(Decision.alternative(ADDRESSABLE, "Compensating measure X."))));
    assertEquals(Verdict.COVERED, r.verdict(ADDRESSABLE));
    assertEquals(1.0, r.coverage(ADDRESSABLE).orElseThrow().score());
    assertEquals(Verdict.COVERED, r.verdict(STANDARD));
    assertEquals(1.0, r.coverage(STANDARD).orElseThrow().score());
    assertEquals(Decision.Kind.ALTERNATIVE, r.coverage(ADDRESSABLE).orElseThrow().decision().orElseThrow().kind());
  }

  @Test
  void notReasonableLeavesTheTotalsAndDoesNotDemoteTheStandard() {
    Crosswalk cw = crosswalk(Relationship.EQUAL, 5, 6);
    CoverageReport r = run(cw, Decisions.of(List.of(Decision.notReasonable(ADDRESSABLE, "No such systems."))));
    assertEquals(Verdict.NOT_APPLICABLE, r.verdict(ADDRESSABLE));
    assertEquals(Verdict.COVERED, r.verdict(STANDARD));
    assertEquals("2/0/0/1", r.totals().counts());
  }

  @Test
  void implementedChangesNoVerdict() {
    Crosswalk cw = crosswalk(Relationship.EQUAL, 5, 6);
    assertEquals(run(cw, Decisions.NONE).totals(),
        run(cw, Decisions.of(List.of(Decision.implemented(ADDRESSABLE)))).totals());
  }

  @Test
  void aDecisionOnARequiredSpecificationIsRefused() {
    Crosswalk cw = crosswalk(Relationship.EQUAL, 5, 6);
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> run(cw, Decisions.of(List.of(Decision.alternative(REQUIRED, "Something else.")))));
    assertTrue(e.getMessage().contains("t:S.r") && e.getMessage().contains("not discretionary")
        && e.getMessage().contains("designation=addressable"), e.getMessage());
    assertThrows(CrosswalkValidationException.class,
        () -> run(cw, Decisions.of(List.of(Decision.implemented(ElementRef.parse("t:nope"))))));
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> Decisions.of(List.of(Decision.implemented(ADDRESSABLE),
        Decision.implemented(ADDRESSABLE))));
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> Decision.alternative(ADDRESSABLE, " "));
  }
}
