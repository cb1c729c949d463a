package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.UnknownElementException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * An immutable, validated set of frameworks, requirements, controls, mappings and their sources,
 * with indexes for lookup by reference, hierarchy navigation and mappings from, to or between.
 *
 * <p>Instances are built by a {@link CrosswalkBuilder}, which rejects inconsistent input, and are
 * safe to share between threads. Every collection returned is immutable and in a stable order:
 * frameworks, sources, requirements and controls by id; mappings by {@link Mapping#ORDER}.
 */
public final class Crosswalk {
  /**
   * The deepest requirement hierarchy a crosswalk may hold: a root is at depth 1, its children at
   * 2, and so on. {@link CrosswalkBuilder#build()} refuses a deeper one, so every reader refuses
   * it too. Eight times what the bundled data needs (HIPAA's implementation specifications are at
   * depth 3 below their section; NIST SP 800-53 read from OSCAL, family, control, enhancement, is 3
   * deep too), and low enough that every traversal of the hierarchy, and the OSCAL
   * catalogs it is written to (nested two JSON levels per hierarchy level), stays within the
   * default {@link dev.crosswalk.core.ReadLimits#maxNestingDepth()} of 64.
   */
  public static final int MAX_DEPTH = 24;

  private final ImmutableSortedMap<String, Framework> frameworks;
  private final ImmutableSortedMap<String, Source> sources;
  private final ImmutableSortedMap<ElementRef, Requirement> requirements;
  private final ImmutableSortedMap<ElementRef, Control> controls;
  private final ImmutableList<Mapping> mappings;
  private final ImmutableList<NoCounterpart> noCounterparts;
  private final ImmutableList<Addition> additions;
  /**
   * Hash indexes of the sorted maps, for look-ups: a sorted map's is a binary search comparing
   * references as text, which at 100,000 requirements was half of a coverage query.
   */
  private final ImmutableMap<ElementRef, Requirement> requirementsById;
  private final ImmutableMap<ElementRef, Control> controlsById;
  private final ImmutableMap<ElementRef, ElementRef> aliases;
  private final ImmutableListMultimap<ElementRef, Requirement> children;
  private final ImmutableMap<ElementRef, ImmutableList<Mapping>> mappingsFrom;
  private final ImmutableMap<ElementRef, ImmutableList<Mapping>> mappingsTo;
  private final ImmutableListMultimap<ElementRef, NoCounterpart> noCounterpartsOf;
  private final ImmutableListMultimap<ElementRef, Addition> additionsOf;
  private final ImmutableListMultimap<String, Requirement> requirementsOf;
  private final ImmutableListMultimap<String, Control> controlsOf;

  Crosswalk(
      ImmutableSortedMap<String, Framework> frameworks,
      ImmutableSortedMap<String, Source> sources,
      ImmutableSortedMap<ElementRef, Requirement> requirements,
      ImmutableSortedMap<ElementRef, Control> controls,
      ImmutableList<Mapping> mappings,
      ImmutableList<Mapping> mappingsByTarget,
      ImmutableList<NoCounterpart> noCounterparts,
      ImmutableList<Addition> additions) {
    this.frameworks = frameworks;
    this.sources = sources;
    this.requirements = requirements;
    this.controls = controls;
    this.mappings = mappings;
    this.noCounterparts = noCounterparts;
    this.additions = additions;
    this.requirementsById = ImmutableMap.copyOf(requirements);
    this.controlsById = ImmutableMap.copyOf(controls);

    ImmutableMap.Builder<ElementRef, ElementRef> aliasIndex = ImmutableMap.builder();
    ImmutableListMultimap.Builder<ElementRef, Requirement> childIndex = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Requirement> byFramework = ImmutableListMultimap.builder();
    for (Requirement r : requirements.values()) {
      r.parent().ifPresent(p -> childIndex.put(p, r));
      byFramework.put(r.id().framework(), r);
      for (String alias : r.aliases()) {
        aliasIndex.put(ElementRef.of(r.id().framework(), alias), r.id());
      }
    }
    this.aliases = aliasIndex.buildOrThrow();
    this.children = childIndex.build();
    this.requirementsOf = byFramework.build();
    ImmutableListMultimap.Builder<String, Control> controlIndex = ImmutableListMultimap.builder();
    controls.values().forEach(c -> controlIndex.put(c.id().framework(), c));
    this.controlsOf = controlIndex.build();

    // Mappings are sorted by source, so each source's mappings are one run of the list. For
    // targets, the builder regrouped the list by target (a counting sort, which keeps the order
    // within a target). Either way the index holds views of one array, not a list per element.
    int elements = requirements.size() + controls.size(); // at most this many keys
    this.mappingsFrom = runs(mappings, Mapping::source, elements);
    this.mappingsTo = runs(mappingsByTarget, Mapping::target, elements);
    ImmutableListMultimap.Builder<ElementRef, NoCounterpart> nc = ImmutableListMultimap.builder();
    noCounterparts.forEach(n -> nc.put(n.element(), n));
    this.noCounterpartsOf = nc.build();
    ImmutableListMultimap.Builder<ElementRef, Addition> add = ImmutableListMultimap.builder();
    additions.forEach(a -> add.put(a.element(), a));
    this.additionsOf = add.build();
  }

  /**
   * The runs of equal ends of a list grouped by end, by element: a single-element end's run as
   * it is (a view); a joint end's mappings added to the run of each of its members, in {@link
   * Mapping#ORDER}.
   */
  private static ImmutableMap<ElementRef, ImmutableList<Mapping>> runs(
      ImmutableList<Mapping> grouped, Function<Mapping, MappingEnd> key, int maxKeys) {
    ImmutableMap.Builder<ElementRef, ImmutableList<Mapping>> out =
        ImmutableMap.builderWithExpectedSize(Math.min(maxKeys, grouped.size()));
    Map<ElementRef, List<Mapping>> joint = null;
    int start = 0;
    for (int i = 1; i <= grouped.size(); i++) {
      if (i == grouped.size() || !key.apply(grouped.get(i)).equals(key.apply(grouped.get(start)))) {
        MappingEnd end = key.apply(grouped.get(start));
        if (end instanceof ElementRef element) {
          out.put(element, grouped.subList(start, i));
        } else {
          if (joint == null) {
            joint = new HashMap<>();
          }
          for (ElementRef member : end.members()) {
            joint.computeIfAbsent(member, k -> new ArrayList<>()).addAll(grouped.subList(start, i));
          }
        }
        start = i;
      }
    }
    ImmutableMap<ElementRef, ImmutableList<Mapping>> singles = out.buildOrThrow();
    if (joint == null) {
      return singles;
    }
    // Joint ends are few: merge them into their members' runs.
    Map<ElementRef, ImmutableList<Mapping>> merged = new LinkedHashMap<>(singles);
    joint.forEach((member, list) -> {
      List<Mapping> all = new ArrayList<>(singles.getOrDefault(member, ImmutableList.of()));
      all.addAll(list);
      all.sort(Mapping.ORDER);
      merged.put(member, ImmutableList.copyOf(all));
    });
    return ImmutableMap.copyOf(merged);
  }

  /** Starts an empty builder. */
  public static CrosswalkBuilder builder() {
    return new CrosswalkBuilder();
  }

  /** A builder holding everything in this crosswalk, to add to or merge with. */
  public CrosswalkBuilder toBuilder() {
    return new CrosswalkBuilder().addAll(this);
  }

  /**
   * Every item of one kind, in this crosswalk's order: frameworks, sources, requirements and
   * controls by id, mappings by {@link Mapping#ORDER}, no-counterpart records and additions by
   * element, then framework. The order every format and export writes them in.
   */
  public List<CrosswalkItem> items(ItemKind kind) {
    requireNonNull(kind, "kind");
    // A switch expression: a kind added to ItemKind and not here does not compile.
    return Collections.unmodifiableList(switch (kind) {
      case FRAMEWORK -> frameworks.values().asList();
      case SOURCE -> sources.values().asList();
      case REQUIREMENT -> requirements.values().asList();
      case CONTROL -> controls.values().asList();
      case MAPPING -> mappings;
      case NO_COUNTERPART -> noCounterparts;
      case ADDITION -> additions;
    });
  }

  /** Every framework, by id. */
  public SortedMap<String, Framework> frameworks() {
    return frameworks;
  }

  /** The framework with this id, if present. */
  public Optional<Framework> framework(String id) {
    return Optional.ofNullable(frameworks.get(id));
  }

  /**
   * The framework with this id.
   *
   * @throws UnknownElementException if there is none; the message lists the known ids
   */
  public Framework requireFramework(String id) {
    Framework f = frameworks.get(id);
    if (f == null) {
      throw new UnknownElementException("unknown framework '" + id + "'; known: " + frameworks.keySet());
    }
    return f;
  }

  /** Every provenance source, by id. */
  public SortedMap<String, Source> sources() {
    return sources;
  }

  /** Every requirement, by reference. */
  public SortedMap<ElementRef, Requirement> requirements() {
    return requirements;
  }

  /** The requirements of one framework, in id order; empty for an unknown framework. */
  public List<Requirement> requirements(String frameworkId) {
    return requirementsOf.get(frameworkId);
  }

  /** Every control, by reference. */
  public SortedMap<ElementRef, Control> controls() {
    return controls;
  }

  /** The controls of one catalog, in id order; empty for an unknown catalog. */
  public List<Control> controls(String catalogId) {
    return controlsOf.get(catalogId);
  }

  /** Every mapping, in {@link Mapping#ORDER}. */
  public List<Mapping> mappings() {
    return mappings;
  }

  /** Every recorded no-counterpart assessment, by element then framework. */
  public List<NoCounterpart> noCounterparts() {
    return noCounterparts;
  }

  /** Every addition ("what an element adds beyond another framework"), by element then framework. */
  public List<Addition> additions() {
    return additions;
  }

  /** The additions recorded for one element, by framework. */
  public List<Addition> additions(ElementRef element) {
    return additionsOf.get(canonical(element));
  }

  /** What {@code element} asks for beyond {@code framework}, if recorded. */
  public Optional<Addition> addition(ElementRef element, String framework) {
    for (Addition a : additions(element)) {
      if (a.framework().equals(framework)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The no-counterpart assessments recorded for one element. */
  public List<NoCounterpart> noCounterparts(ElementRef element) {
    return noCounterpartsOf.get(canonical(element));
  }

  /**
   * The canonical reference for a reference or one of its aliases; the reference itself when it
   * is neither an alias nor known.
   */
  public ElementRef canonical(ElementRef ref) {
    return aliases.getOrDefault(requireNonNull(ref, "ref"), ref);
  }

  /** The requirement or control with this reference (or alias), if present. */
  public Optional<Element> element(ElementRef ref) {
    ElementRef id = canonical(ref);
    Element e = requirementsById.get(id);
    return e != null ? Optional.of(e) : Optional.ofNullable(controlsById.get(id));
  }

  /**
   * The requirement or control written {@code framework:ref}.
   *
   * @throws dev.crosswalk.core.InvalidReferenceException if the text is not a reference
   * @throws UnknownElementException if the crosswalk has no such element
   */
  public Element requireElement(String ref) {
    ElementRef id = ElementRef.parse(ref);
    return element(id).orElseThrow(() -> new UnknownElementException(
        "unknown element '" + id + "'" + (frameworks.containsKey(id.framework())
            ? " in framework '" + id.framework() + "'" : "; no framework '" + id.framework() + "' either")));
  }

  /** The requirement with this reference (or alias), if present. */
  public Optional<Requirement> requirement(ElementRef ref) {
    return Optional.ofNullable(requirementsById.get(canonical(ref)));
  }

  /** The direct children of a requirement, in id order. */
  public List<Requirement> children(ElementRef ref) {
    return children.get(canonical(ref));
  }

  /** The ancestors of a requirement, nearest first; empty for a root or an unknown ref. */
  public List<Requirement> ancestors(ElementRef ref) {
    List<Requirement> result = new ArrayList<>();
    Optional<ElementRef> next = requirement(ref).flatMap(Requirement::parent);
    while (next.isPresent()) {
      Requirement parent = requirementsById.get(next.get());
      result.add(parent);
      next = parent.parent();
    }
    return ImmutableList.copyOf(result);
  }

  /** Every requirement below this one (children, their children, ...), depth first in id order. */
  public List<Requirement> descendants(ElementRef ref) {
    ImmutableList.Builder<Requirement> out = ImmutableList.builder();
    // An explicit stack of child lists and positions: no recursion, whatever the depth.
    List<ImmutableList<Requirement>> lists = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    lists.add(children.get(canonical(ref)));
    positions.add(0);
    while (!lists.isEmpty()) {
      int top = lists.size() - 1;
      ImmutableList<Requirement> list = lists.get(top);
      int i = positions.get(top);
      if (i == list.size()) {
        lists.remove(top);
        positions.remove(top);
        continue;
      }
      positions.set(top, i + 1);
      Requirement child = list.get(i);
      out.add(child);
      ImmutableList<Requirement> grandchildren = children.get(child.id());
      if (!grandchildren.isEmpty()) {
        lists.add(grandchildren);
        positions.add(0);
      }
    }
    return out.build();
  }

  /** The mappings whose source is this element or a joint end it is a member of. */
  public List<Mapping> mappingsFrom(ElementRef ref) {
    return mappingsFrom.getOrDefault(canonical(ref), ImmutableList.of());
  }

  /** The mappings whose target is this element or a joint end it is a member of. */
  public List<Mapping> mappingsTo(ElementRef ref) {
    return mappingsTo.getOrDefault(canonical(ref), ImmutableList.of());
  }

  /** The mappings from elements of one framework to elements of another, as stored. */
  public List<Mapping> mappingsBetween(String sourceFramework, String targetFramework) {
    return mappings.stream()
        .filter(m -> m.source().framework().equals(sourceFramework)
            && m.target().framework().equals(targetFramework))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The mappings that relate an element to elements of another framework, each read with the
   * element's side as source: stored mappings as they are, mappings stored the other way round
   * {@linkplain Mapping#inverse() inverted}. A mapping whose end on the element's side is a joint
   * end the element is a member of is included, with that joint end as its source.
   */
  public List<Mapping> mappingsOf(ElementRef ref, String otherFramework) {
    ElementRef id = canonical(ref);
    ImmutableList.Builder<Mapping> out = ImmutableList.builder();
    for (Mapping m : mappingsFrom.getOrDefault(id, ImmutableList.of())) {
      if (m.target().framework().equals(otherFramework)) {
        out.add(m);
      }
    }
    for (Mapping m : mappingsTo.getOrDefault(id, ImmutableList.of())) {
      if (m.source().framework().equals(otherFramework)) {
        out.add(m.inverse());
      }
    }
    return out.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Crosswalk c
        && frameworks.equals(c.frameworks)
        && sources.equals(c.sources)
        && requirements.equals(c.requirements)
        && controls.equals(c.controls)
        && mappings.equals(c.mappings)
        && noCounterparts.equals(c.noCounterparts)
        && additions.equals(c.additions);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(frameworks, sources, requirements, controls, mappings, noCounterparts, additions);
  }

  /** A one-line summary with counts. */
  @Override
  public String toString() {
    return "Crosswalk[frameworks=" + frameworks.keySet() + ", requirements=" + requirements.size()
        + ", controls=" + controls.size() + ", mappings=" + mappings.size()
        + ", noCounterparts=" + noCounterparts.size() + ", additions=" + additions.size()
        + ", sources=" + sources.size() + "]";
  }
}
