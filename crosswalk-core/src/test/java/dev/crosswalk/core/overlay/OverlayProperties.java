package dev.crosswalk.core.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.CrosswalkBuilder.Entry;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.testing.Choices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

class OverlayProperties {

  /**
   * A crosswalk split into a valid base and an overlay that refers to it merges back into the
   * same crosswalk; every overlay item is listed as added. The items go through the JSON overlay
   * reader first, so their origins are real file positions.
   */
  @Property(tries = 300)
  void splittingACrosswalkAndMergingTheHalvesGivesItBack(@ForAll("crosswalks") Crosswalk original,
      @ForAll Choices splitChoices) {
    Overlay all = OverlayReader.create().read(
        new ByteArrayInputStream(CrosswalkWriter.create().toBytes(original)), "all.json");
    Split split = Split.of(splitChoices, all);

    Crosswalk base = split.base.addTo(Crosswalk.builder()).build();
    MergeResult result = Overlays.merge(base, "base", split.overlay);

    assertEquals(original, result.crosswalk());
    assertEquals(split.overlay.size(), result.added().size());
    assertTrue(result.replaced().isEmpty());
    assertTrue(result.unchanged().isEmpty());
    for (Item added : result.added()) {
      assertEquals("all.json", added.origin().orElseThrow().source());
      assertTrue(added.origin().orElseThrow().line() > 0, added.toString());
    }
    Statistics.label("overlay share").collect(split.overlay.size() * 4 / Math.max(1, all.size()));
  }

  /**
   * Changed copies of some frameworks, requirements and controls fail under FAIL (one violation
   * each, naming the base) and, under REPLACE, replace exactly those items, listing each with the
   * base items that refer to it; every other item, every mapping included, is kept.
   */
  @Property(tries = 300)
  void changedItemsConflictOrReplaceExactlyThoseItems(@ForAll("crosswalks") Crosswalk original,
      @ForAll Choices changes) {
    CrosswalkBuilder changed = Crosswalk.builder();
    CrosswalkBuilder expected = Crosswalk.builder();
    int count = 0;
    for (Framework f : original.frameworks().values()) {
      boolean change = changes.nextInt(3) == 2;
      Framework g = change ? new Framework(f.id(), f.name() + " (ours)", f.edition(), f.publisher(), f.kind(),
          f.sourceUrl(), f.license(), f.attributes(), f.extensions()) : f;
      expected.addFramework(g);
      if (change) {
        changed.addFramework(g);
        count++;
      }
    }
    original.sources().values().forEach(expected::addSource);
    for (Requirement q : original.requirements().values()) {
      boolean change = changes.nextInt(3) == 2;
      Requirement s = change ? q.toBuilder().text("ours").build() : q;
      if (change && s.equals(q)) {
        s = q.toBuilder().text("ours, again").build();
      }
      expected.addRequirement(s);
      if (change) {
        changed.addRequirement(s);
        count++;
      }
    }
    for (Control c : original.controls().values()) {
      boolean change = changes.nextInt(3) == 2;
      Control d = change ? new Control(c.id(), c.title(), c.description() + " (ours)", c.attributes(),
          c.extensions()) : c;
      expected.addControl(d);
      if (change) {
        changed.addControl(d);
        count++;
      }
    }
    original.mappings().forEach(expected::addMapping);
    original.noCounterparts().forEach(expected::addNoCounterpart);
    original.additions().forEach(expected::addAddition);
    Overlay overlay = Overlay.from(changed);

    if (count > 0) {
      CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
          () -> Overlays.merge(original, "base", overlay));
      assertEquals(count, e.violations().size(), e.getMessage());
      e.violations().forEach(v -> assertTrue(v.message().contains(" of base: ") && v.message().contains(" differ")
          && v.message().contains("--replace on the command line"), v.toString()));
    }

