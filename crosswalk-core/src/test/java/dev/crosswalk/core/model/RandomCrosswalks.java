package dev.crosswalk.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates random valid crosswalks for property tests: several frameworks, hierarchies,
 * aliases, awkward text (Unicode, quotes, backslashes, control characters), controls, curated and
 * derived mappings, and no-counterpart records.
 */
public final class RandomCrosswalks {
  private static final String REF_CHARS = "ABCabc0123456789.()-_:/ §é漢";
  private static final String TEXT_CHARS = "abc XYZ 0123 \"quoted\" back\\slash tab\t newline\n é ü 漢字 😀 \u0001 </script>";

  private RandomCrosswalks() {}

  /** A random valid crosswalk of roughly {@code size} requirements. */
  public static Crosswalk generate(Random r, int size) {
    CrosswalkBuilder b = Crosswalk.builder();
    int sourceCount = 1 + r.nextInt(3);
    List<String> sources = new ArrayList<>();
    for (int i = 0; i < sourceCount; i++) {
      String id = "src-" + i;
      sources.add(id);
      b.addSource(new Source(id, text(r), opt(r, "https://example.org/" + i), opt(r, text(r)), opt(r, "2026-11-22")));
    }
    int frameworkCount = 1 + r.nextInt(4);
    List<ElementRef> elements = new ArrayList<>();
    List<String> frameworkIds = new ArrayList<>();
    for (int f = 0; f < frameworkCount; f++) {
      String id = "fw" + f;
      frameworkIds.add(id);
      FrameworkKind kind = FrameworkKind.values()[r.nextInt(FrameworkKind.values().length)];
      b.addFramework(new Framework(id, text(r), text(r), text(r), kind, opt(r, "https://example.org/" + id),
          opt(r, text(r)), frameworkAttributes(r), extensions(r)));
      int n = r.nextInt(Math.max(1, size / frameworkCount) + 1);
      List<ElementRef> mine = new ArrayList<>();
      Set<String> used = new HashSet<>();
      for (int i = 0; i < n; i++) {
        String ref = uniqueRef(r, used);
        ElementRef eid = ElementRef.of(id, ref);
        if (kind == FrameworkKind.CONTROL_CATALOG && r.nextBoolean()) {
          b.addControl(new Control(eid, text(r), text(r), attributes(r), extensions(r)));
        } else {
          Requirement.Builder req = Requirement.builder(eid, text(r))
              .kind(r.nextBoolean() ? "standard" : "implementation-specification")
              .text(r.nextBoolean() ? text(r) : "")
              .assessable(r.nextInt(4) != 0)
              .extensions(extensions(r));
          if (!mine.isEmpty() && r.nextInt(3) != 0) {
            ElementRef parent = mine.get(r.nextInt(mine.size()));
            // Only requirements can be parents; controls are skipped by checking the flag below.
            req.parent(parent);
          }
          if (r.nextInt(5) == 0) {
            req.alias(uniqueRef(r, used));
          }
          attributes(r).forEach(req::attribute);
          b.addRequirement(req.build());
          mine.add(eid);
        }
        elements.add(eid);
      }
    }
    Map<String, List<ElementRef>> byFramework = new TreeMap<>();
    elements.forEach(e -> byFramework.computeIfAbsent(e.framework(), k -> new ArrayList<>()).add(e));
    Set<List<Object>> jointKeys = new HashSet<>();
    Set<List<ElementRef>> pairs = new HashSet<>();
    Map<List<Object>, Boolean> related = new TreeMap<>((x, y) -> x.toString().compareTo(y.toString()));
    int mappings = elements.size() < 2 ? 0 : r.nextInt(elements.size() * 2 + 1);
    for (int i = 0; i < mappings; i++) {
      ElementRef s = elements.get(r.nextInt(elements.size()));
      ElementRef t = elements.get(r.nextInt(elements.size()));
      if (s.equals(t)) {
        continue;
      }
      ImmutableList<ElementRef> via = r.nextInt(5) == 0
          ? ImmutableList.of(elements.get(r.nextInt(elements.size()))) : ImmutableList.of();
      List<ElementRef> key = new ArrayList<>(List.of(s, t));
      key.addAll(via);
      if (!pairs.add(key)) {
        continue;
      }
      Relationship rel = Relationship.values()[r.nextInt(Relationship.values().length)];
      if (via.isEmpty() && rel != Relationship.NOT_RELATED) {
        related.put(List.of(s, t.framework()), true);
        related.put(List.of(t, s.framework()), true);
      }
      b.addMapping(new Mapping(s, t, rel, Rationale.values()[r.nextInt(3)], 1 + r.nextInt(10), text(r),
          citations(r, sources), via));
    }
    // Joint mappings (format 1.1): two or three members of one framework together, on either end.
    int joints = elements.size() < 3 ? 0 : r.nextInt(Math.max(1, elements.size() / 3) + 1);
    for (int i = 0; i < joints; i++) {
      ElementRef single = elements.get(r.nextInt(elements.size()));
      List<ElementRef> pool = byFramework.get(elements.get(r.nextInt(elements.size())).framework());
      List<ElementRef> members = new ArrayList<>();
      for (int k = 0; k < 2 + r.nextInt(2) && pool.size() > 1; k++) {
        ElementRef m = pool.get(r.nextInt(pool.size()));
        if (!members.contains(m) && !m.equals(single)) {
          members.add(m);
        }
      }
      if (members.size() < 2) {
        continue;
      }
      MappingEnd joint = Joint.of(members);
      boolean jointIsSource = r.nextBoolean();
      MappingEnd s = jointIsSource ? joint : single;
      MappingEnd t = jointIsSource ? single : joint;
      if (!jointKeys.add(List.of(s, t))) {
        continue;
      }
      Relationship rel = Relationship.values()[r.nextInt(Relationship.values().length)];
      if (rel != Relationship.NOT_RELATED) {
        s.members().forEach(m -> related.put(List.of(m, t.framework()), true));
        t.members().forEach(m -> related.put(List.of(m, s.framework()), true));
      }
      b.addMapping(new Mapping(s, t, rel, Rationale.values()[r.nextInt(3)], 1 + r.nextInt(10), text(r),
          citations(r, sources), ImmutableList.of()));
    }
    // Additions (format 1.1): at most one per element and other framework.
    for (ElementRef e : elements) {
      if (frameworkIds.size() > 1 && r.nextInt(4) == 0) {
        String other = frameworkIds.get(r.nextInt(frameworkIds.size()));
        if (!other.equals(e.framework())) {
          b.addAddition(new Addition(e, other, text(r), citations(r, sources)));
        }
      }
    }
    for (ElementRef e : elements) {
      if (r.nextInt(4) == 0) {
        String other = frameworkIds.get(r.nextInt(frameworkIds.size()));
        if (!other.equals(e.framework()) && !related.containsKey(List.of(e, other))) {
          b.addNoCounterpart(new NoCounterpart(e, other, text(r), citations(r, sources)));
        }
      }
    }
    return b.build();
  }

