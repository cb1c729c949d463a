package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Relationship;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Entry point of the queries over one crosswalk.
 *
 * <pre>{@code
 * Queries q = Queries.on(Crosswalks.bundled());
 * CoverageReport r = q.coverage().of("hipaa").by("soc2").restrict("hipaa", "rule", "security").run();
 * GapReport g = q.gaps().of("soc2").by("hipaa").restrict("soc2", "category", "security", "availability").run();
 * Explanation e = q.explain(ElementRef.parse("hipaa:164.312(b)"), "soc2");
 * InferenceReport i = q.infer(Map.of(ElementRef.parse("soc2:CC7.2"), AssessmentStatus.PASSED), "hipaa");
 * Composition c = q.compose("hipaa", "soc2", "iso27001");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the query objects they hand out are not.
 */
public final class Queries {
  private final Crosswalk crosswalk;

  private Queries(Crosswalk crosswalk) {
    this.crosswalk = requireNonNull(crosswalk, "crosswalk");
  }

  /** Queries over this crosswalk. */
  public static Queries on(Crosswalk crosswalk) {
    return new Queries(crosswalk);
  }

  /** The crosswalk queried. */
  public Crosswalk crosswalk() {
    return crosswalk;
  }

  /** A new coverage query; name its target with {@code of} and its source with {@code by} or {@code byControls}. */
  public CoverageQuery coverage() {
    return new CoverageQuery(crosswalk);
  }

  /** A new gap query; same options as {@link #coverage()}. */
  public GapQuery gaps() {
    return new GapQuery(crosswalk);
  }

  /** A new plan query: the controls to implement next to close a target framework's gaps. */
  public PlanQuery plan() {
    return new PlanQuery(crosswalk);
  }

  /**
   * Why a requirement is or is not covered by another framework, with everything in scope.
   *
   * @throws UnknownElementException if the requirement or the framework is unknown
   */
  public Explanation explain(ElementRef requirement, String sourceFramework) {
    return explain(requirement, sourceFramework, Scope.all());
  }

  /**
   * Why a requirement is or is not covered by another framework, within a scope.
   *
   * @throws UnknownElementException if the requirement or the framework is unknown
   */
  public Explanation explain(ElementRef requirement, String sourceFramework, Scope scope) {
    return coverage().by(sourceFramework).scope(scope).explain(requirement);
  }

  /**
   * Infers statuses of a target framework's requirements from tested results of another
   * framework's, by {@link InferenceRules}, everything in scope.
   *
   * @throws UnknownElementException if the framework or a tested element is unknown
   * @throws dev.crosswalk.core.InvalidQueryException if a tested element is in the target framework
   */
  public InferenceReport infer(Map<ElementRef, AssessmentStatus> results, String targetFramework) {
    return infer(results, targetFramework, Scope.all());
  }

  /**
   * Infers statuses of a target framework's requirements in scope from tested results of another
   * framework's, by {@link InferenceRules}: every mapping (other than NOT_RELATED) from a tested
   * element to a target requirement implies a status; several are combined, the most
   * restrictive conclusion winning, and each inferred status lists the results and mappings it
   * came from.
   *
   * @throws UnknownElementException if the framework or a tested element is unknown
   * @throws dev.crosswalk.core.InvalidQueryException if a tested element is in the target framework
   */
  public InferenceReport infer(Map<ElementRef, AssessmentStatus> results, String targetFramework, Scope scope) {
    requireNonNull(results, "results");
    requireNonNull(scope, "scope");
    crosswalk.requireFramework(targetFramework);
    Map<ElementRef, List<InferenceStep>> steps = new HashMap<>();
    Set<Mapping> jointDone = new HashSet<>();
    for (Map.Entry<ElementRef, AssessmentStatus> r : new TreeMap<>(results).entrySet()) {
      Element tested = crosswalk.element(r.getKey()).orElseThrow(() -> new UnknownElementException(
          "tested element '" + r.getKey() + "' is not in the crosswalk"));
      if (tested.id().framework().equals(targetFramework)) {
        throw new dev.crosswalk.core.InvalidQueryException("tested element " + tested.id()
            + " is in the target framework '" + targetFramework + "'; infer another framework");
      }
      AssessmentStatus status = requireNonNull(r.getValue(), "status of " + r.getKey());
      for (Mapping m : crosswalk.mappingsOf(tested.id(), targetFramework)) {
        AssessmentStatus sourceStatus = status;
        if (m.source().isJoint()) {
          if (!jointDone.add(m)) {
            continue; // reached from another member: one conclusion per joint mapping
          }
          sourceStatus = InferenceRules.jointStatus(m.source().members(), results);
        }
        Optional<AssessmentStatus> implied = InferenceRules.implied(m.relationship(), sourceStatus);
        if (implied.isEmpty()) {
          continue;
        }
        AssessmentStatus conclusion = InferenceRules.forMember(implied.get(), m.target());
        for (ElementRef t : m.target().members()) {
          Optional<Element> target = crosswalk.element(t);
          if (target.isEmpty() || !scope.includes(crosswalk, target.get())) {
            continue;
          }
          steps.computeIfAbsent(t, k -> new ArrayList<>()).add(new InferenceStep(sourceStatus, m, conclusion));
        }
      }
    }
    ImmutableSortedMap.Builder<ElementRef, InferredStatus> out = ImmutableSortedMap.naturalOrder();
    steps.forEach((target, list) -> {
      list.sort((a, b) -> Mapping.ORDER.compare(a.mapping(), b.mapping()));
      out.put(target, new InferredStatus(target, InferenceRules.combine(list.stream().map(InferenceStep::implied).toList()), ImmutableList.copyOf(list)));
    });
    return new InferenceReport(targetFramework, out.buildOrThrow());
  }

  /**
   * Derives {@code from -> to} mappings by composing {@code from -> pivot} and
   * {@code pivot -> to} mappings (stored either way round) with {@link RelationshipAlgebra}. One
   * derived mapping per chain: its {@code derivedVia} is the chain's pivot elements (including
   * those of derived links), its strength the chain's minimum, its rationale the weakest, its
   * sources the union. No mapping is derived for a pair that already has a curated mapping (of
   * any relationship) or the same derived chain, nor for an element recorded as having no
   * counterpart in the other framework. The crosswalk is not changed; see
   * {@link Composition#addTo(Crosswalk)}.
   *
   * @throws UnknownElementException if a framework is unknown
   * @throws dev.crosswalk.core.InvalidQueryException if two of the three frameworks are the same
   */
  public Composition compose(String from, String pivot, String to) {
    crosswalk.requireFramework(from);
    crosswalk.requireFramework(pivot);
    crosswalk.requireFramework(to);
    if (from.equals(pivot) || pivot.equals(to) || from.equals(to)) {
      throw new dev.crosswalk.core.InvalidQueryException(
          "compose needs three different frameworks, got " + from + " -> " + pivot + " -> " + to);
    }
    List<ElementRef> starts = new ArrayList<>();
    crosswalk.requirements(from).forEach(r -> starts.add(r.id()));
    crosswalk.controls(from).forEach(c -> starts.add(c.id()));
    // Mapping.ORDER sorts by source first: sorting each start's block and emitting the blocks in
    // source order gives the whole result in order without one big sort. A joint source end is
    // composed in the block of its first member, where the order puts it.
    starts.sort(null);
    ImmutableList.Builder<Mapping> result = ImmutableList.builder();
    // Citation sets are shared instances (the reader interns them): each pair's union is made once.
    Map<SortedSet<Citation>, Map<SortedSet<Citation>, SortedSet<Citation>>> unions =
        new IdentityHashMap<>();
    // A pivot element is reached from many starts: its links onwards are looked up once.
    Map<ElementRef, List<Mapping>> onwards = new HashMap<>();
    for (ElementRef a : starts) {
      Map<DerivedKey, Mapping> derived = new LinkedHashMap<>();
      Set<EndPair> curated = new HashSet<>();
      Set<DerivedKey> existing = new HashSet<>();
      for (Mapping m : crosswalk.mappingsOf(a, to)) {
        if (m.isDerived()) {
          existing.add(new DerivedKey(m.source(), m.target(), m.derivedVia()));
        } else {
          curated.add(new EndPair(m.source(), m.target()));
        }
      }
      for (Mapping first : crosswalk.mappingsOf(a, pivot)) {
        // A joint source end is composed once, from its first member; a chain through a joint
        // pivot end is not composed: the algebra does not say how a union relates to its members.
        if (!first.source().members().get(0).equals(a) || !(first.target() instanceof ElementRef b)
            || hasNoCounterpart(first.source(), to)) {
          continue;
        }
        String because = null; // "Derived through B: A REL B; B ", made once per first link
        ImmutableList<ElementRef> curatedPath = null;
        for (Mapping second : onwards.computeIfAbsent(b, k -> crosswalk.mappingsOf(k, to))) {
          if (second.source().isJoint()) {
            continue;
          }
          MappingEnd c = second.target();
          Optional<Relationship> rel = RelationshipAlgebra.compose(first.relationship(), second.relationship());
          if (rel.isEmpty() || curated.contains(new EndPair(first.source(), c)) || hasNoCounterpart(c, from)) {
            continue;
          }
          ImmutableList<ElementRef> path;
          if (first.derivedVia().isEmpty() && second.derivedVia().isEmpty()) {
            path = curatedPath != null ? curatedPath : (curatedPath = ImmutableList.of(b));
          } else {
            path = ImmutableList.<ElementRef>builder()
                .addAll(first.derivedVia()).add(b).addAll(second.derivedVia()).build();
          }
          DerivedKey key = new DerivedKey(first.source(), c, path);
          if ((!existing.isEmpty() && existing.contains(key)) || derived.containsKey(key)) {
            continue;
          }
          if (because == null) {
            because = "Derived through " + b + ": " + first.source() + " " + first.relationship() + " " + b + "; "
                + b + " ";
          }
          derived.put(key, new Mapping(first.source(), c, rel.get(),
              RelationshipAlgebra.weaker(first.rationale(), second.rationale()),
              Math.min(first.strength(), second.strength()),
              because + second.relationship() + " " + c + ".",
              unions.computeIfAbsent(first.citations(), k -> new IdentityHashMap<>())
                  .computeIfAbsent(second.citations(), k -> union(first.citations(), k)),
              path));
        }
      }
      if (!derived.isEmpty()) {
        List<Mapping> block = new ArrayList<>(derived.values());
        block.sort(Mapping.ORDER);
        result.addAll(block);
      }
    }
    return new Composition(from, pivot, to, result.build());
  }

  /** A derived mapping's identity: its ends and its path. */
  private record DerivedKey(MappingEnd source, MappingEnd target, List<ElementRef> path) {}

  /** The two ends of a mapping. */
  private record EndPair(MappingEnd source, MappingEnd target) {}

  /** The union of two sorted sets, one of them when it holds the other. */
  private static SortedSet<Citation> union(SortedSet<Citation> a, SortedSet<Citation> b) {
    if (a.containsAll(b)) {
      return a;
    }
    if (b.containsAll(a)) {
      return b;
    }
    return ImmutableSortedSet.copyOf(com.google.common.collect.Iterables.concat(a, b));
  }

  /** True when some member of the end is recorded as having no counterpart in the framework. */
  private boolean hasNoCounterpart(MappingEnd end, String framework) {
    for (ElementRef element : end.members()) {
      for (NoCounterpart n : crosswalk.noCounterparts(element)) {
        if (n.framework().equals(framework)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code Queries[Crosswalk[...]]}. */
  @Override
  public String toString() {
    return "Queries[" + crosswalk + "]";
  }
}
