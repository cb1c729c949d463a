package dev.crosswalk.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.InvalidQueryException;
import dev.crosswalk.core.model.Control;
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
 * The plan's ordering rule on a small crosswalk: target {@code t} with a required ({@code t:r})
 * and an addressable ({@code t:a}) requirement, nothing from the source {@code s}, and controls
 * that each cover one of them.
 */
class PlanQueryTest {
  private static Crosswalk crosswalk(String... controlsAndTargets) {
    CrosswalkBuilder b = Fixtures.frameworks("s", "controls");
    b.addFramework(Framework.of("t", "T", "test", "tests", FrameworkKind.REGULATION)
        .withAttributes(Map.of(Framework.DISCRETIONARY, "designation=addressable")));
    b.addRequirement(Requirement.builder("s:1", "s1").build());
    b.addRequirement(Requirement.builder("t:r", "required").attribute("designation", "required").build());
    b.addRequirement(Requirement.builder("t:a", "addressable").attribute("designation", "addressable").build());
    for (int i = 0; i < controlsAndTargets.length; i += 2) {
      b.addControl(Control.of(controlsAndTargets[i], controlsAndTargets[i], "d", Map.of()));
      b.addMapping(Fixtures.map(controlsAndTargets[i], Relationship.EQUAL, controlsAndTargets[i + 1], 9,
          Rationale.SEMANTIC, "src"));
    }
    return b.build();
  }

  private static List<String> order(Plan plan) {
    return plan.steps().stream().map(s -> s.control().id().ref()).toList();
  }

  @Test
  void requiredRequirementsWeighTwiceAsMuchAsUndecidedAddressableOnes() {
    Crosswalk cw = crosswalk("controls:A", "t:a", "controls:Z", "t:r");
    Plan plan = Queries.on(cw).plan().of("t").by("s").run();
    assertEquals(List.of("Z", "A"), order(plan), "Z covers the required one: gain 2 against 1");
    assertEquals(2.0, plan.steps().get(0).gain(), 1e-12);
    assertEquals(List.of(ElementRef.parse("t:r")), plan.steps().get(0).newlyCovered());
    assertEquals(100.0, plan.end().percent(Verdict.COVERED));
    assertTrue(plan.remaining().isEmpty());
  }

  @Test
  void aDecisionChangesTheWeightAndEqualGainsGoToTheLowerId() {
    Crosswalk cw = crosswalk("controls:A", "t:a", "controls:Z", "t:r");
    Plan implemented = Queries.on(cw).plan().of("t").by("s")
        .decisions(Decisions.of(List.of(Decision.implemented(ElementRef.parse("t:a"))))).run();
    assertEquals(List.of("A", "Z"), order(implemented), "both gain 2; A has the lower id");
    Plan alternative = Queries.on(cw).plan().of("t").by("s")
        .decisions(Decisions.of(List.of(Decision.alternative(ElementRef.parse("t:a"), "Done otherwise.")))).run();
    assertEquals(List.of("Z"), order(alternative), "a requirement met by an alternative gains nothing more");
  }

  @Test
  void controlsAlreadyInPlaceAreNotProposedAndWhatNoControlAddressesIsListed() {
    Crosswalk cw = crosswalk("controls:A", "t:a");
    Plan plan = Queries.on(cw).plan().of("t").by("s")
        .alsoControls(ControlInventory.of(InventoryControl.of("controls:A", ControlStatus.IMPLEMENTED))).run();
    assertEquals(List.of(), order(plan));
    assertEquals(List.of(ElementRef.parse("t:r")), plan.unaddressed());
    assertEquals(1, plan.start().covered());
  }

  @Test
  void aPlanNeedsAFrameworkSourceAndOneCatalog() {
    Crosswalk cw = crosswalk("controls:A", "t:a");
    assertThrows(InvalidQueryException.class, () -> Queries.on(cw).plan().of("t")
        .byControls(ControlInventory.of()).run());
    Crosswalk noCatalog = Fixtures.frameworks("s", "t").addRequirement(Requirement.builder("t:1", "x").build()).build();
    assertThrows(InvalidQueryException.class, () -> Queries.on(noCatalog).plan().of("t").by("s").run());
  }
}