  /** Sources, some with a locator (one line, as the format requires). */
  private static ImmutableSortedSet<Citation> citations(Random r, List<String> sources) {
    List<Citation> out = new ArrayList<>();
    for (String s : pick(r, sources)) {
      out.add(r.nextInt(3) == 0 ? Citation.of(s, "§ " + r.nextInt(100) + " \"p.\" é") : Citation.of(s));
      if (r.nextInt(5) == 0) {
        out.add(Citation.of(s, "note " + r.nextInt(10)));
      }
    }
    return ImmutableSortedSet.copyOf(out);
  }

  /** Framework attributes (format 1.1): sometimes the well-known ones, sometimes others. */
  private static ImmutableSortedMap<String, String> frameworkAttributes(Random r) {
    Map<String, String> m = new TreeMap<>();
    if (r.nextBoolean()) {
      m.put(Framework.SHORT_NAME, "FW " + r.nextInt(10));
    }
    if (r.nextInt(3) == 0) {
      m.put(Framework.DISCRETIONARY, "designation=addressable");
    }
    if (r.nextInt(3) == 0) {
      m.put(Framework.GROUP_BY, "rule,category");
    }
    return ImmutableSortedMap.copyOf(m);
  }

  private static List<String> pick(Random r, List<String> from) {
    List<String> out = new ArrayList<>();
    for (String s : from) {
      if (r.nextBoolean()) {
        out.add(s);
      }
    }
    if (out.isEmpty()) {
      out.add(from.get(0));
    }
    return out;
  }

