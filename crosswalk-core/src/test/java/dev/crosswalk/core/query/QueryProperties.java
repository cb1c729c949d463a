package dev.crosswalk.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the queries over random crosswalks: a source framework {@code s} (6 elements in
 * three categories) mapped to a target {@code t} (9 requirements with hierarchy, a grouping node
 * and rules), plus identity copies {@code u} of {@code t} and {@code v} of {@code s}.
 */
class QueryProperties {
  private static final int SOURCES = 6;
  private static final int TARGETS = 9;
  private static final List<Scope> SCOPES = List.of(
      Scope.all(),
      Scope.of("s", "category", "security"),
      Scope.of("t", "rule", "security").and(Scope.of("s", "category", "security", "privacy")));
  /** No choices: {@link #build} keeps the order it lists things in. */
  private static final Choices IN_ORDER = Choices.of();

  /** One statement {@code s:source rel t:target}, stored in either direction. */
  record Link(int source, int target, Relationship relationship, Rationale rationale, int strength, boolean storedReverse) {
    Mapping mapping() {
      ElementRef s = ElementRef.of("s", String.valueOf(source));
      ElementRef t = ElementRef.of("t", String.valueOf(target));
      return storedReverse
          ? Mapping.curated(t, s, relationship.inverse(), rationale, strength, "Generated.", List.of("src"))
          : Mapping.curated(s, t, relationship, rationale, strength, "Generated.", List.of("src"));
    }

    List<Integer> pair() {
      return List.of(source, target);
    }
  }

  @Provide
  Arbitrary<Link> link() {
    return Builders.withBuilder(() -> new Link(0, 0, Relationship.EQUAL, Rationale.SEMANTIC, 5, false))
        .use(Arbitraries.integers().between(0, SOURCES - 1)).in((l, v) -> new Link(v, l.target(), l.relationship(), l.rationale(), l.strength(), l.storedReverse()))
        .use(Arbitraries.integers().between(0, TARGETS - 1)).in((l, v) -> new Link(l.source(), v, l.relationship(), l.rationale(), l.strength(), l.storedReverse()))
        .use(Arbitraries.of(Relationship.class)).in((l, v) -> new Link(l.source(), l.target(), v, l.rationale(), l.strength(), l.storedReverse()))
        .use(Arbitraries.of(Rationale.class)).in((l, v) -> new Link(l.source(), l.target(), l.relationship(), v, l.strength(), l.storedReverse()))
        .use(Arbitraries.integers().between(1, 10)).in((l, v) -> new Link(l.source(), l.target(), l.relationship(), l.rationale(), v, l.storedReverse()))
        .use(Arbitraries.of(true, false)).in((l, v) -> new Link(l.source(), l.target(), l.relationship(), l.rationale(), l.strength(), v))
        .build();
  }

  @Provide
  Arbitrary<List<Link>> links() {
    return link().list().ofMaxSize(25).uniqueElements(Link::pair);
  }

  private static List<Requirement> targetRequirements() {
    List<Requirement> out = new ArrayList<>();
    out.add(Requirement.builder("t:0", "t0").attribute("rule", "security").build());
    out.add(Requirement.builder("t:1", "t1").parent("0").attribute("designation", "required").build());
    out.add(Requirement.builder("t:2", "t2").parent("0").attribute("designation", "addressable").build());
    out.add(Requirement.builder("t:3", "t3").assessable(false).attribute("rule", "privacy").build());
    out.add(Requirement.builder("t:4", "t4").parent("3").build());
    out.add(Requirement.builder("t:5", "t5").parent("3").build());
    out.add(Requirement.builder("t:6", "t6").attribute("rule", "security").build());
    out.add(Requirement.builder("t:7", "t7").parent("6").build());
    out.add(Requirement.builder("t:8", "t8").build());
    return out;
  }

  /** The crosswalk of the links, its requirements and mappings added in the order the choices give. */
  private static Crosswalk build(List<Link> links, Choices order) {
    CrosswalkBuilder b = Fixtures.frameworks("s", "t", "u", "v");
    List<Requirement> reqs = new ArrayList<>(targetRequirements());
    String[] categories = {"security", "privacy", "availability"};
    for (int i = 0; i < SOURCES; i++) {
      reqs.add(Requirement.builder("s:" + i, "s" + i).attribute("category", categories[i % 3]).build());
      reqs.add(Requirement.builder("v:" + i, "v" + i).build());
    }
    for (int j = 0; j < TARGETS; j++) {
      reqs.add(Requirement.builder("u:" + j, "u" + j).build());
    }
    List<Mapping> mappings = new ArrayList<>();
    links.forEach(l -> mappings.add(l.mapping()));
    for (int j = 0; j < TARGETS; j++) {
      mappings.add(Mapping.curated("t:" + j, "u:" + j, Relationship.EQUAL, Rationale.SYNTACTIC, 10, "Identity.", List.of("src")));
    }
    for (int i = 0; i < SOURCES; i++) {
      mappings.add(Mapping.curated("s:" + i, "v:" + i, Relationship.EQUAL, Rationale.SYNTACTIC, 10, "Identity.", List.of("src")));
    }
    order.shuffle(reqs);
    order.shuffle(mappings);
    reqs.forEach(b::addRequirement);
    mappings.forEach(b::addMapping);
    return b.build();
  }

