package dev.crosswalk.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.testing.Choices;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Random valid crosswalks for property tests, drawn through jqwik so that a failing property
 * shrinks to a small crosswalk: several frameworks, hierarchies, aliases, awkward text (Unicode,
 * quotes, backslashes, control characters), controls, curated, derived and joint mappings,
 * located citations, additions and no-counterpart records.
 *
 * <p>jqwik draws a plan: lists of sources, frameworks and elements, each element with the
 * mappings, joint mapping, addition and no-counterpart record its slot adds. References between
 * the parts are indices taken modulo the number of items they pick from; the plan is then built
 * into a crosswalk, skipping what would be invalid (a second element with the same ref, a mapping
 * of an element to itself, a repeated mapping). So every part shrinks on its own: fewer items,
 * shorter text, the first option of each choice. The crosswalks have no jqwik edge cases: their
 * properties spend the tries on random ones and on the edge cases of their other parameters.
 */
public final class RandomCrosswalks {
  private static final String REF_CHARS = "ABCabc0123456789.()-_:/ §é漢";
  private static final String TEXT_CHARS = "abc XYZ 0123 \"quoted\" back\\slash tab\t newline\n é ü 漢字 😀 \u0001 </script>";
  /** Whole code points, never half a surrogate pair: every text is well-formed Unicode. */
  private static final List<String> TEXT_CODE_POINTS = TEXT_CHARS.codePoints().mapToObj(Character::toString).toList();
  private static final List<Character> REF_CHAR_LIST = REF_CHARS.chars().mapToObj(c -> (char) c).toList();
  private static final List<String> ATTRIBUTE_KEYS = List.of("rule", "safeguard", "designation", "category", "x.y-z");
  private static final Extensions SOME_EXTENSIONS =
      new Extensions("{\"a\":[1,2.50,-3e5,true,false,null],\"b\":{\"c\":\"dé\"}}");
  private static final Extensions QUOTED_EXTENSIONS = new Extensions("{\"owner\":\"team \\\"x\\\"\"}");

  private RandomCrosswalks() {}

  /** Crosswalks of up to {@code maxElements} requirements and controls. */
  public static Arbitrary<Crosswalk> crosswalks(int maxElements) {
    return crosswalks(0, maxElements);
  }

  /**
   * Crosswalks of {@code minElements} to {@code maxElements} drawn requirements and controls
   * (fewer when two draw the same ref), one to three sources and one to four frameworks. As many
   * mappings as elements on average, and a joint mapping per six.
   *
   * <p>The number of elements is a uniform share of a uniform number up to {@code maxElements}:
   * small crosswalks are common, large ones possible (a quarter of the maximum on average).
   */
  public static Arbitrary<Crosswalk> crosswalks(int minElements, int maxElements) {
    return crosswalks(minElements, minElements, maxElements);
  }

  /**
   * One crosswalk of a uniform share of {@code size} elements (half of it on average), the same
   * for the same {@code seed}: for the fixed inputs of example tests and fuzzers' pools, which
   * are not shrunk.
   */
  public static Crosswalk sample(long seed, int size) {
    // Outside a property, jqwik creates generators only while it samples: so sample a generator that
    // draws from a Random of the seed, not from jqwik's own.
    RandomGenerator<Crosswalk> fromSeed = random -> crosswalks(0, size, size).generator(1000).next(new Random(seed));
    return Arbitraries.fromGenerator(fromSeed).sample();
  }

  /** Crosswalks of a uniform share (at least {@code minElements}) of a list of a uniform number of elements. */
  private static Arbitrary<Crosswalk> crosswalks(int minElements, int minDrawn, int maxDrawn) {
    return Combinators.combine(
            sized(source(), 1, 3),
            sized(framework(), 1, 4),
            sized(element(), minDrawn, maxDrawn),
            Arbitraries.integers().between(0, 100).withDistribution(RandomDistribution.uniform()))
        .as((sources, frameworks, elements, percent) -> new Plan(sources, frameworks,
            elements.subList(0, minElements + (elements.size() - minElements) * percent / 100)))
        .map(Plan::build)
        .withoutEdgeCases();
  }

