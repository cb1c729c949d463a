package dev.crosswalk.core.query;

import static dev.crosswalk.core.query.Fixtures.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.ElementRef;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GapQueryTest {
  private final Queries q = Queries.on(Fixtures.hipaaSoc2());

  private static Map<String, GapReason> reasons(GapReport r) {
    return r.gaps().stream().collect(Collectors.toMap(g -> g.id().toString(), Gap::reason));
  }

  @Test
  void everyReason() {
    GapReport r = q.gaps().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
    assertEquals(Map.of(
        "hipaa:S.1", GapReason.ONLY_PARTIAL,
        "hipaa:S.2", GapReason.ONLY_PARTIAL,
        "hipaa:S.3", GapReason.OUT_OF_SCOPE_ONLY,
        "hipaa:S.4", GapReason.NO_MAPPING,
        "hipaa:S.5", GapReason.RECORDED_NO_COUNTERPART,
        "hipaa:S.7", GapReason.NO_MAPPING,
        "hipaa:S.7.a", GapReason.NO_MAPPING,
        "hipaa:S.8", GapReason.ONLY_PARTIAL), reasons(r));
    assertEquals(List.of("A HIPAA-only organisational duty."), r.gap(ref("hipaa:S.5")).orElseThrow().recordedReasons());
    assertEquals(List.of("hipaa:S.1", "hipaa:S.2", "hipaa:S.3", "hipaa:S.4", "hipaa:S.5", "hipaa:S.7", "hipaa:S.7.a", "hipaa:S.8"),
        r.gaps().stream().map(g -> g.id().toString()).toList());
  }

  @Test
  void groupedByAttributeAndReason() {
    GapReport r = q.gaps().of("hipaa").by("soc2").restrict("soc2", "category", "security").run();
    assertEquals(List.of("administrative"), List.copyOf(r.grouped("safeguard").keySet()));
    assertEquals(8, r.grouped("safeguard").get("administrative").size());
    assertEquals(3, r.byReason().get(GapReason.ONLY_PARTIAL).size());
    assertEquals(List.of(ElementRef.parse("hipaa:S.3")),
        r.byReason().get(GapReason.OUT_OF_SCOPE_ONLY).stream().map(Gap::id).toList());
    assertEquals(2, r.grouped("designation").get("required").stream()
        .filter(g -> g.reason() == GapReason.NO_MAPPING).count()); // S.4, S.7.a
  }

  @Test
  void bothDirections() {
    Remainders both = q.gaps().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").bothWays();
    assertEquals("hipaa", both.firstOnly().targetFramework());
    assertEquals(8, both.firstOnly().gaps().size());
    assertEquals("soc2", both.secondOnly().targetFramework());
    assertEquals(Map.of("soc2:CC1", GapReason.ONLY_PARTIAL), reasons(both.secondOnly()));
    // without the SOC 2 scope, Availability's A1 is an unmapped SOC 2-only remainder
    Remainders all = q.gaps().of("hipaa").by("soc2").bothWays();
    assertEquals(GapReason.NO_MAPPING, all.secondOnly().gap(ref("soc2:A1")).orElseThrow().reason());
    assertTrue(all.toString().contains("soc2:A1"));
  }

  @Test
  void bothDirectionsNeedAFrameworkSource() {
    assertThrows(dev.crosswalk.core.InvalidQueryException.class, () -> q.gaps().of("hipaa")
        .byControls(ControlInventory.of(InventoryControl.of("controls:C1", ControlStatus.IMPLEMENTED))).bothWays());
  }

  @Test
  void reasonOfACoveredRequirementIsRefused() {
    RequirementCoverage covered = q.coverage().of("hipaa").by("soc2").run().coverage(ref("hipaa:S.6")).orElseThrow();
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> GapReason.of(covered));
  }
}