  private static Map<ElementRef, Verdict> verdicts(Crosswalk cw, Scope scope) {
    Map<ElementRef, Verdict> out = new TreeMap<>();
    Queries.on(cw).coverage().of("t").by("s").scope(scope).run().requirements()
        .forEach((ref, c) -> out.put(ref, c.verdict()));
    return out;
  }

  private static int rank(Verdict v) {
    return switch (v) {
      case COVERED -> 2;
      case PARTIAL -> 1;
      case NOT_COVERED -> 0;
      case NOT_APPLICABLE -> -1;
    };
  }

  private static List<Link> plus(List<Link> links, Link extra) {
    List<Link> more = new ArrayList<>(links);
    more.add(extra);
    return more;
  }

  @Property(tries = 250)
  void addingAMappingNeverLowersCoverage(@ForAll("links") List<Link> links, @ForAll("link") Link extra) {
    Assume.that(links.stream().noneMatch(l -> l.pair().equals(extra.pair())));
    Crosswalk before = build(links, IN_ORDER);
    Crosswalk after = build(plus(links, extra), IN_ORDER);
    for (Scope scope : SCOPES) {
      Map<ElementRef, Verdict> a = verdicts(before, scope);
      Map<ElementRef, Verdict> b = verdicts(after, scope);
      a.forEach((ref, v) -> {
        assertEquals(v == Verdict.NOT_APPLICABLE, b.get(ref) == Verdict.NOT_APPLICABLE, ref.toString());
        assertTrue(rank(b.get(ref)) >= rank(v), ref + " went from " + v + " to " + b.get(ref) + " adding " + extra.mapping());
      });
    }
  }

  @Property(tries = 250)
  void notRelatedNeverAddsCoverage(@ForAll("links") List<Link> links, @ForAll("link") Link extra) {
    Assume.that(links.stream().noneMatch(l -> l.pair().equals(extra.pair())));
    Link unrelated = new Link(extra.source(), extra.target(), Relationship.NOT_RELATED, extra.rationale(), extra.strength(), extra.storedReverse());
    Crosswalk before = build(links, IN_ORDER);
    Crosswalk after = build(plus(links, unrelated), IN_ORDER);
    for (Scope scope : SCOPES) {
      assertEquals(verdicts(before, scope), verdicts(after, scope));
    }
  }

  private static List<Object> statement(Mapping m, String renameTargetTo, String renameSourceTo) {
    return List.of(m.source().members().stream().map(e -> ElementRef.of(renameSourceTo, e.ref())).toList(),
        m.target().members().stream().map(e -> ElementRef.of(renameTargetTo, e.ref())).toList(),
        m.relationship(), m.rationale(), m.strength(), m.sources());
  }

  @Property(tries = 250)
  void composingWithAnEqualIdentityPivotChangesNothing(@ForAll("links") List<Link> links) {
    Crosswalk cw = build(links, IN_ORDER);
    Set<List<Object>> expected = new HashSet<>();
    for (Link l : links) {
      if (l.relationship() != Relationship.NOT_RELATED) {
        Mapping m = Mapping.curated(ElementRef.of("s", "" + l.source()), ElementRef.of("t", "" + l.target()),
            l.relationship(), l.rationale(), l.strength(), "x", List.of("src"));
        expected.add(statement(m, "t", "s"));
      }
    }
    Composition after = Queries.on(cw).compose("s", "t", "u");   // s -> t, then t EQUAL u
    Composition before = Queries.on(cw).compose("v", "s", "t");  // v EQUAL s, then s -> t
    Set<List<Object>> viaAfter = new HashSet<>();
    after.derived().forEach(m -> viaAfter.add(statement(m, "t", "s")));
    Set<List<Object>> viaBefore = new HashSet<>();
    before.derived().forEach(m -> viaBefore.add(statement(m, "t", "s")));
    assertEquals(expected, viaAfter);
    assertEquals(expected, viaBefore);
    assertEquals(expected.size(), after.derived().size());
    assertTrue(after.derived().stream().allMatch(Mapping::isDerived));
  }

