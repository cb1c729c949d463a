package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects frameworks, sources, requirements, controls, mappings and no-counterpart records,
 * then {@linkplain #build() builds} a validated {@link Crosswalk}.
 *
 * <p>Items can be added in any order and from several documents; nothing is checked until
 * {@link #build()}, which reports every violation at once. Each {@code add} method takes an
 * optional {@link Origin} so that violations point at the input at fault. Not thread-safe.
 */
public final class CrosswalkBuilder {
  /**
   * An item added to a builder and where it was read from.
   *
   * @param value the framework, source, requirement, control, mapping or no-counterpart record
   * @param origin where it was read from, when known
   */
  public record Entry<T>(T value, Optional<Origin> origin) {
    /** Validates the components. */
    public Entry {
      requireNonNull(value, "value");
      requireNonNull(origin, "origin");
    }
  }

  private final List<Entry<Framework>> frameworks = new ArrayList<>();
  private final List<Entry<Source>> sources = new ArrayList<>();
  private final List<Entry<Requirement>> requirements = new ArrayList<>();
  private final List<Entry<Control>> controls = new ArrayList<>();
  private final List<Entry<Mapping>> mappings = new ArrayList<>();
  private final List<Entry<NoCounterpart>> noCounterparts = new ArrayList<>();

  CrosswalkBuilder() {}

  /** Adds a framework. */
  public CrosswalkBuilder addFramework(Framework framework) {
    return addFramework(framework, null);
  }

  /** Adds a framework read from {@code origin} (may be null). */
  public CrosswalkBuilder addFramework(Framework framework, Origin origin) {
    frameworks.add(new Entry<>(requireNonNull(framework, "framework"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a provenance source. */
  public CrosswalkBuilder addSource(Source source) {
    return addSource(source, null);
  }

  /** Adds a provenance source read from {@code origin} (may be null). */
  public CrosswalkBuilder addSource(Source source, Origin origin) {
    sources.add(new Entry<>(requireNonNull(source, "source"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a requirement. */
  public CrosswalkBuilder addRequirement(Requirement requirement) {
    return addRequirement(requirement, null);
  }

  /** Adds a requirement read from {@code origin} (may be null). */
  public CrosswalkBuilder addRequirement(Requirement requirement, Origin origin) {
    requirements.add(new Entry<>(requireNonNull(requirement, "requirement"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a control. */
  public CrosswalkBuilder addControl(Control control) {
    return addControl(control, null);
  }

  /** Adds a control read from {@code origin} (may be null). */
  public CrosswalkBuilder addControl(Control control, Origin origin) {
    controls.add(new Entry<>(requireNonNull(control, "control"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a mapping. */
  public CrosswalkBuilder addMapping(Mapping mapping) {
    return addMapping(mapping, null);
  }

  /** Adds a mapping read from {@code origin} (may be null). */
  public CrosswalkBuilder addMapping(Mapping mapping, Origin origin) {
    mappings.add(new Entry<>(requireNonNull(mapping, "mapping"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a no-counterpart record. */
  public CrosswalkBuilder addNoCounterpart(NoCounterpart noCounterpart) {
    return addNoCounterpart(noCounterpart, null);
  }

  /** Adds a no-counterpart record read from {@code origin} (may be null). */
  public CrosswalkBuilder addNoCounterpart(NoCounterpart noCounterpart, Origin origin) {
    noCounterparts.add(new Entry<>(requireNonNull(noCounterpart, "noCounterpart"), Optional.ofNullable(origin)));
    return this;
  }

  /**
   * The items of one type added so far, in the order added, with their origins; for tools that
   * inspect or merge items before building, such as overlays.
   *
   * @param type {@code Framework.class}, {@code Source.class}, {@code Requirement.class},
   *     {@code Control.class}, {@code Mapping.class} or {@code NoCounterpart.class}
   * @throws IllegalArgumentException for any other type
   */
  @SuppressWarnings("unchecked")
  public <T> ImmutableList<Entry<T>> entries(Class<T> type) {
    List<? extends Entry<?>> list;
    if (type == Framework.class) {
      list = frameworks;
    } else if (type == Source.class) {
      list = sources;
    } else if (type == Requirement.class) {
      list = requirements;
    } else if (type == Control.class) {
      list = controls;
    } else if (type == Mapping.class) {
      list = mappings;
    } else if (type == NoCounterpart.class) {
      list = noCounterparts;
    } else {
      throw new IllegalArgumentException("a builder holds no items of type " + type.getName()
          + "; use Framework, Source, Requirement, Control, Mapping or NoCounterpart");
    }
    return ImmutableList.copyOf((List<Entry<T>>) list);
  }

  /** Adds every mapping in the collection. */
  public CrosswalkBuilder addMappings(Collection<Mapping> toAdd) {
    toAdd.forEach(this::addMapping);
    return this;
  }

  /** Adds everything another crosswalk holds. */
  public CrosswalkBuilder addAll(Crosswalk other) {
    other.frameworks().values().forEach(this::addFramework);
    other.sources().values().forEach(this::addSource);
    other.requirements().values().forEach(this::addRequirement);
    other.controls().values().forEach(this::addControl);
    other.mappings().forEach(this::addMapping);
    other.noCounterparts().forEach(this::addNoCounterpart);
    return this;
  }

  /**
   * Validates everything added and builds the crosswalk.
   *
   * @throws CrosswalkValidationException listing every violation: duplicate ids or aliases,
   *     unknown frameworks or sources, dangling parents and mapping ends, parents in another
   *     framework, hierarchy cycles, controls outside a control catalog, self mappings,
   *     duplicate mappings, and no-counterpart records contradicted by a mapping
   */
  public Crosswalk build() {
    List<Violation> violations = new ArrayList<>();

    Map<String, Framework> fw = unique(frameworks, Framework::id, "framework", violations);
    Map<String, Source> src = unique(sources, Source::id, "source", violations);
    Map<ElementRef, Requirement> req = unique(requirements, Requirement::id, "requirement", violations);
    Map<ElementRef, Control> ctl = unique(controls, Control::id, "control", violations);

    for (Entry<Control> e : controls) {
      ElementRef id = e.value().id();
      if (req.containsKey(id)) {
        violations.add(new Violation(id.toString(), "is both a requirement and a control; element ids must be unique", e.origin()));
      }
      Framework f = fw.get(id.framework());
      if (f == null) {
        violations.add(unknownFramework(id, e.origin(), fw));
      } else if (f.kind() != FrameworkKind.CONTROL_CATALOG) {
        violations.add(new Violation(id.toString(), "is a control but framework '" + f.id() + "' is a "
            + f.kind() + "; controls belong to a CONTROL_CATALOG framework", e.origin()));
      }
    }
    Map<ElementRef, ElementRef> aliasOf = new HashMap<>();
    for (Entry<Requirement> e : requirements) {
      Requirement r = e.value();
      if (!fw.containsKey(r.id().framework())) {
        violations.add(unknownFramework(r.id(), e.origin(), fw));
      }
      r.parent().ifPresent(p -> {
        if (!p.framework().equals(r.id().framework())) {
          violations.add(new Violation(r.id().toString(), "parent " + p + " is in another framework; a parent must be in the same framework", e.origin()));
        } else if (!req.containsKey(p)) {
          violations.add(new Violation(r.id().toString(), "parent " + p + " does not exist", e.origin()));
        }
      });
      for (String alias : r.aliases()) {
        ElementRef a = ElementRef.of(r.id().framework(), alias);
        ElementRef previous = aliasOf.putIfAbsent(a, r.id());
        if (req.containsKey(a) || ctl.containsKey(a)) {
          violations.add(new Violation(r.id().toString(), "alias '" + alias + "' is the id of another element", e.origin()));
        } else if (previous != null && !previous.equals(r.id())) {
          violations.add(new Violation(r.id().toString(), "alias '" + alias + "' is also an alias of " + previous, e.origin()));
        }
      }
    }
    checkCycles(req, violations);

    Set<List<ElementRef>> pairs = new HashSet<>();
    Map<List<Object>, Entry<Mapping>> curatedPairs = new HashMap<>();
    for (Entry<Mapping> e : mappings) {
      Mapping m = e.value();
      String what = "mapping " + m.source() + " -> " + m.target();
      checkEnd(m.source(), "source", what, e.origin(), req, ctl, aliasOf, fw, violations);
      checkEnd(m.target(), "target", what, e.origin(), req, ctl, aliasOf, fw, violations);
      if (m.source().equals(m.target())) {
        violations.add(new Violation(what, "maps an element to itself", e.origin()));
      }
      for (ElementRef via : m.derivedVia()) {
        checkEnd(via, "pivot", what, e.origin(), req, ctl, aliasOf, fw, violations);
      }
      checkSources(m.sources(), what, e.origin(), src, violations);
      List<ElementRef> key = new ArrayList<>(List.of(m.source(), m.target()));
      key.addAll(m.derivedVia());
      if (!pairs.add(key)) {
        violations.add(new Violation(what, "is given more than once" + (m.isDerived() ? " with the same path" : "")
            + "; a (source, target) pair appears at most once", e.origin()));
      }
      if (!m.isDerived() && m.relationship() != Relationship.NOT_RELATED) {
        curatedPairs.put(List.of(m.source(), m.target().framework()), e);
        curatedPairs.put(List.of(m.target(), m.source().framework()), e);
      }
    }
    Set<List<Object>> ncPairs = new HashSet<>();
    for (Entry<NoCounterpart> e : noCounterparts) {
      NoCounterpart n = e.value();
      String what = "no-counterpart " + n.element() + " in " + n.framework();
      checkEnd(n.element(), "element", what, e.origin(), req, ctl, aliasOf, fw, violations);
      if (!fw.containsKey(n.framework())) {
        violations.add(new Violation(what, "framework '" + n.framework() + "' does not exist; known: "
            + new java.util.TreeSet<>(fw.keySet()), e.origin()));
      }
      checkSources(n.sources(), what, e.origin(), src, violations);
      if (!ncPairs.add(List.of(n.element(), n.framework()))) {
        violations.add(new Violation(what, "is given more than once", e.origin()));
      }
      Entry<Mapping> contradicting = curatedPairs.get(List.of(n.element(), n.framework()));
      if (contradicting != null) {
        violations.add(new Violation(what, "contradicts " + contradicting.value()
            + contradicting.origin().map(o -> " (" + o + ")").orElse("")
            + "; remove one of the two", e.origin()));
      }
    }

    if (!violations.isEmpty()) {
      throw new CrosswalkValidationException(violations);
    }
    return new Crosswalk(
        ImmutableSortedMap.copyOf(fw),
        ImmutableSortedMap.copyOf(src),
        ImmutableSortedMap.copyOf(req),
        ImmutableSortedMap.copyOf(ctl),
        mappings.stream().map(Entry::value).sorted(Mapping.ORDER).collect(ImmutableList.toImmutableList()),
        noCounterparts.stream().map(Entry::value)
            .sorted(java.util.Comparator.comparing(NoCounterpart::element).thenComparing(NoCounterpart::framework))
            .collect(ImmutableList.toImmutableList()));
  }

  private static <K, T> Map<K, T> unique(
      List<Entry<T>> entries, java.util.function.Function<T, K> id, String what, List<Violation> violations) {
    Map<K, T> out = new TreeMap<>();
    Map<K, Optional<Origin>> firstSeen = new HashMap<>();
    for (Entry<T> e : entries) {
      K key = id.apply(e.value());
      if (out.putIfAbsent(key, e.value()) != null) {
        Optional<Origin> first = firstSeen.get(key);
        violations.add(new Violation(key.toString(), "duplicate " + what + " id"
            + first.map(o -> " (first defined at " + o + ")").orElse(""), e.origin()));
      } else {
        firstSeen.put(key, e.origin());
      }
    }
    return out;
  }

  private static Violation unknownFramework(ElementRef id, Optional<Origin> origin, Map<String, Framework> fw) {
    return new Violation(id.toString(), "framework '" + id.framework() + "' does not exist; declare it in"
        + " 'frameworks' (known: " + fw.keySet() + ")", origin);
  }

  private static void checkEnd(
      ElementRef ref, String role, String what, Optional<Origin> origin,
      Map<ElementRef, Requirement> req, Map<ElementRef, Control> ctl, Map<ElementRef, ElementRef> aliasOf,
      Map<String, Framework> fw, List<Violation> violations) {
    if (req.containsKey(ref) || ctl.containsKey(ref)) {
      return;
    }
    String message;
    if (aliasOf.containsKey(ref)) {
      message = role + " " + ref + " is an alias; use the canonical reference " + aliasOf.get(ref);
    } else if (!fw.containsKey(ref.framework())) {
      message = role + " " + ref + " is in framework '" + ref.framework() + "', which does not exist";
    } else {
      message = role + " " + ref + " does not exist";
    }
    violations.add(new Violation(what, message, origin));
  }

  private static void checkSources(
      Collection<String> cited, String what, Optional<Origin> origin, Map<String, Source> src,
      List<Violation> violations) {
    for (String s : cited) {
      if (!src.containsKey(s)) {
        violations.add(new Violation(what, "cites source '" + s + "', which is not declared in 'sources'", origin));
      }
    }
  }

  private static void checkCycles(Map<ElementRef, Requirement> req, List<Violation> violations) {
    Set<ElementRef> acyclic = new HashSet<>();
    for (Requirement start : req.values()) {
      Set<ElementRef> path = new java.util.LinkedHashSet<>();
      Requirement r = start;
      while (r != null && !acyclic.contains(r.id())) {
        if (!path.add(r.id())) {
          if (r.id().equals(start.id())) {
            violations.add(new Violation(start.id().toString(), "is its own ancestor: " + path + " -> " + r.id(), Optional.empty()));
          }
          break;
        }
        r = r.parent().map(req::get).orElse(null);
      }
      if (r == null) {
        acyclic.addAll(path);
      }
    }
  }
}
