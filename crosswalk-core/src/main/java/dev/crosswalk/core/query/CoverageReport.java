package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.ElementRef;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coverage of every requirement of a target framework by a source, with totals overall and
 * by group.
 *
 * @param targetFramework the framework whose requirements were assessed
 * @param source what covers them: a framework id, or a description of a control inventory
 * @param scope the scope the query ran with
 * @param requirements the verdict of every requirement of the target framework, by reference; immutable
 */
public record CoverageReport(
    String targetFramework,
    String source,
    Scope scope,
    SortedMap<ElementRef, RequirementCoverage> requirements) {

  /** The group key of requirements that have no value for the grouping attribute. */
  public static final String NO_GROUP = "(none)";

  /** Validates and copies the components. */
  public CoverageReport {
    requireNonNull(targetFramework, "targetFramework");
    requireNonNull(source, "source");
    requireNonNull(scope, "scope");
    requirements = ImmutableSortedMap.copyOf(requirements);
  }

  /** The coverage of one requirement (by reference or alias), if it is in the target framework. */
  public Optional<RequirementCoverage> coverage(ElementRef ref) {
    return Optional.ofNullable(requirements.get(ref))
        .or(() -> requirements.values().stream()
            .filter(c -> c.requirement().aliases().contains(ref.ref()) && c.id().framework().equals(ref.framework()))
            .findFirst());
  }

  /**
   * The verdict of one requirement.
   *
   * @throws UnknownElementException if the target framework has no such requirement
   */
  public Verdict verdict(ElementRef ref) {
    return require(ref).verdict();
  }

  /** Counts of every verdict over all requirements of the target framework. */
  public Totals totals() {
    Totals t = Totals.EMPTY;
    for (RequirementCoverage c : requirements.values()) {
      t = t.plus(c);
    }
    return t;
  }

  /**
   * Counts by the value of an attribute (own or inherited), e.g. {@code safeguard}, {@code rule}
   * or {@code series}; requirements without a value are counted under {@link #NO_GROUP}; immutable.
   */
  public SortedMap<String, Totals> byGroup(String attribute) {
    requireNonNull(attribute, "attribute");
    TreeMap<String, Totals> out = new TreeMap<>();
    for (RequirementCoverage c : requirements.values()) {
      out.merge(c.group(attribute).orElse(NO_GROUP), Totals.EMPTY.plus(c), (a, b) -> a.plus(c));
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * The verdict of a requirement with the mappings behind it and its children's verdicts.
   *
   * @throws UnknownElementException if the target framework has no such requirement
   */
  public Explanation explain(ElementRef ref) {
    RequirementCoverage c = require(ref);
    ImmutableList<RequirementCoverage> children =
        c.children().stream().map(requirements::get).collect(ImmutableList.toImmutableList());
    return new Explanation(source, c, children);
  }

  /** The requirements not {@link Verdict#COVERED} (and applicable), each with its reason. */
  public GapReport gaps() {
    ImmutableList<Gap> gaps = requirements.values().stream()
        .filter(c -> c.verdict() == Verdict.PARTIAL || c.verdict() == Verdict.NOT_COVERED)
        .map(Gap::of)
        .collect(ImmutableList.toImmutableList());
    return new GapReport(targetFramework, source, scope, gaps);
  }

  private RequirementCoverage require(ElementRef ref) {
    return coverage(requireNonNull(ref, "ref")).orElseThrow(() -> new UnknownElementException(
        "requirement " + ref + " is not in the target framework '" + targetFramework + "' of this report"));
  }

  /** A summary: target, source, scope and totals. */
  @Override
  public String toString() {
    return "Coverage of " + targetFramework + " by " + source + " (" + scope + "): " + totals();
  }
}