  @Property(tries = 250)
  void resultsDoNotDependOnInputOrder(@ForAll("links") List<Link> links, @ForAll Choices order,
      @ForAll("statuses") List<AssessmentStatus> statuses) {
    Crosswalk ordered = build(links, IN_ORDER);
    Crosswalk shuffled = build(links, order);
    for (Scope scope : SCOPES) {
      assertEquals(Queries.on(ordered).coverage().of("t").by("s").scope(scope).run(),
          Queries.on(shuffled).coverage().of("t").by("s").scope(scope).run());
      assertEquals(Queries.on(ordered).gaps().of("t").by("s").scope(scope).bothWays(),
          Queries.on(shuffled).gaps().of("t").by("s").scope(scope).bothWays());
    }
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < SOURCES; i++) {
      sources.add(i);
    }
    Map<ElementRef, AssessmentStatus> results = new LinkedHashMap<>();
    sources.forEach(i -> results.put(ElementRef.of("s", "" + i), statuses.get(i)));
    order.shuffle(sources);
    Map<ElementRef, AssessmentStatus> shuffledResults = new LinkedHashMap<>();
    sources.forEach(i -> shuffledResults.put(ElementRef.of("s", "" + i), statuses.get(i)));
    assertEquals(Queries.on(ordered).infer(results, "t"), Queries.on(shuffled).infer(shuffledResults, "t"));
    Composition composed = Queries.on(ordered).compose("s", "t", "u");
    assertEquals(composed, Queries.on(shuffled).compose("s", "t", "u"));
    assertEquals(composed.derived().stream().sorted(Mapping.ORDER).toList(), composed.derived(),
        "derived mappings come in Mapping.ORDER");

