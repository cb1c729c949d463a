package dev.crosswalk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Lists;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.UnknownElementException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrosswalkBuilderTest {

  private static ElementRef ref(String text) {
    return ElementRef.parse(text);
  }

  @Test
  void indexesLookupsHierarchyAndMappings() {
    Crosswalk cw = Fixtures.tiny().build();
    assertEquals(7, cw.requirements().size());
    assertEquals("Audit controls", cw.requireElement("hipaa:164.312(b)").title());
    assertEquals(List.of("hipaa:164.312(a)(1)", "hipaa:164.312(b)"),
        cw.children(ref("hipaa:164.312")).stream().map(r -> r.id().toString()).toList());
    assertEquals(List.of("hipaa:164.312(a)(1)", "hipaa:164.312"),
        cw.ancestors(ref("hipaa:164.312(a)(2)(i)")).stream().map(r -> r.id().toString()).toList());
    assertEquals(3, cw.descendants(ref("hipaa:164.312")).size());
    assertEquals(1, cw.mappingsFrom(ref("hipaa:164.312(b)")).size());
    assertEquals(1, cw.mappingsTo(ref("hipaa:164.312(b)")).size());
    assertEquals(1, cw.mappingsBetween("hipaa", "soc2").size());
    assertEquals(0, cw.mappingsBetween("soc2", "hipaa").size());
    Mapping fromSoc2 = cw.mappingsOf(ref("soc2:CC7.2"), "hipaa").get(0);
    assertEquals(Relationship.SUPERSET_OF, fromSoc2.relationship());
    assertEquals(ref("soc2:CC7.2"), fromSoc2.source());
  }

  @Test
  void resolvesAliasesToTheCanonicalElement() {
    Crosswalk cw = Fixtures.tiny().build();
    ElementRef alias = ref("hipaa:164.312(a)(2)(i)-old");
    assertEquals(ref("hipaa:164.312(a)(2)(i)"), cw.canonical(alias));
    assertEquals("Unique user identification", cw.element(alias).orElseThrow().title());
    assertEquals(1, cw.noCounterparts(alias).size());
  }

  @Test
  void unknownLookupsSayWhatIsMissing() {
    Crosswalk cw = Fixtures.tiny().build();
    UnknownElementException e = assertThrows(UnknownElementException.class, () -> cw.requireElement("nist:AC-2"));
    assertTrue(e.getMessage().contains("no framework 'nist'"), e.getMessage());
    assertThrows(UnknownElementException.class, () -> cw.requireFramework("iso"));
    assertTrue(cw.element(ref("soc2:CC9.9")).isEmpty());
  }

  @Test
  void reportsMappingViolationsInTheOrderAddedAndIndexesUnsortedInputByTarget() {
    // Mappings are checked in sorted order first; a problem makes the builder check again in the
    // order added, so messages follow the input, not the sort.
    CrosswalkBuilder bad = Fixtures.tiny()
        .addMapping(Mapping.curated("soc2:CC7.2", "hipaa:164.999", Relationship.SUBSET_OF, Rationale.SEMANTIC, 5, "j", List.of("cfr")))
        .addMapping(Mapping.curated("hipaa:164.312", "soc2:CC0.1", Relationship.SUBSET_OF, Rationale.SEMANTIC, 5, "j", List.of("cfr")))
        .addMapping(Mapping.curated("hipaa:164.312(b)", "soc2:CC6.1", Relationship.SUBSET_OF, Rationale.SEMANTIC, 5, "j", List.of("nope")));
    List<String> messages = assertThrows(CrosswalkValidationException.class, bad::build).violations().stream()
        .map(Object::toString).toList();
    assertEquals(3, messages.size(), messages.toString());
    assertTrue(messages.get(0).contains("hipaa:164.999 does not exist"), messages.toString());
    assertTrue(messages.get(1).contains("soc2:CC0.1 does not exist"), messages.toString());
    assertTrue(messages.get(2).contains("cites source 'nope'"), messages.toString());

    // Added out of order, and one target's mappings spread: the index by target still holds each.
    Crosswalk cw = Fixtures.tiny()
        .addMapping(Mapping.curated("soc2:CC6.1", "hipaa:164.312(b)", Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 5, "j", List.of("cfr")))
        .addMapping(Mapping.curated("hipaa:164.312(a)(1)", "soc2:CC6.1", Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 5, "j", List.of("cfr")))
        .build();
    assertEquals(List.of("controls:LOG-01", "soc2:CC6.1"),
        cw.mappingsTo(ref("hipaa:164.312(b)")).stream().map(m -> m.source().toString()).toList());
    assertEquals(List.of("hipaa:164.312(a)(1)"),
        cw.mappingsTo(ref("soc2:CC6.1")).stream().map(m -> m.source().toString()).toList());
    for (Mapping m : cw.mappings()) {
      for (ElementRef member : m.target().members()) {
        assertTrue(cw.mappingsTo(member).contains(m), m.toString());
      }
    }
  }

  @Test
  void reportsEveryViolationAtOnceWithTheElementAtFault() {
    CrosswalkBuilder b = Fixtures.tiny()
        // duplicate requirement
        .addRequirement(Requirement.builder("hipaa:164.312(b)", "Again").build(), new Origin("x.json", 3, 5, "/requirements/0"))
        // dangling parent and unknown framework
        .addRequirement(Requirement.builder("hipaa:164.316(a)", "Policies").parent("164.316").build())
        .addRequirement(Requirement.builder("iso:A.5", "Policies").build())
        // dangling mapping end, self mapping, unknown source, alias used as mapping end
        .addMapping(Mapping.curated("hipaa:164.312(b)", "soc2:CC9.9", Relationship.EQUAL, Rationale.SEMANTIC, 5, "x", List.of("cfr")))
        .addMapping(Mapping.curated("soc2:CC6.1", "soc2:CC6.1", Relationship.EQUAL, Rationale.SEMANTIC, 5, "x", List.of("cfr")))
        .addMapping(Mapping.curated("soc2:CC6.1", "hipaa:164.312(a)(1)", Relationship.EQUAL, Rationale.SEMANTIC, 5, "x", List.of("nope")))
        .addMapping(Mapping.curated("hipaa:164.312(a)(2)(i)-old", "soc2:CC6.1", Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 5, "x", List.of("cfr")))
        // control outside a control catalog
        .addControl(Control.of("soc2:X-1", "x", "y", Map.of()));
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class, b::build);
    List<String> messages = e.violations().stream().map(Violation::toString).toList();
    assertEquals(8, messages.size(), String.join("\n", messages));
    assertTrue(messages.get(0).startsWith("x.json:3:5 at /requirements/0: hipaa:164.312(b): duplicate requirement id"), messages.get(0));
    assertContains(messages, "parent hipaa:164.316 does not exist");
    assertContains(messages, "framework 'iso' does not exist");
    assertContains(messages, "target soc2:CC9.9 does not exist");
    assertContains(messages, "maps an element to itself");
    assertContains(messages, "cites source 'nope'");
    assertContains(messages, "is an alias; use the canonical reference hipaa:164.312(a)(2)(i)");
    assertContains(messages, "controls belong to a CONTROL_CATALOG framework");
  }

  @Test
  void rejectsDuplicateMappingsAndContradictedNoCounterparts() {
    CrosswalkBuilder b = Fixtures.tiny()
        .addMapping(Mapping.curated("hipaa:164.312(b)", "soc2:CC7.2", Relationship.EQUAL, Rationale.SEMANTIC, 5, "x", List.of("cfr")))
        .addNoCounterpart(NoCounterpart.of(ref("hipaa:164.312(b)"), "soc2", "none", ImmutableSortedSet.of("cfr")));
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class, b::build);
    List<String> messages = e.violations().stream().map(Violation::toString).toList();
    assertContains(messages, "a (source, target) pair appears at most once");
    assertContains(messages, "contradicts hipaa:164.312(b)");
  }

  @Test
  void detectsHierarchyCycles() {
    CrosswalkBuilder b = Fixtures.tiny()
        .addRequirement(Requirement.builder("soc2:A", "a").parent("B").build())
        .addRequirement(Requirement.builder("soc2:B", "b").parent("A").build());
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class, b::build);
    assertEquals(2, e.violations().size(), e.getMessage());
    assertContains(e.violations().stream().map(Violation::toString).toList(), "is its own ancestor");
  }

  /** A chain of {@code depth} requirements in framework soc2, X1 (the root) to X{depth}. */
  static CrosswalkBuilder chain(CrosswalkBuilder b, int depth) {
    for (int i = 1; i <= depth; i++) {
      Requirement.Builder r = Requirement.builder("soc2:X" + i, "level " + i);
      if (i > 1) {
        r.parent("X" + (i - 1));
      }
      b.addRequirement(r.build());
    }
    return b;
  }

  @Test
  void aHierarchyMayBeMaxDepthLevelsDeepAndNoDeeper() {
    Crosswalk deepest = chain(Fixtures.tiny(), Crosswalk.MAX_DEPTH).build();
    assertEquals(Crosswalk.MAX_DEPTH - 1, deepest.descendants(ref("soc2:X1")).size());
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> chain(Fixtures.tiny(), Crosswalk.MAX_DEPTH + 1).build());
    assertEquals(1, e.violations().size(), e.getMessage());
    assertEquals("soc2:X" + (Crosswalk.MAX_DEPTH + 1), e.violations().get(0).element());
    assertTrue(e.getMessage().contains("at most " + Crosswalk.MAX_DEPTH + " levels deep"), e.getMessage());
  }

  /** Before the limit, 2,000 levels built, and every recursive traversal then overflowed the stack. */
  @Test
  void aVeryDeepHierarchyIsOneViolationNotAStackOverflow() {
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> chain(Fixtures.tiny(), 100_000).build());
    assertEquals(1, e.violations().size(), e.getMessage());
  }

  /** A long cycle is found in linear time, and each member's violation shows a bounded part of it. */
  @Test
  void aLongCycleIsReportedOncePerMemberWithABoundedPath() {
    int n = 50_000;
    CrosswalkBuilder b = Fixtures.tiny();
    for (int i = 0; i < n; i++) {
      b.addRequirement(Requirement.builder("soc2:C" + i, "c").parent("C" + ((i + 1) % n)).build());
    }
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class, b::build);
    assertEquals(n, e.violations().size());
    assertTrue(e.violations().stream().allMatch(v -> v.message().length() < 300), e.violations().get(0)::toString);
    assertTrue(e.violations().get(0).message().contains("49992 more"), e.violations().get(0)::toString);
  }

  @Test
  void recordsRejectInvalidValuesWithClearMessages() {
    dev.crosswalk.core.InvalidValueException strength = assertThrows(dev.crosswalk.core.InvalidValueException.class, () ->
        Mapping.curated("a:1", "b:2", Relationship.EQUAL, Rationale.SEMANTIC, 11, "x", List.of("s")));
    assertTrue(strength.getMessage().contains("must be 1-10"), strength.getMessage());
    dev.crosswalk.core.InvalidValueException noSource = assertThrows(dev.crosswalk.core.InvalidValueException.class, () ->
        Mapping.curated("a:1", "b:2", Relationship.EQUAL, Rationale.SEMANTIC, 5, "x", List.of()));
    assertTrue(noSource.getMessage().contains("cites no source"), noSource.getMessage());
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> Requirement.builder("a:1", " ").build());
    assertThrows(dev.crosswalk.core.InvalidReferenceException.class, () -> Requirement.builder("a:1", "t").kind("Standard").build());
  }

  @Test
  void inverseSwapsEndsAndSubsetSuperset() {
    Mapping m = Mapping.curated("a:1", "b:2", Relationship.SUBSET_OF, Rationale.SEMANTIC, 6, "x", List.of("s"));
    Mapping inv = m.inverse();
    assertEquals(ref("b:2"), inv.source());
    assertEquals(Relationship.SUPERSET_OF, inv.relationship());
    assertEquals(m, inv.inverse());
    for (Relationship r : Relationship.values()) {
      assertEquals(r, r.inverse().inverse());
    }
  }

  @Test
  void equalCrosswalksAreEqualWhateverTheInsertionOrder() {
    Crosswalk a = Fixtures.tiny().build();
    CrosswalkBuilder reversed = Crosswalk.builder();
    Lists.reverse(a.noCounterparts()).forEach(reversed::addNoCounterpart);
    Lists.reverse(a.mappings()).forEach(reversed::addMapping);
    Lists.reverse(List.copyOf(a.controls().values())).forEach(reversed::addControl);
    Lists.reverse(List.copyOf(a.requirements().values())).forEach(reversed::addRequirement);
    a.sources().values().forEach(reversed::addSource);
    Lists.reverse(List.copyOf(a.frameworks().values())).forEach(reversed::addFramework);
    assertEquals(a, reversed.build());
    assertEquals(a, a.toBuilder().build());
  }

  private static void assertContains(List<String> messages, String fragment) {
    assertTrue(messages.stream().anyMatch(m -> m.contains(fragment)),
        "no violation contains '" + fragment + "' in:\n" + String.join("\n", messages));
  }
}
