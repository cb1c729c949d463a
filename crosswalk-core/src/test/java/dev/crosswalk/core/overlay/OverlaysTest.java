package dev.crosswalk.core.overlay;

import static dev.crosswalk.core.overlay.OverlayFixtures.BASE_NAME;
import static dev.crosswalk.core.overlay.OverlayFixtures.CLASHING;
import static dev.crosswalk.core.overlay.OverlayFixtures.MINE_JSON;
import static dev.crosswalk.core.overlay.OverlayFixtures.base;
import static dev.crosswalk.core.overlay.OverlayFixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlaysTest {
  @Test
  void ownControlCatalogAndMappingsAreAddedToTheBase() {
    Crosswalk base = base();
    MergeResult result = Overlays.merge(base, BASE_NAME, json(MINE_JSON, "mine.json"));
    Crosswalk merged = result.crosswalk();

    assertEquals(FrameworkKind.CONTROL_CATALOG, merged.requireFramework("mine").kind());
    assertEquals("IAM", merged.requireElement("mine:AC-1").attribute("domain").orElseThrow());
    assertEquals(List.of("controls:LOG-01", "mine:LOG-9"), merged.mappingsTo(ElementRef.parse("hipaa:164.312(b)"))
        .stream().map(m -> m.source().toString()).toList());
    assertEquals(base.mappings().size() + 2, merged.mappings().size());
    assertTrue(merged.mappings().containsAll(base.mappings()));
    assertEquals(List.of("framework mine", "source our-review", "control mine:AC-1", "control mine:LOG-9",
        "mapping mine:LOG-9 -> hipaa:164.312(b)", "mapping mine:AC-1 -> soc2:CC6.1"),
        result.added().stream().map(i -> i.kind().label() + " " + i.id()).toList());
    assertEquals(new Origin("mine.json", 8, 5, "/controls/0"), result.added().get(2).origin().orElseThrow());
    assertTrue(result.replaced().isEmpty());
    assertTrue(result.unchanged().isEmpty());
  }

  @Test
  void everyConflictIsReportedAtOnceNamingBothSources() {
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> Overlays.merge(base(), BASE_NAME, json(CLASHING, "ours.json")));

    assertEquals(3, e.violations().size(), e.getMessage());
    for (Violation v : e.violations()) {
      assertTrue(v.message().contains("of " + BASE_NAME), v.toString());
      assertTrue(v.message().contains("ConflictPolicy.REPLACE"), v.toString());
      assertEquals("ours.json", v.origin().orElseThrow().source(), v.toString());
    }
    assertEquals("requirement hipaa:164.312(b)", e.violations().get(0).element());
    assertEquals(new Origin("ours.json", 4, 5, "/requirements/0"), e.violations().get(0).origin().orElseThrow());
    assertTrue(e.violations().get(1).message().startsWith("conflicts with control controls:LOG-01 of bundled tiny"),
        e.violations().get(1).message());
    assertEquals("mapping hipaa:164.312(b) -> soc2:CC7.2", e.violations().get(2).element());
    assertTrue(e.getMessage().contains("ours.json:11:5 at /mappings/0: mapping hipaa:164.312(b) -> soc2:CC7.2:"
        + " conflicts with mapping hipaa:164.312(b) -> soc2:CC7.2 of bundled tiny"), e.getMessage());
  }

  @Test
  void replaceListsEveryReplacementAndKeepsWhatPointsAtIt() {
    Crosswalk base = base();
    MergeResult result = Overlays.merge(base, BASE_NAME, json(CLASHING, "ours.json"), ConflictPolicy.REPLACE);
    Crosswalk merged = result.crosswalk();

    assertEquals("Audit controls (our reading)", merged.requireElement("hipaa:164.312(b)").title());
    assertEquals(Relationship.EQUAL, merged.mappingsFrom(ElementRef.parse("hipaa:164.312(b)")).get(0).relationship());
    assertEquals(base.mappings().size(), merged.mappings().size());
    assertTrue(result.added().isEmpty());
    assertEquals(List.of("requirement hipaa:164.312(b)", "control controls:LOG-01",
        "mapping hipaa:164.312(b) -> soc2:CC7.2"),
        result.replaced().stream().map(r -> r.replaced().kind().label() + " " + r.replaced().id()).toList());

    Replacement requirement = result.replaced().get(0);
    assertEquals(BASE_NAME, requirement.replaced().origin().orElseThrow().source());
    assertEquals("ours.json", requirement.replacement().origin().orElseThrow().source());
    // The base mapping from LOG-01 still points at the requirement, is kept, and is reported.
    assertEquals(List.of("mapping controls:LOG-01 -> hipaa:164.312(b)"),
        requirement.dependents().stream().map(i -> i.kind().label() + " " + i.id()).toList());
    Mapping kept = base.mappingsFrom(ElementRef.parse("controls:LOG-01")).get(0);
    assertTrue(merged.mappings().contains(kept));
    assertEquals(List.of("mapping controls:LOG-01 -> hipaa:164.312(b)"),
        result.replaced().get(1).dependents().stream().map(i -> i.kind().label() + " " + i.id()).toList());
    assertTrue(result.replaced().get(2).dependents().isEmpty());
  }

  @Test
  void replacingAFrameworkListsItsElementsAsDependents() {
    String json = """
        {"formatVersion": "1.0", "frameworks": [
          {"id": "soc2", "name": "SOC 2", "edition": "TSC 2017 (revised 2022)", "publisher": "AICPA",
           "kind": "ATTESTATION_CRITERIA"}]}
        """;
    MergeResult result = Overlays.merge(base(), BASE_NAME, json(json, "soc2.json"), ConflictPolicy.REPLACE);
    assertEquals("TSC 2017 (revised 2022)", result.crosswalk().requireFramework("soc2").edition());
    assertEquals(List.of("soc2:CC6.1", "soc2:CC7", "soc2:CC7.2", "hipaa:164.312(a)(2)(i) in soc2"),
        result.replaced().get(0).dependents().stream().map(Item::id).toList());
  }

  @Test
  void anItemEqualToItsBaseItemIsUnchangedNotAConflict() {
    Framework hipaa = base().requireFramework("hipaa");
    Overlay same = Overlay.from(Crosswalk.builder().addFramework(hipaa, new Origin("same.json", 3, 5, "/frameworks/0")));
    MergeResult result = Overlays.merge(base(), BASE_NAME, same);
    assertEquals(base(), result.crosswalk());
    assertEquals(List.of(new Item(ItemKind.FRAMEWORK, "hipaa", java.util.Optional.of(
        new Origin("same.json", 3, 5, "/frameworks/0")))), result.unchanged());
    assertTrue(result.added().isEmpty());
  }

  @Test
  void aMappingContradictingABaseNoCounterpartIsAConflict() {
    String json = """
        {"formatVersion": "1.0", "mappings": [
          {"source": "soc2:CC6.1", "target": "hipaa:164.312(a)(2)(i)", "relationship": "SUPERSET_OF",
           "rationale": "SEMANTIC", "strength": 7, "justification": "Logical access includes unique ids.",
           "sources": ["cfr"]}]}
        """;
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> Overlays.merge(base(), BASE_NAME, json(json, "ids.json")));
    assertEquals(1, e.violations().size(), e.getMessage());
    assertTrue(e.violations().get(0).message().startsWith(
        "contradicts no-counterpart hipaa:164.312(a)(2)(i) in soc2 of bundled tiny; remove one of the two"),
        e.getMessage());

    MergeResult result = Overlays.merge(base(), BASE_NAME, json(json, "ids.json"), ConflictPolicy.REPLACE);
    assertTrue(result.crosswalk().noCounterparts().isEmpty());
    assertEquals(1, result.added().size());
    Replacement r = result.replaced().get(0);
    assertEquals(ItemKind.NO_COUNTERPART, r.replaced().kind());
    assertEquals(ItemKind.MAPPING, r.replacement().kind());
  }

  @Test
  void aDanglingReferenceInTheOverlayNamesTheOverlayPosition() {
    String json = MINE_JSON.replace("\"target\": \"hipaa:164.312(b)\"", "\"target\": \"hipaa:164.399(z)\"");
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> Overlays.merge(base(), BASE_NAME, json(json, "mine.json")));
    assertEquals(1, e.violations().size(), e.getMessage());
    Violation v = e.violations().get(0);
    assertEquals(new Origin("mine.json", 13, 5, "/mappings/0"), v.origin().orElseThrow());
    assertEquals("mapping mine:LOG-9 -> hipaa:164.399(z)", v.element());
    assertEquals("target hipaa:164.399(z) does not exist", v.message());
  }

  @Test
  void anItemGivenTwiceInTheOverlayIsAnError() {
    Overlay twice = json(MINE_JSON, "a.json").plus(json(MINE_JSON.replace("Access reviews", "Reviews"), "b.json"));
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> Overlays.merge(base(), BASE_NAME, twice, ConflictPolicy.REPLACE));
    assertEquals(6, e.violations().size(), e.getMessage());
    Violation control = e.violations().get(2);
    assertEquals("control mine:AC-1", control.element());
    assertEquals("b.json", control.origin().orElseThrow().source());
    assertTrue(control.message().contains("first at a.json:8:5 at /controls/0"), control.message());
  }

  @Test
  void aCsvOverlayIsMergedAndItsFaultsNameFileAndRecord(@TempDir Path dir) throws IOException {
    write(dir.resolve("frameworks.csv"), "id,name,edition,publisher,kind,sourceUrl,license\n"
        + "mine,Our controls,2026,Us,CONTROL_CATALOG,,\n");
    write(dir.resolve("controls.csv"), "framework,ref,title,description,attr_domain\n"
        + "mine,AC-1,Access reviews,\"Quarterly, by owners.\",IAM\n"
        + "mine,LOG-9,Log retention,Logs are kept a year.,\n");
    write(dir.resolve("mappings.csv"), "source,target,relationship,strength,rationale,justification,sources\n"
        + "mine:LOG-9,hipaa:164.312(b),SUBSET_OF,6,FUNCTIONAL,Retention supports audit.,cfr\n");
    Overlay overlay = OverlayReader.create().read(dir);
    assertEquals(List.of("controls.csv", "frameworks.csv", "mappings.csv"),
        overlay.files().stream().map(f -> Path.of(f).getFileName().toString()).toList());
    Crosswalk merged = Overlays.merge(base(), BASE_NAME, overlay).crosswalk();
    assertEquals("Quarterly, by owners.", merged.controls().get(ElementRef.parse("mine:AC-1")).description());
    assertTrue(merged.controls().get(ElementRef.parse("mine:LOG-9")).attributes().isEmpty());
    assertEquals(1, merged.mappingsFrom(ElementRef.parse("mine:LOG-9")).size());

    write(dir.resolve("mappings.csv"), "source,target,relationship,strength,rationale,justification,sources\n"
        + "mine:LOG-9,hipaa:164.312(b),SUBSET_OF,6,FUNCTIONAL,Retention supports audit.,cfr\n"
        + "mine:AC-1,soc2:CC9.9,SUBSET_OF,6,FUNCTIONAL,Reviews.,cfr\n");
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> Overlays.merge(base(), BASE_NAME, OverlayReader.create().read(dir)));
    Origin at = e.violations().get(0).origin().orElseThrow();
    assertEquals(dir.resolve("mappings.csv").toString(), at.source());
    assertEquals(3, at.line());
    assertEquals("record 3", at.pointer());
  }


  @Test
  void mergingAnEmptyOverlayGivesTheBase() {
    MergeResult result = Overlays.merge(base(), BASE_NAME, Overlay.empty());
    assertEquals(base(), result.crosswalk());
    assertTrue(result.added().isEmpty() && result.replaced().isEmpty() && result.unchanged().isEmpty());
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
