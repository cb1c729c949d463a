package dev.crosswalk.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A joint source ({@code s:1 + s:2 SUPERSET_OF t:1}, as the bundled CC7.3 + CC7.4 + CC7.5 for
 * 164.308(a)(6)(ii)) counts only as a whole: every member in scope, and with an inventory every
 * member in place; otherwise explain names the missing members.
 */
class JointMappingTest {
  private static final ElementRef T1 = ElementRef.parse("t:1");

  private static Crosswalk crosswalk(Relationship relationship) {
    CrosswalkBuilder b = Fixtures.frameworks("s", "t", "controls");
    b.addRequirement(Requirement.builder("s:1", "one").attribute("category", "security").build());
    b.addRequirement(Requirement.builder("s:2", "two").attribute("category", "availability").build());
    b.addRequirement(Requirement.builder("t:1", "target").build());
    b.addControl(dev.crosswalk.core.model.Control.of("controls:A", "a", "a", Map.of()));
    b.addControl(dev.crosswalk.core.model.Control.of("controls:B", "b", "b", Map.of()));
    b.addMapping(new Mapping(Joint.of(ElementRef.parse("s:1"), ElementRef.parse("s:2")), T1, relationship,
        Rationale.FUNCTIONAL, 8, "Together they do it.", Citation.ofSources(List.of("src")),
        com.google.common.collect.ImmutableList.of()));
    b.addMapping(Fixtures.map("s:1", Relationship.INTERSECTS_WITH, "t:1", 6, Rationale.SEMANTIC, "src"));
    // Stored the other way round: t:1 SUBSET_OF (controls:A + controls:B).
    b.addMapping(new Mapping(T1, Joint.of(ElementRef.parse("controls:A"), ElementRef.parse("controls:B")),
        Relationship.SUBSET_OF, Rationale.FUNCTIONAL, 8, "Together they do it.", Citation.ofSources(List.of("src")),
        com.google.common.collect.ImmutableList.of()));
    return b.build();
  }

  @Test
  void aJointSourceCoversOnlyWithEveryMemberInScope() {
    Crosswalk cw = crosswalk(Relationship.SUPERSET_OF);
    RequirementCoverage all = Queries.on(cw).coverage().of("t").by("s").run().coverage(T1).orElseThrow();
    assertEquals(Verdict.COVERED, all.verdict());
    assertEquals(1.0, all.score());

    RequirementCoverage securityOnly = Queries.on(cw).coverage().of("t").by("s")
        .scope(Scope.of("s", "category", "security")).run().coverage(T1).orElseThrow();
    assertEquals(Verdict.PARTIAL, securityOnly.verdict(), "only the single partial mapping of s:1 counts");
    Evidence joint = securityOnly.evidence().stream().filter(Evidence::isJoint).findFirst().orElseThrow();
    assertEquals(Evidence.Limit.OUT_OF_SCOPE, joint.limit());
    assertEquals(List.of(ElementRef.parse("s:2")), joint.missing());
    String text = Queries.on(cw).explain(T1, "s", Scope.of("s", "category", "security")).toString();
    assertTrue(text.contains("s:1 + s:2 SUPERSET_OF t:1 -> NOT_COVERED [OUT_OF_SCOPE] missing s:2"), text);
  }

  @Test
  void aJointControlSetCountsOnlyWhenEveryControlIsInPlace() {
    Crosswalk cw = crosswalk(Relationship.SUPERSET_OF);
    ControlInventory one = ControlInventory.of(InventoryControl.of("controls:A", ControlStatus.IMPLEMENTED),
        InventoryControl.of("controls:B", ControlStatus.PLANNED));
    RequirementCoverage partlyInPlace = Queries.on(cw).coverage().of("t").byControls(one).run().coverage(T1).orElseThrow();
    assertEquals(Verdict.NOT_COVERED, partlyInPlace.verdict());
    assertEquals(List.of(ElementRef.parse("controls:B")), partlyInPlace.evidence().get(0).missing());
    ControlInventory both = ControlInventory.of(InventoryControl.of("controls:A", ControlStatus.IMPLEMENTED),
        InventoryControl.of("controls:B", ControlStatus.PARTIAL));
    RequirementCoverage capped = Queries.on(cw).coverage().of("t").byControls(both).run().coverage(T1).orElseThrow();
    assertEquals(Verdict.PARTIAL, capped.verdict(), "a member only partly in place caps the joint set");
    assertEquals(0.5, capped.score(), 1e-12, "covering relationship, halved for a partial control");
    ControlInventory all = ControlInventory.of(InventoryControl.of("controls:A", ControlStatus.IMPLEMENTED),
        InventoryControl.of("controls:B", ControlStatus.IMPLEMENTED));
    assertEquals(Verdict.COVERED, Queries.on(cw).coverage().of("t").byControls(all).run().verdict(T1));
  }