  private static String uniqueRef(Random r, Set<String> used) {
    while (true) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int i = 0; i < len; i++) {
        sb.append(REF_CHARS.charAt(r.nextInt(REF_CHARS.length())));
      }
      String ref = sb.toString().strip();
      if (!ref.isEmpty() && used.add(ref)) {
        return ref;
      }
    }
  }

  static String text(Random r) {
    StringBuilder sb = new StringBuilder("t");
    int len = r.nextInt(30);
    int[] codePoints = TEXT_CHARS.codePoints().toArray(); // whole characters: never half a surrogate pair
    for (int i = 0; i < len; i++) {
      sb.appendCodePoint(codePoints[r.nextInt(codePoints.length)]);
    }
    return sb.toString();
  }

  private static Optional<String> opt(Random r, String value) {
    return r.nextBoolean() ? Optional.of(value) : Optional.empty();
  }

  private static ImmutableSortedMap<String, String> attributes(Random r) {
    Map<String, String> m = new TreeMap<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      m.put(List.of("rule", "safeguard", "designation", "category", "x.y-z").get(r.nextInt(5)), text(r));
    }
    return ImmutableSortedMap.copyOf(m);
  }

  private static Extensions extensions(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> new Extensions("{\"a\":[1,2.50,-3e5,true,false,null],\"b\":{\"c\":\"dé\"}}");
      case 1 -> new Extensions("{\"owner\":\"team \\\"x\\\"\"}");
      default -> Extensions.EMPTY;
    };
  }

  /**
   * The crosswalk with every unpaired surrogate in its texts replaced, as UTF-8 would: the random
   * generator draws single UTF-16 units, and such text cannot be stored in a UTF-8 file or database
   * or written as UTF-8 JSON.
   */
  public static Crosswalk wellFormed(Crosswalk c) {
    CrosswalkBuilder b = Crosswalk.builder();
    c.frameworks().values().forEach(f -> b.addFramework(new Framework(f.id(), fix(f.name()), fix(f.edition()),
        fix(f.publisher()), f.kind(), f.sourceUrl().map(RandomCrosswalks::fix), f.license().map(RandomCrosswalks::fix),
        f.attributes(), f.extensions())));
    c.sources().values().forEach(s -> b.addSource(new Source(s.id(), fix(s.title()), s.url().map(RandomCrosswalks::fix),
        s.publisher().map(RandomCrosswalks::fix), s.date().map(RandomCrosswalks::fix))));
    c.requirements().values().forEach(r -> b.addRequirement(new Requirement(r.id(), fix(r.title()), r.kind(),
        r.parent(), fix(r.text()), r.aliases(), r.assessable(), fix(r.attributes()), r.extensions())));
    c.controls().values().forEach(x -> b.addControl(new Control(x.id(), fix(x.title()), fix(x.description()),
        fix(x.attributes()), x.extensions())));
    c.mappings().forEach(m -> b.addMapping(new Mapping(m.source(), m.target(), m.relationship(), m.rationale(),
        m.strength(), fix(m.justification()), m.citations(), m.derivedVia())));
    c.noCounterparts().forEach(n -> b.addNoCounterpart(new NoCounterpart(n.element(), n.framework(), fix(n.reason()),
        n.citations())));
    c.additions().forEach(a -> b.addAddition(new Addition(a.element(), a.framework(), fix(a.statement()),
        a.citations())));
    return b.build();
  }

  /**
   * Well-formed random crosswalks of up to {@code maxSize} requirements (joint ends, located
   * citations and additions included, as {@link #generate} draws them), drawn through jqwik so
   * that a failing property shrinks toward a smaller crosswalk: the size shrinks, and the seed
   * picks one crosswalk of that size.
   */
  public static Arbitrary<Crosswalk> wellFormedCrosswalks(int maxSize) {
    return Combinators.combine(Arbitraries.integers().between(0, maxSize), Arbitraries.longs())
        .as((size, seed) -> wellFormed(generate(new Random(seed), size)));
  }

  private static String fix(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static ImmutableSortedMap<String, String> fix(ImmutableSortedMap<String, String> attributes) {
    return ImmutableSortedMap.copyOf(Maps.transformValues(attributes, RandomCrosswalks::fix));
  }
}