    List<InventoryControl> inv = new ArrayList<>();
    ControlStatus[] st = ControlStatus.values();
    for (int i = 0; i < SOURCES; i++) {
      inv.add(InventoryControl.of(ElementRef.of("s", "" + i), st[statuses.get(i).ordinal() % st.length]));
    }
    ControlInventory a = ControlInventory.of(inv);
    order.shuffle(inv);
    ControlInventory b = ControlInventory.of(inv);
    assertEquals(Queries.on(ordered).coverage().byControls(a).runAll("t", "u"),
        Queries.on(shuffled).coverage().byControls(b).runAll("t", "u"));
  }

  /**
   * A requirement's evidence is every mapping between it and the source framework, read towards
   * it, in Mapping.ORDER (the engine merges two runs instead of sorting; this sorts). Derived
   * mappings of one pair, stored from the target with multi-element paths that reverse when read
   * backwards, put the second run out of order.
   */
  @Property(tries = 250)
  void evidenceIsEveryMappingInOrder(@ForAll("links") List<Link> links, @ForAll Choices order) {
    CrosswalkBuilder b = build(links, order).toBuilder();
    for (Link l : links) {
      if (l.storedReverse() && l.target() % 2 == 0) {
        ElementRef t = ElementRef.of("t", String.valueOf(l.target()));
        ElementRef s = ElementRef.of("s", String.valueOf(l.source()));
        for (List<ElementRef> path : List.of(
            List.of(ElementRef.of("u", String.valueOf(l.target())), ElementRef.of("v", String.valueOf(l.source()))),
            List.of(ElementRef.of("v", String.valueOf(l.source())), ElementRef.of("u", String.valueOf(l.target()))))) {
          b.addMapping(new Mapping(t, s, Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 3, "Derived.", dev.crosswalk.core.model.Citation.ofSources(com.google.common.collect.ImmutableSortedSet.of("src")), com.google.common.collect.ImmutableList.copyOf(path)));
        }
      }
    }
    Crosswalk cw = b.build();
    CoverageReport report = Queries.on(cw).coverage().of("t").by("s").run();
    report.requirements().forEach((ref, coverage) -> {
      List<Mapping> expected = new ArrayList<>();
      cw.mappingsTo(ref).stream().filter(m -> m.source().framework().equals("s")).forEach(expected::add);
      cw.mappingsFrom(ref).stream().filter(m -> m.target().framework().equals("s")).map(Mapping::inverse)
          .forEach(expected::add);
      expected.sort(Mapping.ORDER);
      assertEquals(expected, coverage.evidence().stream().map(Evidence::mapping).toList(), ref.toString());
    });
  }

  private static Map<ElementRef, Double> scores(Crosswalk cw, Scope scope) {
    Map<ElementRef, Double> out = new TreeMap<>();
    Queries.on(cw).coverage().of("t").by("s").scope(scope).run().requirements()
        .forEach((ref, c) -> out.put(ref, c.score()));
    return out;
  }

  @Property(tries = 250)
  void aScoreIsOneExactlyWhenCoveredAndZeroExactlyWhenNothingCounts(@ForAll("links") List<Link> links) {
    Crosswalk cw = build(links, IN_ORDER);
    for (Scope scope : SCOPES) {
      CoverageReport report = Queries.on(cw).coverage().of("t").by("s").scope(scope).run();
      report.requirements().forEach((ref, c) -> {
        assertTrue(c.score() >= 0 && c.score() <= 1, ref + " scores " + c.score());
        if (c.verdict().isApplicable()) {
          assertEquals(c.verdict() == Verdict.COVERED, c.score() == 1, ref + " " + c.verdict() + " scores " + c.score());
          assertEquals(c.verdict() == Verdict.NOT_COVERED, c.score() == 0, ref + " " + c.verdict() + " scores " + c.score());
        }
        if (c.children().isEmpty() && c.verdict().isApplicable() && c.verdict() != Verdict.COVERED) {
          double best = c.counted().stream().mapToDouble(Grading::degree).max().orElse(0);
          assertTrue(c.score() >= Math.min(best, Grading.PARTIAL_CAP) - 1e-12, ref + " scores below its best mapping");
        }
      });
      Totals t = report.totals();
      double mean = report.requirements().values().stream().filter(c -> c.verdict().isApplicable())
          .mapToDouble(RequirementCoverage::score).sum();
      assertEquals(mean, t.scoreSum(), 1e-9);
    }
  }

  @Property(tries = 250)
  void addingAMappingNeverLowersAScoreAndNotRelatedAddsNothing(@ForAll("links") List<Link> links, @ForAll("link") Link extra) {
    Assume.that(links.stream().noneMatch(l -> l.pair().equals(extra.pair())));
    Crosswalk before = build(links, IN_ORDER);
    Crosswalk after = build(plus(links, extra), IN_ORDER);
    Link unrelated = new Link(extra.source(), extra.target(), Relationship.NOT_RELATED, extra.rationale(), extra.strength(),
        extra.storedReverse());
    Crosswalk withUnrelated = build(plus(links, unrelated), IN_ORDER);
    for (Scope scope : SCOPES) {
      Map<ElementRef, Double> a = scores(before, scope);
      Map<ElementRef, Double> b = scores(after, scope);
      a.forEach((ref, score) -> assertTrue(b.get(ref) >= score,
          ref + " went from " + score + " to " + b.get(ref) + " adding " + extra.mapping()));
      assertEquals(a, scores(withUnrelated, scope));
    }
  }

  @Property(tries = 250)
  void scoresDoNotDependOnInputOrder(@ForAll("links") List<Link> links, @ForAll Choices order) {
    for (Scope scope : SCOPES) {
      assertEquals(scores(build(links, IN_ORDER), scope), scores(build(links, order), scope));
    }
  }

  @Provide
  Arbitrary<List<AssessmentStatus>> statuses() {
    return Arbitraries.of(AssessmentStatus.class).list().ofSize(SOURCES);
  }

  @Property(tries = 250)
  void inventoryStatusesNeverBeatTheFramework(@ForAll("links") List<Link> links, @ForAll("statuses") List<AssessmentStatus> statuses) {
    // Treating the source framework's elements as inventory controls: IMPLEMENTED everywhere gives the
    // framework's own answer; any other status never gives more.
    Crosswalk cw = build(links, IN_ORDER);
    List<InventoryControl> all = new ArrayList<>();
    List<InventoryControl> mixed = new ArrayList<>();
    ControlStatus[] st = ControlStatus.values();
    for (int i = 0; i < SOURCES; i++) {
      all.add(InventoryControl.of(ElementRef.of("s", "" + i), ControlStatus.IMPLEMENTED));
      mixed.add(InventoryControl.of(ElementRef.of("s", "" + i), st[statuses.get(i).ordinal() % st.length]));
    }
    Map<ElementRef, Verdict> framework = verdicts(cw, Scope.all());
    Map<ElementRef, Verdict> implemented = new TreeMap<>();
    Queries.on(cw).coverage().of("t").byControls(ControlInventory.of(all)).run().requirements()
        .forEach((r, c) -> implemented.put(r, c.verdict()));
    assertEquals(framework, implemented);
    Queries.on(cw).coverage().of("t").byControls(ControlInventory.of(mixed)).run().requirements()
        .forEach((r, c) -> assertTrue(rank(c.verdict()) <= rank(framework.get(r)), r.toString()));
  }
}
