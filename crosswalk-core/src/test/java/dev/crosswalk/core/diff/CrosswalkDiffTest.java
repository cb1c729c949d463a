package dev.crosswalk.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrosswalkDiffTest {
  private static final Crosswalk OLDER = Fixtures.tiny().build();
  private static final ElementRef AUDIT = ElementRef.parse("hipaa:164.312(b)");
  private static final ElementRef MONITORING = ElementRef.parse("soc2:CC7.2");
  private static final ElementRef LOGS = ElementRef.parse("controls:LOG-01");

  /** The tiny crosswalk after a typical data release: one of each kind of change. */
  private static Crosswalk newer() {
    EditableCrosswalk e = new EditableCrosswalk(OLDER);
    Framework soc2 = e.frameworks.get("soc2");
    e.frameworks.put("soc2", new Framework("soc2", soc2.name(), "TSC 2017 (2022 points of focus)", soc2.publisher(),
        soc2.kind(), Optional.of("https://www.aicpa-cima.com"), soc2.license(), com.google.common.collect.ImmutableSortedMap.of(), soc2.extensions()));
    e.requirements.put(AUDIT, e.requirements.get(AUDIT).toBuilder().attribute("designation", "addressable")
        .attribute("rule", "security").build());
    e.requirements.put(ElementRef.parse("soc2:CC7.3"),
        Requirement.builder("soc2:CC7.3", "Incident evaluation").kind("criterion").parent("CC7").build());
    Mapping m = e.mappings.remove(List.of(AUDIT, MONITORING, ImmutableList.of()));
    e.mappings.put(List.of(AUDIT, MONITORING, ImmutableList.of()), Mapping.curated(AUDIT, MONITORING,
        Relationship.INTERSECTS_WITH, m.rationale(), 6, "Monitoring covers part of audit controls;\nHIPAA asks for more.",
        m.sources()));
    e.controls.remove(LOGS);
    e.mappings.remove(List.of(LOGS, AUDIT, ImmutableList.of()));
    e.noCounterparts.replaceAll((k, n) -> NoCounterpart.of(n.element(), n.framework(), "Not in the TSC.", n.sources()));
    return e.build();
  }

  @Test
  void listsEveryKindOfChangeInOrderAsText() {
    CrosswalkDiff diff = CrosswalkDiff.between(OLDER, newer()).labelled("tiny 1.0.0", "tiny 1.1.0");
    assertEquals("""
        crosswalk diff: tiny 1.0.0 -> tiny 1.1.0
        1 added, 2 removed, 4 changed (framework: 0 added, 0 removed, 1 changed; \
        requirement: 1 added, 0 removed, 1 changed; control: 0 added, 1 removed, 0 changed; \
        mapping: 0 added, 1 removed, 1 changed; noCounterpart: 0 added, 0 removed, 1 changed)
        ~ framework soc2: SOC 2 (TSC 2017 (2022 points of focus))
            edition: "TSC 2017" -> "TSC 2017 (2022 points of focus)"
            sourceUrl: (none) -> https://www.aicpa-cima.com
        ~ requirement hipaa:164.312(b): Audit controls
            attributes.designation: required -> addressable
            attributes.rule: (none) -> security
        + requirement soc2:CC7.3: Incident evaluation
        - control controls:LOG-01: Central logs
        - mapping controls:LOG-01 -> hipaa:164.312(b): SUBSET_OF, strength 7
        ~ mapping hipaa:164.312(b) -> soc2:CC7.2: INTERSECTS_WITH, strength 6
            relationship: SUBSET_OF -> INTERSECTS_WITH
            strength: 8 -> 6
            justification: "Monitoring covers audit controls." -> "Monitoring covers part of audit controls;\\nHIPAA asks for more."
        ~ noCounterpart hipaa:164.312(a)(2)(i) in soc2: Not in the TSC.
            reason: "Not in TSC." -> "Not in the TSC."
        """, diff.toText());
  }

  @Test
  void givesCountsRecordsAndLookups() {
    CrosswalkDiff diff = CrosswalkDiff.between(OLDER, newer());
    assertFalse(diff.isEmpty());
    assertEquals(new ChangeCounts(1, 2, 4), diff.totals());
    assertEquals(new ChangeCounts(0, 1, 1), diff.counts(ItemKind.MAPPING));
    assertEquals(ChangeCounts.NONE, diff.counts(ItemKind.SOURCE));
    assertEquals(List.of(ItemKind.values()), List.copyOf(diff.counts().keySet()));
    Change mapping = diff.change(ItemKind.MAPPING, "hipaa:164.312(b) -> soc2:CC7.2").orElseThrow();
    assertEquals(ChangeType.CHANGED, mapping.type());
    assertEquals(List.of(new FieldChange("relationship", Optional.of("SUBSET_OF"), Optional.of("INTERSECTS_WITH")),
        new FieldChange("strength", Optional.of("8"), Optional.of("6")),
        new FieldChange("justification", Optional.of("Monitoring covers audit controls."),
            Optional.of("Monitoring covers part of audit controls;\nHIPAA asks for more."))), mapping.fields());
    assertEquals(List.of(
        new ChangeRecord("framework", "changed", "soc2", "edition", "TSC 2017", "TSC 2017 (2022 points of focus)"),
        new ChangeRecord("framework", "changed", "soc2", "sourceUrl", "", "https://www.aicpa-cima.com"),
        new ChangeRecord("requirement", "changed", "hipaa:164.312(b)", "attributes.designation", "required", "addressable"),
        new ChangeRecord("requirement", "changed", "hipaa:164.312(b)", "attributes.rule", "", "security"),
        new ChangeRecord("requirement", "added", "soc2:CC7.3", "", "", "Incident evaluation"),
        new ChangeRecord("control", "removed", "controls:LOG-01", "", "Central logs", ""),
        new ChangeRecord("mapping", "removed", "controls:LOG-01 -> hipaa:164.312(b)", "", "SUBSET_OF, strength 7", ""),
        new ChangeRecord("mapping", "changed", "hipaa:164.312(b) -> soc2:CC7.2", "relationship", "SUBSET_OF", "INTERSECTS_WITH"),
        new ChangeRecord("mapping", "changed", "hipaa:164.312(b) -> soc2:CC7.2", "strength", "8", "6"),
        new ChangeRecord("mapping", "changed", "hipaa:164.312(b) -> soc2:CC7.2", "justification",
            "Monitoring covers audit controls.", "Monitoring covers part of audit controls;\nHIPAA asks for more."),
        new ChangeRecord("noCounterpart", "changed", "hipaa:164.312(a)(2)(i) in soc2", "reason", "Not in TSC.",
            "Not in the TSC.")), diff.records());
    assertEquals(ChangeRecord.COLUMNS.size(), diff.records().get(0).values().size());
  }

  @Test
  void theReverseDiffSwapsAddedWithRemovedAndOldWithNew() {
    CrosswalkDiff forward = CrosswalkDiff.between(OLDER, newer());
    CrosswalkDiff back = CrosswalkDiff.between(newer(), OLDER);
    assertEquals(new ChangeCounts(2, 1, 4), back.totals());
    assertEquals(Optional.of(new FieldChange("strength", Optional.of("6"), Optional.of("8"))),
        back.change(ItemKind.MAPPING, "hipaa:164.312(b) -> soc2:CC7.2").orElseThrow().fields().stream()
            .filter(f -> f.field().equals("strength")).findFirst());
    assertNotEquals(forward, back);
  }

  @Test
  void aCrosswalkDiffedWithAnEqualCopyIsEmpty() {
    CrosswalkDiff diff = CrosswalkDiff.between(OLDER, Fixtures.tiny().build());
    assertTrue(diff.isEmpty());
    assertEquals("crosswalk diff: older -> newer\nno changes\n", diff.toText());
    assertEquals(List.of(), diff.records());
    assertEquals(ChangeCounts.NONE, diff.totals());
  }

  @Test
  void aRenamedRequirementIsRemovedAndAddedAndTheRemovalNamesTheNewReference() {
    EditableCrosswalk e = new EditableCrosswalk(OLDER);
    ElementRef old = ElementRef.parse("soc2:CC6.1");
    e.requirements.remove(old);
    e.requirements.put(ElementRef.parse("soc2:CC6.1a"),
        Requirement.builder("soc2:CC6.1a", "Logical access").kind("criterion").alias("CC6.1").build());
    CrosswalkDiff diff = CrosswalkDiff.between(OLDER, e.build());
    assertEquals(List.of(
        new Change(ItemKind.REQUIREMENT, ChangeType.REMOVED, "soc2:CC6.1", "Logical access (now an alias of soc2:CC6.1a)",
            ImmutableList.of()),
        new Change(ItemKind.REQUIREMENT, ChangeType.ADDED, "soc2:CC6.1a", "Logical access", ImmutableList.of())),
        diff.changes());
  }

  @Test
  void derivedMappingsAreToldApartByTheirPivots() {
    EditableCrosswalk e = new EditableCrosswalk(OLDER);
    Mapping derived = new Mapping(LOGS, MONITORING, Relationship.INTERSECTS_WITH, Rationale.FUNCTIONAL, 5, "Derived.", dev.crosswalk.core.model.Citation.ofSources(ImmutableSortedSet.of("cfr")), ImmutableList.of(AUDIT));
    e.mappings.put(EditableCrosswalk.key(derived), derived);
    CrosswalkDiff diff = CrosswalkDiff.between(OLDER, e.build());
    assertEquals(List.of("controls:LOG-01 -> soc2:CC7.2 via [hipaa:164.312(b)]"),
        diff.changes().stream().map(Change::id).toList());
  }

  @Test
  void escapesTextSoEveryChangeStaysOnItsLines() {
    EditableCrosswalk e = new EditableCrosswalk(OLDER);
    Framework hipaa = e.frameworks.get("hipaa");
    e.frameworks.put("hipaa", new Framework("hipaa", "HIPAA \"Security\"\r\n\u2028\u0001\\", hipaa.edition(),
        hipaa.publisher(), hipaa.kind(), hipaa.sourceUrl(), hipaa.license(), com.google.common.collect.ImmutableSortedMap.of(), new Extensions("{\"a\":1}")));
    String text = CrosswalkDiff.between(OLDER, e.build()).toText();
    assertEquals("""
        crosswalk diff: older -> newer
        0 added, 0 removed, 1 changed (framework: 0 added, 0 removed, 1 changed)
        ~ framework hipaa: HIPAA \\"Security\\"\\r\\n\\u2028\\u0001\\\\ (45 CFR 164)
            name: HIPAA -> "HIPAA \\"Security\\"\\r\\n\\u2028\\u0001\\\\"
            extensions: (none) -> "{\\"a\\":1}"
        """, text);
  }

  @Test
  void providersGiveLabelsAndDataVersionsAndAWarningWhenTheVersionDidNotMove() {
    CrosswalkDiff diff = CrosswalkDiff.between(provider("1.0.0", OLDER), provider("1.0.0", newer()));
    assertEquals("tiny 1.0.0", diff.olderLabel());
    assertEquals(Optional.of("1.0.0"), diff.newerDataVersion());
    assertEquals(Optional.of("the data differs but both sides have data version 1.0.0; a data release must change"
        + " the data version"), diff.versionWarning());
    assertTrue(diff.toText().contains("\nwarning: the data differs but both sides have data version 1.0.0"), diff.toText());
    CrosswalkDiff swapped = CrosswalkDiff.between(provider("1.2.0", newer()), provider("1.10.0", OLDER));
    assertEquals(Optional.empty(), swapped.versionWarning());
    assertEquals(Optional.of("the newer side's data version 1.1.9 is lower than the older side's 1.2.0; were the sides"
        + " swapped?"), CrosswalkDiff.between(provider("1.2.0", OLDER), provider("1.1.9", newer())).versionWarning());
    assertEquals(Optional.empty(), CrosswalkDiff.between(provider("1.0.0", OLDER), provider("1.0.0", OLDER)).versionWarning());
    assertEquals(Optional.empty(), CrosswalkDiff.between(OLDER, newer()).versionWarning());
  }

  private static CrosswalkDataProvider provider(String version, Crosswalk data) {
    return new CrosswalkDataProvider() {
      @Override
      public String id() {
        return "tiny";
      }

      @Override
      public String dataVersion() {
        return version;
      }

      @Override
      public Crosswalk load() {
        return data;
      }
    };
  }
}
