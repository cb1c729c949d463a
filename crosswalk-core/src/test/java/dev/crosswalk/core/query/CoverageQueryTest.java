package dev.crosswalk.core.query;

import static dev.crosswalk.core.query.Fixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Relationship;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageQueryTest {
  /** Each requirement's attributes in the report are its own over its nearest ancestors'. */
  @Test
  void attributesAreInheritedNearestFirst() {
    Crosswalk cw = Fixtures.frameworks("s", "t")
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("t:0", "root").attribute("a", "1").attribute("b", "1").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("t:0.1", "child").parent("0").attribute("b", "2").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("t:0.1.x", "plain grandchild").parent("0.1").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("t:0.1.y", "grandchild").parent("0.1").attribute("c", "3").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("t:9", "alone").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("s:1", "source").build())
        .addMapping(Fixtures.map("s:1", Relationship.SUBSET_OF, "t:0.1.y"))
        .build();
    CoverageReport report = Queries.on(cw).coverage().of("t").by("s").run();
    assertEquals(Map.of("a", "1", "b", "1"), report.requirements().get(ref("t:0")).attributes());
    assertEquals(Map.of("a", "1", "b", "2"), report.requirements().get(ref("t:0.1")).attributes());
    assertEquals(Map.of("a", "1", "b", "2"), report.requirements().get(ref("t:0.1.x")).attributes());
    assertEquals(Map.of("a", "1", "b", "2", "c", "3"), report.requirements().get(ref("t:0.1.y")).attributes());
    assertEquals(Map.of(), report.requirements().get(ref("t:9")).attributes());
  }

  private final Crosswalk cw = Fixtures.hipaaSoc2();
  private final Queries q = Queries.on(cw);

  private CoverageReport hipaaBySoc2() {
    return q.coverage().of("hipaa").by("soc2").run();
  }

  private void assertVerdicts(CoverageReport r, Map<String, Verdict> expected) {
    expected.forEach((ref, v) -> assertEquals(v, r.verdict(ref(ref)), ref));
  }

  @Test
  void everyVerdictFromTheRelationshipSemantics() {
    assertVerdicts(hipaaBySoc2(), Map.ofEntries(
        Map.entry("hipaa:S", Verdict.NOT_APPLICABLE),
        Map.entry("hipaa:S.1.a", Verdict.COVERED),      // S.1.a SUBSET_OF CC1, read CC1 SUPERSET_OF S.1.a
        Map.entry("hipaa:S.1.b", Verdict.COVERED),      // CC2 EQUAL S.1.b
        Map.entry("hipaa:S.2", Verdict.PARTIAL),        // two partials never add up
        Map.entry("hipaa:S.3", Verdict.COVERED),
        Map.entry("hipaa:S.4", Verdict.NOT_COVERED),    // NOT_RELATED only
        Map.entry("hipaa:S.5", Verdict.NOT_COVERED),
        Map.entry("hipaa:B.1", Verdict.COVERED)));
  }

  @Test
  void relationshipVerdicts() {
    assertEquals(Verdict.COVERED, Verdict.of(Relationship.EQUAL));
    assertEquals(Verdict.COVERED, Verdict.of(Relationship.SUPERSET_OF));
    assertEquals(Verdict.PARTIAL, Verdict.of(Relationship.SUBSET_OF));
    assertEquals(Verdict.PARTIAL, Verdict.of(Relationship.INTERSECTS_WITH));
    assertEquals(Verdict.NOT_COVERED, Verdict.of(Relationship.NOT_RELATED));
  }

  @Test
  void rollUpOfStandardsAndSpecifications() {
    CoverageReport r = hipaaBySoc2();
    assertVerdicts(r, Map.of(
        "hipaa:S.1", Verdict.PARTIAL,       // own PARTIAL, children COVERED
        "hipaa:S.6", Verdict.COVERED,       // own and child COVERED
        "hipaa:S.7", Verdict.NOT_COVERED,   // own and child NOT_COVERED
        "hipaa:S.8", Verdict.PARTIAL));     // own NOT_COVERED, child COVERED
    assertEquals(Verdict.NOT_COVERED, r.coverage(ref("hipaa:S.8")).orElseThrow().direct());
    assertEquals(Verdict.PARTIAL, r.coverage(ref("hipaa:S.1")).orElseThrow().direct());
  }

  @Test
  void rollUpRule() {
    assertEquals(Verdict.COVERED, Verdict.rollUp(Verdict.COVERED, List.of(Verdict.COVERED, Verdict.NOT_APPLICABLE)));
    assertEquals(Verdict.PARTIAL, Verdict.rollUp(Verdict.COVERED, List.of(Verdict.COVERED, Verdict.NOT_COVERED)));
    assertEquals(Verdict.PARTIAL, Verdict.rollUp(Verdict.NOT_COVERED, List.of(Verdict.COVERED)));
    assertEquals(Verdict.NOT_COVERED, Verdict.rollUp(Verdict.NOT_COVERED, List.of(Verdict.NOT_COVERED)));
    assertEquals(Verdict.PARTIAL, Verdict.rollUp(Verdict.PARTIAL, List.of()));
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> Verdict.rollUp(Verdict.NOT_APPLICABLE, List.of()));
  }

  @Test
  void soc2ScopeMakesPrivacyMappingsOutOfScope() {
    CoverageReport r = q.coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").run();
    assertEquals(Verdict.NOT_COVERED, r.verdict(ref("hipaa:S.3")));
    Evidence e = r.coverage(ref("hipaa:S.3")).orElseThrow().evidence().get(0);
    assertEquals(Evidence.Limit.OUT_OF_SCOPE, e.limit());
    CoverageReport withPrivacy = q.coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security", "privacy").run();
    assertEquals(Verdict.COVERED, withPrivacy.verdict(ref("hipaa:S.3")));
  }

  @Test
  void hipaaRulesScopeMakesOtherRulesNotApplicable() {
    CoverageReport r = q.coverage().of("hipaa").by("soc2").restrict("hipaa", "rule", "security").run();
    assertEquals(Verdict.NOT_APPLICABLE, r.verdict(ref("hipaa:B.1")));
    assertFalse(r.coverage(ref("hipaa:B.1")).orElseThrow().inScope());
    assertEquals(Verdict.COVERED, r.verdict(ref("hipaa:S.6.a")));  // inherits rule=security from S
  }

  @Test
  void soc2TargetScope() {
    CoverageReport r = q.coverage().of("soc2").by("hipaa").restrict("soc2", "category", "security", "availability").run();
    assertEquals(Verdict.NOT_APPLICABLE, r.verdict(ref("soc2:P1")));
    assertEquals(Verdict.NOT_COVERED, r.verdict(ref("soc2:A1")));
    // CC1 is mapped only by hipaa SUBSET_OF / INTERSECTS_WITH statements: hipaa covers part of CC1
    assertEquals(Verdict.PARTIAL, r.verdict(ref("soc2:CC1")));
    // CC2 EQUAL S.1.b and S.6 EQUAL CC2
    assertEquals(Verdict.COVERED, r.verdict(ref("soc2:CC2")));
  }

  @Test
  void totalsAndGroups() {
    CoverageReport r = hipaaBySoc2();
    // 15 hipaa requirements: S not assessable; covered S.1.a S.1.b S.3 S.6 S.6.a S.8.a B.1;
    // partial S.1 S.2 S.8; not covered S.4 S.5 S.7 S.7.a
    assertEquals("7/3/4/1", r.totals().counts());
    assertEquals(100.0 * 7 / 14, r.totals().percent(Verdict.COVERED), 1e-9);
    assertEquals(100.0 * 3 / 14, r.totals().percent(Verdict.PARTIAL), 1e-9);
    Map<String, Totals> bySafeguard = r.byGroup("safeguard");
    assertEquals("1/0/0/0", bySafeguard.get("breach").counts());
    assertEquals("6/3/4/1", bySafeguard.get("administrative").counts());
    Map<String, Totals> byDesignation = r.byGroup("designation");
    assertEquals("2/1/3/0", byDesignation.get("required").counts());   // S.1.a S.3; S.2; S.4 S.5 S.7.a
    assertEquals("3/0/0/0", byDesignation.get("addressable").counts()); // S.1.b S.6.a S.8.a
    assertEquals("2/2/1/1", byDesignation.get(CoverageReport.NO_GROUP).counts()); // S.6 B.1; S.1 S.8; S.7; S
  }

  @Test
  void inventoryCoversHipaaAndSoc2AtOnce() {
    ControlInventory inv = ControlInventory.of(
        InventoryControl.of("controls:C1", ControlStatus.IMPLEMENTED).withOwner("sec-team"),
        InventoryControl.of("controls:C2", ControlStatus.PARTIAL),
        InventoryControl.of("controls:C3", ControlStatus.PLANNED),
        InventoryControl.of("controls:C4", ControlStatus.NOT_APPLICABLE));
    Map<String, CoverageReport> both = q.coverage().byControls(inv).runAll("hipaa", "soc2");
    CoverageReport hipaa = both.get("hipaa");
    CoverageReport soc2 = both.get("soc2");
    assertEquals(Verdict.COVERED, hipaa.verdict(ref("hipaa:S.1.a")));
    assertEquals(Verdict.PARTIAL, hipaa.verdict(ref("hipaa:S.2")));        // EQUAL capped by PARTIAL status
    assertEquals(Evidence.Limit.CONTROL_PARTIAL, hipaa.coverage(ref("hipaa:S.2")).orElseThrow().evidence().get(0).limit());
    assertEquals(Verdict.NOT_COVERED, hipaa.verdict(ref("hipaa:S.4")));    // PLANNED contributes nothing
    assertEquals(Verdict.COVERED, soc2.verdict(ref("soc2:CC1")));
    assertEquals(Verdict.NOT_COVERED, soc2.verdict(ref("soc2:CC2")));      // NOT_APPLICABLE contributes nothing
    assertEquals(GapReason.NOT_IMPLEMENTED, hipaa.gaps().gap(ref("hipaa:S.4")).orElseThrow().reason());
    assertEquals(GapReason.NOT_IMPLEMENTED, soc2.gaps().gap(ref("soc2:CC2")).orElseThrow().reason());
    assertEquals("sec-team", hipaa.coverage(ref("hipaa:S.1.a")).orElseThrow().evidence().get(0).control()
        .orElseThrow().owner().orElseThrow());
  }

  @Test
  void inventoryControlWithoutMappingsContributesNothing() {
    ControlInventory inv = ControlInventory.of(InventoryControl.of("mine:X-1", ControlStatus.IMPLEMENTED));
    CoverageReport r = q.coverage().of("hipaa").byControls(inv).run();
    assertEquals(0, r.totals().covered() + r.totals().partial());
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> ControlInventory.of(
        InventoryControl.of("mine:X-1", ControlStatus.IMPLEMENTED), InventoryControl.of("mine:X-1", ControlStatus.PLANNED)));
  }

  @Test
  void derivedMappingsCountUnlessCuratedOnly() {
    Crosswalk withDerived = cw.toBuilder().addMapping(new dev.crosswalk.core.model.Mapping(ref("hipaa:S.4"), ref("soc2:CC1"),
        Relationship.SUBSET_OF, dev.crosswalk.core.model.Rationale.SEMANTIC, 3, "Derived for the test.",
        dev.crosswalk.core.model.Citation.ofSources(java.util.List.of("src")),
        com.google.common.collect.ImmutableList.of(ref("controls:C1")))).build();
    assertEquals(Verdict.COVERED, Queries.on(withDerived).coverage().of("hipaa").by("soc2").run().verdict(ref("hipaa:S.4")));
    assertEquals(Verdict.NOT_COVERED,
        Queries.on(withDerived).coverage().of("hipaa").by("soc2").curatedOnly().run().verdict(ref("hipaa:S.4")));
  }

  @Test
  void errorsNameTheProblem() {
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> q.coverage().by("soc2").run());
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> q.coverage().of("hipaa").run());
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> q.coverage().of("hipaa").by("hipaa").run());
    UnknownElementException e = assertThrows(UnknownElementException.class, () -> q.coverage().of("iso").by("soc2").run());
    assertTrue(e.getMessage().contains("iso"));
    assertThrows(UnknownElementException.class, () -> hipaaBySoc2().verdict(ref("hipaa:nope")));
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> Scope.of("hipaa", "rule"));
  }

  @Test
  void scopeInheritsAttributesAndIncludesUnlabelled() {
    Scope s = Scope.of("soc2", "category", "security", "availability");
    assertEquals("Scope[soc2.category in [availability, security]]", s.toString());
    assertTrue(s.includes(cw, cw.requirement(ref("soc2:CC1")).orElseThrow()));
    assertFalse(s.includes(cw, cw.requirement(ref("soc2:P1")).orElseThrow()));
    assertTrue(s.includes(cw, cw.controls().get(ref("controls:C1"))));
    Scope both = s.and(Scope.of("soc2", "category", "security", "privacy"));
    assertEquals(Scope.of("soc2", "category", "security"), both);
  }
}
