package dev.crosswalk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.diff.Change;
import dev.crosswalk.core.diff.ChangeCounts;
import dev.crosswalk.core.diff.ChangeType;
import dev.crosswalk.core.diff.CrosswalkDiff;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.export.JsonLinesExporter;
import dev.crosswalk.core.export.JsonLinesReader;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.overlay.ConflictPolicy;
import dev.crosswalk.core.overlay.Item;
import dev.crosswalk.core.overlay.MergeResult;
import dev.crosswalk.core.overlay.Overlay;
import dev.crosswalk.core.overlay.OverlayReader;
import dev.crosswalk.core.overlay.Overlays;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every {@link ItemKind} goes through every format, the diff and the overlay merge: for each
 * kind, a crosswalk that holds one more item of that kind than a base crosswalk writes it and reads
 * it back, and the diff and the merge see exactly that item. A new kind fails here until it has
 * an example below and every dispatch handles it.
 */
class ItemKindCoverageTest {
  private static final Crosswalk BASE = Fixtures.tiny().build();
  private static final SortedSet<Citation> CFR = Citation.ofSources(List.of("cfr"));

  /** Per kind, an item the base does not have, valid on top of it. */
  private static final Map<ItemKind, CrosswalkItem> EXTRA = new EnumMap<>(Map.of(
      ItemKind.FRAMEWORK, Framework.of("extra", "Extra", "1", "Us", FrameworkKind.STANDARD),
      ItemKind.SOURCE, Source.of("extra-source", "An extra source"),
      ItemKind.REQUIREMENT, Requirement.builder("soc2:CC8.1", "Change management").kind("criterion").build(),
      ItemKind.CONTROL, Control.of("controls:IAM-01", "Access reviews", "Quarterly.", Map.of("domain", "IAM")),
      ItemKind.MAPPING, Mapping.curated("controls:LOG-01", "soc2:CC7.2", Relationship.SUBSET_OF,
          Rationale.FUNCTIONAL, 6, "Central logs feed monitoring.", List.of("cfr")),
      ItemKind.NO_COUNTERPART, new NoCounterpart(ElementRef.parse("soc2:CC6.1"), "hipaa", "No HIPAA rule.", CFR),
      ItemKind.ADDITION, new Addition(ElementRef.parse("hipaa:164.312(b)"), "soc2", "Review logs weekly.", CFR)));

  /** Per kind, the extra item with the same identity and another value in one field. */
  private static final Map<ItemKind, CrosswalkItem> CHANGED = new EnumMap<>(Map.of(
      ItemKind.FRAMEWORK, Framework.of("extra", "Extra", "2", "Us", FrameworkKind.STANDARD),
      ItemKind.SOURCE, Source.of("extra-source", "An extra source, revised"),
      ItemKind.REQUIREMENT, Requirement.builder("soc2:CC8.1", "Change control").kind("criterion").build(),
      ItemKind.CONTROL, Control.of("controls:IAM-01", "Access reviews", "Monthly.", Map.of("domain", "IAM")),
      ItemKind.MAPPING, Mapping.curated("controls:LOG-01", "soc2:CC7.2", Relationship.SUBSET_OF,
          Rationale.FUNCTIONAL, 7, "Central logs feed monitoring.", List.of("cfr")),
      ItemKind.NO_COUNTERPART, new NoCounterpart(ElementRef.parse("soc2:CC6.1"), "hipaa", "None in HIPAA.", CFR),
      ItemKind.ADDITION, new Addition(ElementRef.parse("hipaa:164.312(b)"), "soc2", "Review logs daily.", CFR)));

  private static CrosswalkItem extra(ItemKind kind) {
    CrosswalkItem item = EXTRA.get(kind);
    assertNotNull(item, "give ItemKindCoverageTest an example " + kind.label());
    assertEquals(kind, item.itemKind());
    assertTrue(kind.itemClass().isInstance(item));
    return item;
  }

