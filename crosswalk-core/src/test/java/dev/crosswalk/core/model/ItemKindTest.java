package dev.crosswalk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.FormatVersion;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ItemKindTest {
  private static List<String> names(Function<ItemKind, String> name) {
    return Arrays.stream(ItemKind.values()).map(name).toList();
  }

  private static void assertUnique(List<?> values) {
    assertEquals(values.size(), Set.copyOf(values).size(), "not unique: " + values);
  }

  @Test
  void eachFamilyOfNamesIsUnique() {
    assertUnique(names(ItemKind::typeName));
    assertUnique(names(ItemKind::label));
    assertUnique(names(ItemKind::section));
    assertUnique(names(ItemKind::csvFileName));
    assertUnique(Arrays.stream(ItemKind.values()).map(ItemKind::itemClass).toList());
  }

  @Test
  void theTwoSingularSpellingsAreTheOnesOutputsPrint() {
    assertEquals(List.of("framework", "source", "requirement", "control", "mapping", "noCounterpart", "addition"),
        ItemKind.typeNames());
    assertEquals(List.of("framework", "source", "requirement", "control", "mapping", "no-counterpart", "addition"),
        names(ItemKind::label));
    assertEquals(List.of("frameworks", "sources", "requirements", "controls", "mappings", "noCounterparts",
        "additions"), ItemKind.sections());
    assertEquals(List.of("frameworks.csv", "sources.csv", "requirements.csv", "controls.csv", "mappings.csv",
        "no-counterparts.csv", "additions.csv"), ItemKind.csvFileNames());
  }

  @Test
  void theKindsAreExactlyTheItemTypes() {
    Set<Class<?>> permitted = new HashSet<>(List.of(CrosswalkItem.class.getPermittedSubclasses()));
    assertEquals(permitted, new HashSet<>(Arrays.stream(ItemKind.values()).map(ItemKind::itemClass).toList()));
  }

  @Test
  void namesLeadBackToTheirKind() {
    for (ItemKind kind : ItemKind.values()) {
      assertEquals(Optional.of(kind), ItemKind.ofTypeName(kind.typeName()));
      assertEquals(Optional.of(kind), ItemKind.ofSection(kind.section()));
      assertEquals(Optional.of(kind), ItemKind.ofCsvFileName(kind.csvFileName()));
      assertEquals(Optional.of(kind), ItemKind.ofCsvFileName("Team-" + kind.csvFileName().toUpperCase()));
      for (ItemKind other : ItemKind.values()) {
        // A table is told by the end of its file name: no name may end with another.
        assertEquals(kind == other, kind.csvFileName().endsWith(other.csvFileName()), kind + " / " + other);
      }
    }
    assertFalse(ItemKind.ofTypeName("no-counterpart").isPresent());
    assertFalse(ItemKind.ofSection("noCounterpart").isPresent());
    assertFalse(ItemKind.ofCsvFileName("notes.csv").isPresent());
  }

  @Test
  void sinceIsAFormatVersionThisLibraryReads() {
    for (ItemKind kind : ItemKind.values()) {
      assertTrue(FormatVersion.CURRENT.canRead(FormatVersion.parse(kind.since())), kind.toString());
    }
    assertEquals("1.1", ItemKind.ADDITION.since());
    assertEquals("1.0", ItemKind.MAPPING.since());
  }
}
