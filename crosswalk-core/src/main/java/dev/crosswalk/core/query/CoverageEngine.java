package dev.crosswalk.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Computes coverage verdicts. Index-based: each requirement reads only its own mappings (through
 * the crosswalk's by-element indexes) and its children's memoised verdicts, so a whole framework
 * costs time linear in its requirements plus their mappings.
 */
final class CoverageEngine {
  private final Crosswalk crosswalk;
  private final CoverageSettings settings;
  private final Set<String> sourceFrameworks;
  private final Map<ElementRef, RequirementCoverage> done = new HashMap<>();
  private final Map<ElementRef, SortedMap<String, String>> attributesOf = new HashMap<>();

  CoverageEngine(CoverageSettings settings) {
    this.crosswalk = settings.crosswalk();
    this.settings = settings;
    this.sourceFrameworks = settings.sourceFrameworks();
  }

  /** The report for every requirement of the target framework. */
  CoverageReport report() {
    ImmutableSortedMap.Builder<ElementRef, RequirementCoverage> out = ImmutableSortedMap.naturalOrder();
    for (Requirement r : crosswalk.requirements(settings.target())) {
      out.put(r.id(), evaluate(r));
    }
    return new CoverageReport(settings.target(), settings.sourceDescription(), settings.scope(), out.buildOrThrow());
  }

  /** The coverage of one requirement, its subtree evaluated as needed. */
  RequirementCoverage evaluate(Requirement r) {
    RequirementCoverage known = done.get(r.id());
    if (known != null) {
      return known;
    }
    boolean inScope = settings.scope().includes(crosswalk, r);
    ImmutableList<Evidence> evidence = evidence(r.id());
    List<NoCounterpart> recorded = crosswalk.noCounterparts(r.id());
    List<NoCounterpart> noCounterparts = recorded.isEmpty() ? recorded : recorded.stream()
        .filter(n -> sourceFrameworks.contains(n.framework()))
        .collect(ImmutableList.toImmutableList());
    List<Verdict> childVerdicts = new ArrayList<>();
    List<Double> childScores = new ArrayList<>();
    ImmutableList.Builder<ElementRef> children = ImmutableList.builder();
    for (Requirement child : crosswalk.children(r.id())) {
      RequirementCoverage c = evaluate(child);
      childVerdicts.add(c.verdict());
      if (c.verdict().isApplicable()) {
        childScores.add(c.score());
      }
      children.add(child.id());
    }
    Optional<Decision> decision = settings.decisions().decision(r.id());
    Verdict direct = Verdict.NOT_APPLICABLE;
    Verdict verdict = Verdict.NOT_APPLICABLE;
    double directScore = 0;
    double score = 0;
    boolean excluded = decision.map(d -> d.kind() == Decision.Kind.NOT_REASONABLE).orElse(false);
    if (inScope && r.assessable() && !excluded) {
      direct = Verdict.NOT_COVERED;
      for (Evidence e : evidence) {
        direct = direct.better(e.contribution());
      }
      directScore = Grading.own(evidence);
      if (decision.map(d -> d.kind() == Decision.Kind.ALTERNATIVE).orElse(false)) {
        direct = Verdict.COVERED;
        directScore = 1;
      }
      verdict = Verdict.rollUp(direct, childVerdicts);
      score = Grading.rollUp(directScore, childScores);
    }
    RequirementCoverage result = new RequirementCoverage(r, inScope, verdict, direct, evidence, noCounterparts,
        children.build(), effectiveAttributes(r), score, directScore, decision);
    done.put(r.id(), result);
    return result;
  }

  /**
   * The requirement's attributes merged with its ancestors', each requirement's computed once
   * per report: one parent look-up per requirement instead of a walk up the whole chain.
   */
  private SortedMap<String, String> effectiveAttributes(Requirement r) {
    SortedMap<String, String> known = attributesOf.get(r.id());
    if (known != null) {
      return known;
    }
    SortedMap<String, String> inherited = r.parent().flatMap(crosswalk::requirement)
        .map(this::effectiveAttributes).orElse(ImmutableSortedMap.of());
    SortedMap<String, String> result = Attributes.merged(r.attributes(), inherited);
    attributesOf.put(r.id(), result);
    return result;
  }

  private ImmutableList<Evidence> evidence(ElementRef target) {
    // Mappings to the target come in Mapping.ORDER already (the by-target index keeps it). The
    // inverses of mappings from it come ordered by their other end, which is their source; only
    // derived mappings of one pair can come out of order (their reversed paths), and are sorted.
    // Two runs, then: merged, not sorted.
    List<Evidence> out = new ArrayList<>();
    for (Mapping m : crosswalk.mappingsTo(target)) {
      consider(m, out);
    }
    List<Evidence> inverses = new ArrayList<>();
    MappingEnd previousEnd = null;
    boolean samePairTwice = false;
    for (Mapping m : crosswalk.mappingsFrom(target)) {
      if (settings.isSourceEnd(m.target())) {
        samePairTwice |= m.target().equals(previousEnd);
        previousEnd = m.target();
        consider(m.inverse(), inverses);
      }
    }
    if (samePairTwice) {
      inverses.sort((a, b) -> Mapping.ORDER.compare(a.mapping(), b.mapping()));
    }
    if (inverses.isEmpty()) {
      return ImmutableList.copyOf(out);
    }
    if (out.isEmpty()) {
      return ImmutableList.copyOf(inverses);
    }
    return merge(out, inverses);
  }

  /** The two lists, each in {@link Mapping#ORDER}, merged in that order. */
  private static ImmutableList<Evidence> merge(List<Evidence> a, List<Evidence> b) {
    ImmutableList.Builder<Evidence> merged = ImmutableList.builderWithExpectedSize(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      merged.add(Mapping.ORDER.compare(a.get(i).mapping(), b.get(j).mapping()) <= 0 ? a.get(i++) : b.get(j++));
    }
    merged.addAll(a.subList(i, a.size())).addAll(b.subList(j, b.size()));
    return merged.build();
  }

  /**
   * Whether the scope leaves this element out. Only a framework the scope constrains needs the
   * element looked up (its attributes decide): the usual case costs no look-up.
   */
  private boolean outOfScope(ElementRef ref) {
    if (!settings.scope().constrains(ref.framework())) {
      return false;
    }
    Optional<Element> element = crosswalk.element(ref);
    return element.isPresent() && !settings.scope().includes(crosswalk, element.get());
  }

  /** Adds the evidence of a mapping read as (source end) rel (target requirement). */
  private void consider(Mapping m, List<Evidence> out) {
    if (!settings.isSourceEnd(m.source()) || (settings.curatedOnly() && m.isDerived())) {
      return;
    }
    if (m.source() instanceof ElementRef source) {
      out.add(single(m, source));
    } else {
      out.add(joint(m));
    }
  }

  private Evidence single(Mapping m, ElementRef source) {
    Optional<InventoryControl> control = settings.inventory().flatMap(i -> i.control(source));
    Verdict contribution = Verdict.of(m.relationship());
    Evidence.Limit limit = Evidence.Limit.NONE;
    if (contribution == Verdict.NOT_COVERED) {
      limit = Evidence.Limit.NOT_RELATED;
    } else if (outOfScope(source)) {
      contribution = Verdict.NOT_COVERED;
      limit = Evidence.Limit.OUT_OF_SCOPE;
    } else if (control.isPresent() && !control.get().status().isActive()) {
      contribution = Verdict.NOT_COVERED;
      limit = Evidence.Limit.CONTROL_NOT_ACTIVE;
    } else if (control.isPresent() && control.get().status() == ControlStatus.PARTIAL) {
      contribution = Verdict.PARTIAL;
      limit = Evidence.Limit.CONTROL_PARTIAL;
    }
    return new Evidence(m, contribution, limit, control, ImmutableList.of());
  }

  /**
   * A joint source counts only when every member is in scope and, with an inventory, in place:
   * the members that are not are named as missing. A member only partly in place caps the
   * contribution at PARTIAL.
   */
  private Evidence joint(Mapping m) {
    Verdict contribution = Verdict.of(m.relationship());
    if (contribution == Verdict.NOT_COVERED) {
      return new Evidence(m, contribution, Evidence.Limit.NOT_RELATED, Optional.empty(), ImmutableList.of());
    }
    List<ElementRef> members = m.source().members();
    ImmutableList<ElementRef> outOfScope = members.stream().filter(this::outOfScope)
        .collect(ImmutableList.toImmutableList());
    if (!outOfScope.isEmpty()) {
      return new Evidence(m, Verdict.NOT_COVERED, Evidence.Limit.OUT_OF_SCOPE, Optional.empty(), outOfScope);
    }
    if (settings.inventory().isEmpty()) {
      return new Evidence(m, contribution, Evidence.Limit.NONE, Optional.empty(), ImmutableList.of());
    }
    ControlInventory inventory = settings.inventory().get();
    ImmutableList<ElementRef> notInPlace = members.stream()
        .filter(r -> !settings.isOfSourceFramework(r))
        .filter(r -> inventory.control(r).map(c -> !c.status().isActive()).orElse(true))
        .collect(ImmutableList.toImmutableList());
    if (!notInPlace.isEmpty()) {
      return new Evidence(m, Verdict.NOT_COVERED, Evidence.Limit.CONTROL_NOT_ACTIVE, Optional.empty(), notInPlace);
    }
    boolean partly = members.stream()
        .anyMatch(r -> inventory.control(r).map(c -> c.status() == ControlStatus.PARTIAL).orElse(false));
    if (partly) {
      return new Evidence(m, Verdict.PARTIAL, Evidence.Limit.CONTROL_PARTIAL, Optional.empty(), ImmutableList.of());
    }
    return new Evidence(m, contribution, Evidence.Limit.NONE, Optional.empty(), ImmutableList.of());
  }
}