  /**
   * A scope built from choices: constraints on about half the frameworks, each an attribute
   * their elements use allowing some of the values they hold (and sometimes one nobody holds).
   * Zero choices give {@link Scope#all()}.
   */
  public static Scope scope(Crosswalk c, Choices choices) {
    Map<String, Map<String, TreeSet<String>>> seen = new TreeMap<>();
    List<Element> elements = new ArrayList<>(c.requirements().values());
    elements.addAll(c.controls().values());
    for (Element e : elements) {
      e.attributes().forEach((k, v) -> seen.computeIfAbsent(e.id().framework(), f -> new TreeMap<>())
          .computeIfAbsent(k, x -> new TreeSet<>()).add(v));
    }
    Scope scope = Scope.all();
    for (Map.Entry<String, Map<String, TreeSet<String>>> fw : seen.entrySet()) {
      if (!choices.nextBoolean()) {
        continue;
      }
      List<String> keys = List.copyOf(fw.getValue().keySet());
      String key = keys.get(choices.nextInt(keys.size()));
      List<String> values = new ArrayList<>();
      for (String v : fw.getValue().get(key)) {
        if (choices.nextBoolean()) {
          values.add(v);
        }
      }
      if (values.isEmpty() || choices.nextInt(4) == 0) {
        values.add("no such value");
      }
      scope = scope.with(fw.getKey(), key, values);
    }
    return scope;
  }

  // ---- the plan jqwik draws -----------------------------------------------------------------

  private record SourcePlan(String title, boolean url, Optional<String> publisher, boolean date) {}

  private record FrameworkPlan(FrameworkKind kind, String name, String edition, String publisher, boolean url,
      Optional<String> license, ImmutableSortedMap<String, String> attributes, Extensions extensions) {}

  /** What a requirement or control says. */
  private record Body(String title, String description, boolean withText, boolean standard, boolean assessable,
      ImmutableSortedMap<String, String> attributes, Extensions extensions) {}

  /** An addition or no-counterpart record of an element in another framework. */
  private record Note(int framework, String text, List<CitationPlan> citations) {}

  /**
   * One element, and what its slot in the plan adds: up to two mappings and a joint mapping
   * (between any elements), an addition and a no-counterpart record of this element.
   */
  private record ElementPlan(int framework, String ref, boolean control, Body body, Links links) {}

  private record Links(Optional<Integer> parent, Optional<String> alias, List<LinkPlan> mappings,
      Optional<JointPlan> joint, Optional<Note> addition, Optional<Note> noCounterpart) {}

  private record CitationPlan(int source, Optional<Integer> section, Optional<Integer> note) {}

  /** What a mapping states, whatever its ends. */
  private record Statement(Relationship relationship, Rationale rationale, int strength, String justification,
      List<CitationPlan> citations) {}

  private record LinkPlan(int source, int target, Optional<Integer> via, Statement statement) {}

  private record JointPlan(int single, int pool, List<Integer> members, boolean jointIsSource, Statement statement) {}

  private record Plan(List<SourcePlan> sources, List<FrameworkPlan> frameworks, List<ElementPlan> elements) {