    MergeResult result = Overlays.merge(original, "base", overlay, ConflictPolicy.REPLACE);
    assertEquals(expected.build(), result.crosswalk());
    assertEquals(count, result.replaced().size());
    Set<String> replacedIds = new HashSet<>();
    result.replaced().forEach(rep -> replacedIds.add(rep.replaced().id()));
    for (Replacement rep : result.replaced()) {
      assertEquals(rep.replaced().kind(), rep.replacement().kind());
      assertEquals(rep.replaced().id(), rep.replacement().id());
      // Dependents are the base items kept, so replaced ones are not among them.
      assertEquals(dependents(original, rep.replaced()).stream().filter(id -> !replacedIds.contains(id)).toList(),
          rep.dependents().stream().map(Item::id).toList());
    }
    Statistics.label("replaced").collect(Math.min(count, 10));
  }

  /**
   * The seven CSV tables of a crosswalk (joint ends, located citations, derived mappings,
   * no-counterparts and additions included) read back as exactly its items, each with its record;
   * so the export imports as a whole crosswalk equal to the original, and onto the original with
   * every item unchanged and nothing to merge.
   */
  @Property(tries = 200)
  void csvTablesReadBackAsExactlyTheItems(@ForAll("format11") Crosswalk cw) throws Exception {
    CsvExporter csv = CsvExporter.create();
    assertEquals(List.copyOf(cw.frameworks().values()), values(csv(csv.frameworks(cw), "frameworks.csv").frameworks()));
    assertEquals(List.copyOf(cw.sources().values()), values(csv(csv.sources(cw), "sources.csv").sources()));
    assertEquals(List.copyOf(cw.requirements().values()),
        values(csv(csv.requirements(cw), "requirements.csv").requirements()));
    assertEquals(List.copyOf(cw.controls().values()), values(csv(csv.controls(cw), "controls.csv").controls()));
    List<Entry<Mapping>> mappings = csv(csv.mappings(cw), "team-mappings.csv").mappings();
    assertEquals(cw.mappings(), values(mappings));
    for (int i = 0; i < mappings.size(); i++) {
      assertEquals("record " + (i + 2), mappings.get(i).origin().orElseThrow().pointer());
    }
    assertEquals(cw.noCounterparts(),
        values(csv(csv.noCounterparts(cw), "no-counterparts.csv").noCounterparts()));
    assertEquals(cw.additions(), values(csv(csv.additions(cw), "additions.csv").additions()));

    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("csv-export");
    try {
      csv.write(cw, dir);
      Overlay all = OverlayReader.create().read(dir);
      assertEquals(cw, all.addTo(Crosswalk.builder()).build());
      MergeResult again = Overlays.merge(cw, "base", all);
      assertEquals(cw, again.crosswalk());
      assertEquals(List.of(), again.added());
      assertEquals(List.of(), again.replaced());
      assertEquals(all.size(), again.unchanged().size());
    } finally {
      try (var files = java.nio.file.Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Statistics.label("additions").collect(!cw.additions().isEmpty());
    Statistics.label("joint").collect(cw.mappings().stream().anyMatch(Mapping::isJoint));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(1, 25);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Crosswalk> format11() {
    return RandomCrosswalks.crosswalks(25);
  }

  /** What a text becomes through UTF-8: unpaired surrogates turn into '?'. */
  private static String u(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static Overlay csv(String text, String name) {
    return OverlayReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  private static <T> List<T> values(List<Entry<T>> entries) {
    return entries.stream().map(Entry::value).toList();
  }

  /** The ids of the base items that refer to a framework, requirement or control, in base order. */
  private static List<String> dependents(Crosswalk cw, Item replaced) {
    List<String> out = new ArrayList<>();
    if (replaced.kind() == ItemKind.FRAMEWORK) {
      cw.requirements().keySet().stream().filter(e -> e.framework().equals(replaced.id()))
          .forEach(e -> out.add(e.toString()));
      cw.controls().keySet().stream().filter(e -> e.framework().equals(replaced.id()))
          .forEach(e -> out.add(e.toString()));
      cw.noCounterparts().stream().filter(n -> n.framework().equals(replaced.id()))
          .forEach(n -> out.add(n.element() + " in " + n.framework()));
      cw.additions().stream().filter(a -> a.framework().equals(replaced.id()))
          .forEach(a -> out.add(a.element() + " beyond " + a.framework()));
      return out;
    }
    ElementRef id = ElementRef.parse(replaced.id());
    cw.requirements().values().stream().filter(q -> q.parent().filter(id::equals).isPresent())
        .forEach(q -> out.add(q.id().toString()));
    cw.mappings().stream().filter(m -> m.source().contains(id) || m.target().contains(id) || m.derivedVia().contains(id))
        .forEach(m -> out.add(m.source() + " -> " + m.target() + (m.isDerived() ? " via " + m.derivedVia() : "")));
    cw.noCounterparts(id).forEach(n -> out.add(n.element() + " in " + n.framework()));
    cw.additions(id).forEach(a -> out.add(a.element() + " beyond " + a.framework()));
    return out;
  }

  /**
   * A random split of an overlay into a base that is valid on its own and an overlay referring to
   * it; zero choices move nothing.
   */
  private record Split(Overlay base, Overlay overlay) {
    static Split of(Choices r, Overlay all) {
      double share = r.nextDouble();
      Set<String> frameworks = new HashSet<>();
      Set<String> sources = new HashSet<>();
      Set<ElementRef> elements = new HashSet<>();
      Set<Object> moved = new HashSet<>();
      all.frameworks().forEach(e -> pick(r, share, e.value(), moved, () -> frameworks.add(e.value().id())));
      all.sources().forEach(e -> pick(r, share, e.value(), moved, () -> sources.add(e.value().id())));
      // Move items whose dependencies moved, until nothing changes.
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Entry<Requirement> e : all.requirements()) {
          Requirement q = e.value();
          if (!moved.contains(q) && (r.nextDouble() < share / 4 || frameworks.contains(q.id().framework())
              || q.parent().filter(elements::contains).isPresent())) {
            moved.add(q);
            elements.add(q.id());
            changed = true;
          }
        }
        for (Entry<Control> e : all.controls()) {
          Control c = e.value();
          if (!moved.contains(c) && (r.nextDouble() < share / 4 || frameworks.contains(c.id().framework()))) {
            moved.add(c);
            elements.add(c.id());
            changed = true;
          }
        }
      }
      for (Entry<Mapping> e : all.mappings()) {
        Mapping m = e.value();
        if (r.nextDouble() < share || m.source().members().stream().anyMatch(elements::contains)
            || m.target().members().stream().anyMatch(elements::contains)
            || m.derivedVia().stream().anyMatch(elements::contains) || m.sources().stream().anyMatch(sources::contains)) {
          moved.add(m);
        }
      }
      for (Entry<NoCounterpart> e : all.noCounterparts()) {
        NoCounterpart n = e.value();
        if (r.nextDouble() < share || elements.contains(n.element()) || frameworks.contains(n.framework())
            || n.sources().stream().anyMatch(sources::contains)) {
          moved.add(n);
        }
      }
      for (Entry<dev.crosswalk.core.model.Addition> e : all.additions()) {
        dev.crosswalk.core.model.Addition a = e.value();
        if (r.nextDouble() < share || elements.contains(a.element()) || frameworks.contains(a.framework())
            || a.sources().stream().anyMatch(sources::contains)) {
          moved.add(a);
        }
      }
      return new Split(part(all, x -> !moved.contains(x)), part(all, moved::contains));
    }

    private static void pick(Choices r, double share, Object item, Set<Object> moved, Runnable onMove) {
      if (r.nextDouble() < share) {
        moved.add(item);
        onMove.run();
      }
    }

    private static Overlay part(Overlay all, Function<Object, Boolean> keep) {
      CrosswalkBuilder b = Crosswalk.builder();
      all.frameworks().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addFramework(e.value(), e.origin().orElseThrow()));
      all.sources().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addSource(e.value(), e.origin().orElseThrow()));
      all.requirements().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addRequirement(e.value(), e.origin().orElseThrow()));
      all.controls().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addControl(e.value(), e.origin().orElseThrow()));
      all.mappings().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addMapping(e.value(), e.origin().orElseThrow()));
      all.noCounterparts().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addNoCounterpart(e.value(), e.origin().orElseThrow()));
      all.additions().stream().filter(e -> keep.apply(e.value()))
          .forEach(e -> b.addAddition(e.value(), e.origin().orElseThrow()));
      return Overlay.from(b);
    }
  }
}