  @Test
  void inferenceTestsAJointSourceAsAWhole() {
    Crosswalk cw = crosswalk(Relationship.EQUAL);
    ElementRef s1 = ElementRef.parse("s:1");
    ElementRef s2 = ElementRef.parse("s:2");
    assertEquals(AssessmentStatus.PASSED, Queries.on(cw).infer(Map.of(s1, AssessmentStatus.PASSED,
        s2, AssessmentStatus.PASSED), "t").status(T1).orElseThrow().status());
    assertEquals(AssessmentStatus.FAILED, Queries.on(cw).infer(Map.of(s1, AssessmentStatus.PASSED,
        s2, AssessmentStatus.FAILED), "t").status(T1).orElseThrow().status());
    // One member untested: the union is untested, so EQUAL implies nothing conclusive.
    assertEquals(AssessmentStatus.NOT_TESTED, Queries.on(cw).infer(Map.of(s1, AssessmentStatus.PASSED), "t")
        .status(T1).orElseThrow().status());
  }

  @Test
  void compositionCarriesAJointSourceOnceAndNeverComposesThroughAJointPivot() {
    CrosswalkBuilder b = Fixtures.frameworks("s", "t", "u");
    for (String r : List.of("s:1", "s:2", "s:3", "t:1", "t:2", "u:1", "u:2")) {
      b.addRequirement(Requirement.builder(r, r).build());
    }
    b.addMapping(new Mapping(Joint.of(ElementRef.parse("s:1"), ElementRef.parse("s:2")), T1, Relationship.SUPERSET_OF,
        Rationale.FUNCTIONAL, 8, "Together.", Citation.ofSources(List.of("src")), com.google.common.collect.ImmutableList.of()));
    b.addMapping(Fixtures.map("t:1", Relationship.EQUAL, "u:1", 9, Rationale.SYNTACTIC, "other"));
    // s:3 relates to the union t:1 + t:2, which composes with nothing.
    b.addMapping(new Mapping(ElementRef.parse("s:3"), Joint.of(T1, ElementRef.parse("t:2")), Relationship.EQUAL,
        Rationale.FUNCTIONAL, 8, "Together.", Citation.ofSources(List.of("src")), com.google.common.collect.ImmutableList.of()));
    b.addMapping(Fixtures.map("t:2", Relationship.EQUAL, "u:2", 9, Rationale.SYNTACTIC, "other"));
    Composition c = Queries.on(b.build()).compose("s", "t", "u");
    assertEquals(1, c.derived().size(), c.derived().toString());
    Mapping derived = c.derived().get(0);
    assertEquals(Joint.of(ElementRef.parse("s:1"), ElementRef.parse("s:2")), derived.source());
    assertEquals(ElementRef.parse("u:1"), derived.target());
    assertEquals(Relationship.SUPERSET_OF, derived.relationship());
    assertEquals(List.of(T1), derived.derivedVia());
    assertEquals(java.util.Set.of("src", "other"), derived.sources());
  }

  @Test
  void theInverseOfAJointMappingKeepsItsEndsAndInvertsItsRelationship() {
    Mapping m = crosswalk(Relationship.SUPERSET_OF).mappingsTo(T1).stream().filter(Mapping::isJoint).findFirst()
        .orElseThrow();
    Mapping inverse = m.inverse();
    assertEquals(m.source(), inverse.target());
    assertEquals(Relationship.SUBSET_OF, inverse.relationship());
    assertEquals(m, inverse.inverse());
  }
}