    Crosswalk build() {
      CrosswalkBuilder b = Crosswalk.builder();
      List<String> sourceIds = new ArrayList<>();
      for (SourcePlan s : sources) {
        String id = "src-" + sourceIds.size();
        b.addSource(new Source(id, s.title(), s.url() ? Optional.of("https://example.org/" + sourceIds.size())
            : Optional.empty(), s.publisher(), s.date() ? Optional.of("2026-11-22") : Optional.empty()));
        sourceIds.add(id);
      }
      List<String> frameworkIds = new ArrayList<>();
      for (FrameworkPlan f : frameworks) {
        String id = "fw" + frameworkIds.size();
        b.addFramework(new Framework(id, f.name(), f.edition(), f.publisher(), f.kind(),
            f.url() ? Optional.of("https://example.org/" + id) : Optional.empty(), f.license(), f.attributes(),
            f.extensions()));
        frameworkIds.add(id);
      }

      // Elements: refs and aliases unique per framework; parents among the framework's earlier requirements.
      List<ElementRef> elements = new ArrayList<>();
      List<ElementPlan> placed = new ArrayList<>();
      Map<String, Set<String>> used = new TreeMap<>();
      Map<String, List<ElementRef>> requirements = new TreeMap<>();
      Map<String, List<ElementRef>> byFramework = new TreeMap<>();
      for (ElementPlan e : elements()) {
        int f = e.framework() % frameworks.size();
        String framework = frameworkIds.get(f);
        Set<String> refs = used.computeIfAbsent(framework, k -> new HashSet<>());
        if (!refs.add(e.ref())) {
          continue;
        }
        ElementRef id = ElementRef.of(framework, e.ref());
        Body body = e.body();
        if (frameworks.get(f).kind() == FrameworkKind.CONTROL_CATALOG && e.control()) {
          b.addControl(new Control(id, body.title(), body.description(), body.attributes(), body.extensions()));
        } else {
          List<ElementRef> earlier = requirements.computeIfAbsent(framework, k -> new ArrayList<>());
          Requirement.Builder req = Requirement.builder(id, body.title())
              .kind(body.standard() ? "standard" : "implementation-specification")
              .text(body.withText() ? body.description() : "")
              .assessable(body.assessable())
              .extensions(body.extensions());
          e.links().parent().filter(p -> !earlier.isEmpty())
              .ifPresent(p -> req.parent(earlier.get(p % earlier.size())));
          e.links().alias().filter(refs::add).ifPresent(req::alias);
          body.attributes().forEach(req::attribute);
          b.addRequirement(req.build());
          earlier.add(id);
        }
        elements.add(id);
        placed.add(e);
        byFramework.computeIfAbsent(framework, k -> new ArrayList<>()).add(id);
      }

      // Mappings, up to two per element: curated or derived through one pivot, never of an element to itself.
      int n = elements.size();
      Set<List<Object>> related = new HashSet<>();
      Set<List<Object>> keys = new HashSet<>();
      List<LinkPlan> links = n < 2 ? List.of() : placed.stream().flatMap(e -> e.links().mappings().stream()).toList();
      for (LinkPlan l : links) {
        ElementRef s = elements.get(l.source() % n);
        ElementRef t = elements.get(l.target() % n);
        ImmutableList<ElementRef> via = l.via().map(v -> ImmutableList.of(elements.get(v % n))).orElse(ImmutableList.of());
        List<Object> key = new ArrayList<>(List.of(s, t));
        key.addAll(via);
        if (s.equals(t) || !keys.add(key)) {
          continue;
        }
        Statement st = l.statement();
        if (via.isEmpty() && st.relationship() != Relationship.NOT_RELATED) {
          related.add(List.of(s, t.framework()));
          related.add(List.of(t, s.framework()));
        }
        b.addMapping(new Mapping(s, t, st.relationship(), st.rationale(), st.strength(), st.justification(),
            citations(st.citations(), sourceIds), via));
      }

      // Joint mappings (format 1.1): two or three members of one framework together, on either end.
      List<JointPlan> joints = n < 3 ? List.of() : placed.stream().flatMap(e -> e.links().joint().stream()).toList();
      for (JointPlan j : joints) {
        ElementRef single = elements.get(j.single() % n);
        List<ElementRef> pool = byFramework.get(elements.get(j.pool() % n).framework());
        List<ElementRef> members = new ArrayList<>();
        for (int m : j.members()) {
          ElementRef member = pool.get(m % pool.size());
          if (!members.contains(member) && !member.equals(single)) {
            members.add(member);
          }
        }
        if (members.size() < 2) {
          continue;
        }
        MappingEnd joint = Joint.of(members);
        MappingEnd s = j.jointIsSource() ? joint : single;
        MappingEnd t = j.jointIsSource() ? single : joint;
        if (!keys.add(List.of(s, t))) {
          continue;
        }
        Statement st = j.statement();
        if (st.relationship() != Relationship.NOT_RELATED) {
          s.members().forEach(m -> related.add(List.of(m, t.framework())));
          t.members().forEach(m -> related.add(List.of(m, s.framework())));
        }
        b.addMapping(new Mapping(s, t, st.relationship(), st.rationale(), st.strength(), st.justification(),
            citations(st.citations(), sourceIds), ImmutableList.of()));
      }

      // Additions (format 1.1) and no-counterparts: at most one of each per element and other framework.
      for (int i = 0; i < n; i++) {
        ElementRef e = elements.get(i);
        placed.get(i).links().addition().ifPresent(a -> {
          String other = frameworkIds.get(a.framework() % frameworkIds.size());
          if (!other.equals(e.framework())) {
            b.addAddition(new Addition(e, other, a.text(), citations(a.citations(), sourceIds)));
          }
        });
      }
      for (int i = 0; i < n; i++) {
        ElementRef e = elements.get(i);
        placed.get(i).links().noCounterpart().ifPresent(x -> {
          String other = frameworkIds.get(x.framework() % frameworkIds.size());
          if (!other.equals(e.framework()) && !related.contains(List.of(e, other))) {
            b.addNoCounterpart(new NoCounterpart(e, other, x.text(), citations(x.citations(), sourceIds)));
          }
        });
      }
      return b.build();
    }