  private static Crosswalk with(CrosswalkItem item) {
    return BASE.toBuilder().add(item).build();
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void theBuilderAndTheCrosswalkHoldEachKind(ItemKind kind) {
    CrosswalkItem item = extra(kind);
    CrosswalkBuilder b = BASE.toBuilder().add(item, new Origin("x.json", 1, 1, ""));
    List<CrosswalkBuilder.Entry<? extends CrosswalkItem>> entries = b.entries(kind);
    assertEquals(item, entries.get(entries.size() - 1).value());
    assertEquals(Optional.of(new Origin("x.json", 1, 1, "")), entries.get(entries.size() - 1).origin());
    assertEquals(BASE.items(kind).size() + 1, entries.size());
    Crosswalk c = b.build();
    assertTrue(c.items(kind).contains(item));
    for (ItemKind other : ItemKind.values()) {
      assertEquals(BASE.items(other).size() + (other == kind ? 1 : 0), c.items(other).size(), other.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void eachKindRoundTripsThroughTheCanonicalFormat(ItemKind kind) {
    Crosswalk c = with(extra(kind));
    byte[] json = CrosswalkWriter.create().toBytes(c);
    assertTrue(new String(json, StandardCharsets.UTF_8).contains("\"" + kind.section() + "\": ["));
    assertEquals(c, CrosswalkReader.create().read(new ByteArrayInputStream(json), "x.json"));
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void eachKindRoundTripsThroughJsonLines(ItemKind kind) {
    Crosswalk c = with(extra(kind));
    byte[] lines = JsonLinesExporter.create().toBytes(c);
    assertTrue(new String(lines, StandardCharsets.UTF_8).contains("{\"type\":\"" + kind.typeName() + "\""));
    assertEquals(c, JsonLinesReader.create().read(new ByteArrayInputStream(lines), "x.jsonl"));
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void eachKindRoundTripsThroughTheCsvTables(ItemKind kind, @TempDir Path dir) {
    Crosswalk c = with(extra(kind));
    List<Path> files = CsvExporter.create().write(c, dir);
    assertEquals(ItemKind.csvFileNames(), files.stream().map(p -> p.getFileName().toString()).toList());
    Overlay read = OverlayReader.create().read(dir);
    assertEquals(c.items(kind).size(), read.entries(kind).size());
    assertEquals(c, read.addTo(Crosswalk.builder()).build());
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void theDiffSeesEachKindAddedRemovedAndChanged(ItemKind kind) {
    CrosswalkItem item = extra(kind);
    Crosswalk c = with(item);
    CrosswalkDiff added = CrosswalkDiff.between(BASE, c);
    assertEquals(List.of(new Change(kind, ChangeType.ADDED, item.identity(), added.changes().get(0).summary(),
        com.google.common.collect.ImmutableList.of())), added.changes());
    assertEquals(new ChangeCounts(1, 0, 0), added.counts(kind));
    assertTrue(added.toText().contains("+ " + kind.typeName() + " "), added.toText());
    CrosswalkDiff removed = CrosswalkDiff.between(c, BASE);
    assertEquals(ChangeType.REMOVED, removed.change(kind, item.identity()).orElseThrow().type());
    assertEquals(1, removed.changes().size());

    CrosswalkItem changed = CHANGED.get(kind);
    assertEquals(item.identity(), changed.identity());
    assertNotEquals(item, changed);
    CrosswalkDiff diff = CrosswalkDiff.between(c, with(changed));
    Change change = diff.change(kind, item.identity()).orElseThrow();
    assertEquals(ChangeType.CHANGED, change.type());
    assertEquals(1, change.fields().size(), change.toString());
    assertEquals(1, diff.changes().size());
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void anOverlayMergesEachKind(ItemKind kind) {
    CrosswalkItem item = extra(kind);
    Origin at = new Origin("mine.json", 2, 3, "/" + kind.section() + "/0");
    Overlay overlay = Overlay.from(Crosswalk.builder().add(item, at));
    assertEquals(1, overlay.size());
    MergeResult added = Overlays.merge(BASE, "base", overlay);
    assertEquals(with(item), added.crosswalk());
    assertEquals(List.of(new Item(kind, item.identity(), Optional.of(at))), added.added());

    MergeResult unchanged = Overlays.merge(with(item), "base", overlay);
    assertEquals(List.of(new Item(kind, item.identity(), Optional.of(at))), unchanged.unchanged());

    Overlay other = Overlay.from(Crosswalk.builder().add(CHANGED.get(kind), at));
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> Overlays.merge(with(item), "base", other));
    assertTrue(e.getMessage().contains(kind.label() + " " + item.identity() + ": conflicts with " + kind.label()),
        e.getMessage());
    MergeResult replaced = Overlays.merge(with(item), "base", other, ConflictPolicy.REPLACE);
    assertEquals(with(CHANGED.get(kind)), replaced.crosswalk());
    assertEquals(kind, replaced.replaced().get(0).replaced().kind());
  }

  @Test
  void aCrosswalkWithAnExtraItemOfEveryKindRoundTrips(@TempDir Path dir) {
    CrosswalkBuilder b = BASE.toBuilder();
    for (ItemKind kind : ItemKind.values()) {
      b.add(extra(kind));
    }
    Crosswalk all = b.build();
    assertEquals(all, CrosswalkReader.create().read(
        new ByteArrayInputStream(CrosswalkWriter.create().toBytes(all)), "all.json"));
    assertEquals(all, JsonLinesReader.create().read(
        new ByteArrayInputStream(JsonLinesExporter.create().toBytes(all)), "all.jsonl"));
    CsvExporter.create().write(all, dir);
    assertEquals(all, OverlayReader.create().read(dir).addTo(Crosswalk.builder()).build());
    assertEquals(ItemKind.values().length, CrosswalkDiff.between(BASE, all).changes().size());
    assertEquals(ItemKind.values().length, Overlays.merge(BASE, "base", Overlay.of(all)).added().size());
  }
}