    /** Sources, some with a locator (one line, as the format requires). */
    private static ImmutableSortedSet<Citation> citations(List<CitationPlan> plans, List<String> sourceIds) {
      List<Citation> out = new ArrayList<>();
      for (CitationPlan c : plans) {
        String s = sourceIds.get(c.source() % sourceIds.size());
        out.add(c.section().map(k -> Citation.of(s, "§ " + k + " \"p.\" é")).orElse(Citation.of(s)));
        c.note().ifPresent(k -> out.add(Citation.of(s, "note " + k)));
      }
      return ImmutableSortedSet.copyOf(out);
    }
  }

  // ---- arbitraries of the parts -------------------------------------------------------------

  private static <T> Arbitrary<List<T>> sized(Arbitrary<T> element, int min, int max) {
    return element.list().ofMinSize(min).ofMaxSize(max).withSizeDistribution(RandomDistribution.uniform());
  }

  /** An index into a list not drawn yet, taken modulo its size. */
  private static Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 1 << 16).withDistribution(RandomDistribution.uniform());
  }

  /** True once in {@code n}; shrinks to false. */
  private static Arbitrary<Boolean> oneIn(int n) {
    return Arbitraries.frequency(Tuple.of(n - 1, false), Tuple.of(1, true));
  }

  /** Text of 1 to 30 code points, starting with {@code t} so that it is never blank. */
  private static Arbitrary<String> text() {
    return Arbitraries.of(TEXT_CODE_POINTS).list().ofMaxSize(29).withSizeDistribution(RandomDistribution.uniform())
        .map(points -> "t" + String.join("", points));
  }

  private static Arbitrary<String> ref() {
    return Arbitraries.of(REF_CHAR_LIST).list().ofMinSize(1).ofMaxSize(12)
        .withSizeDistribution(RandomDistribution.uniform())
        .map(chars -> {
          StringBuilder s = new StringBuilder();
          chars.forEach(s::append);
          return s.toString().strip();
        })
        .filter(s -> !s.isEmpty());
  }

  private static Arbitrary<Extensions> extensions() {
    return Arbitraries.frequency(Tuple.of(2, Extensions.EMPTY), Tuple.of(1, SOME_EXTENSIONS),
        Tuple.of(1, QUOTED_EXTENSIONS));
  }

  private static Arbitrary<ImmutableSortedMap<String, String>> attributes() {
    return Combinators.combine(Arbitraries.of(ATTRIBUTE_KEYS), text()).as(Map::entry).list().ofMaxSize(3)
        .map(entries -> {
          Map<String, String> m = new TreeMap<>();
          entries.forEach(e -> m.put(e.getKey(), e.getValue()));
          return ImmutableSortedMap.copyOf(m);
        });
  }

  /** Framework attributes (format 1.1): sometimes the well-known ones. */
  private static Arbitrary<ImmutableSortedMap<String, String>> frameworkAttributes() {
    return Combinators.combine(Arbitraries.integers().between(0, 9).optional(0.5), oneIn(3), oneIn(3))
        .as((shortName, discretionary, groupBy) -> {
          Map<String, String> m = new TreeMap<>();
          shortName.ifPresent(k -> m.put(Framework.SHORT_NAME, "FW " + k));
          if (discretionary) {
            m.put(Framework.DISCRETIONARY, "designation=addressable");
          }
          if (groupBy) {
            m.put(Framework.GROUP_BY, "rule,category");
          }
          return ImmutableSortedMap.copyOf(m);
        });
  }

  private static Arbitrary<SourcePlan> source() {
    return Combinators.combine(text(), Arbitraries.of(false, true), text().optional(0.5), Arbitraries.of(false, true))
        .as(SourcePlan::new);
  }

  private static Arbitrary<FrameworkPlan> framework() {
    return Combinators.combine(Arbitraries.of(FrameworkKind.class), text(), text(), text(), Arbitraries.of(false, true),
        text().optional(0.5), frameworkAttributes(), extensions()).as(FrameworkPlan::new);
  }

  private static Arbitrary<List<CitationPlan>> citations() {
    Arbitrary<CitationPlan> one = Combinators.combine(index(),
        Arbitraries.integers().between(0, 99).optional(1.0 / 3), Arbitraries.integers().between(0, 9).optional(0.2))
        .as(CitationPlan::new);
    return one.list().ofMinSize(1).ofMaxSize(3);
  }

  private static Arbitrary<Note> note() {
    return Combinators.combine(index(), text(), citations()).as(Note::new);
  }

  private static Arbitrary<ElementPlan> element() {
    Arbitrary<Body> body = Combinators.combine(text(), text(), Arbitraries.of(false, true), Arbitraries.of(false, true),
        oneIn(4).map(b -> !b), attributes(), extensions()).as(Body::new);
    Arbitrary<Links> links = Combinators.combine(index().optional(2.0 / 3), ref().optional(0.2),
        link().list().ofMaxSize(2).withSizeDistribution(RandomDistribution.uniform()), joint().optional(1.0 / 6),
        note().optional(0.25), note().optional(0.25)).as(Links::new);
    return Combinators.combine(index(), ref(), Arbitraries.of(false, true), body, links).as(ElementPlan::new);
  }

  private static Arbitrary<Statement> statement() {
    return Combinators.combine(Arbitraries.of(Relationship.class), Arbitraries.of(Rationale.class),
        Arbitraries.integers().between(1, 10), text(), citations()).as(Statement::new);
  }

  private static Arbitrary<LinkPlan> link() {
    return Combinators.combine(index(), index(), index().optional(0.2), statement()).as(LinkPlan::new);
  }

  private static Arbitrary<JointPlan> joint() {
    return Combinators.combine(index(), index(), index().list().ofMinSize(2).ofMaxSize(3), Arbitraries.of(false, true),
        statement()).as(JointPlan::new);
  }
}
