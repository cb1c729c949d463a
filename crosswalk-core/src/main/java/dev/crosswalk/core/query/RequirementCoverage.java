package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The coverage verdict of one target requirement and everything behind it.
 *
 * @param requirement the target requirement
 * @param inScope whether the query's scope includes it
 * @param verdict the verdict after roll-up of its children ({@link Verdict#rollUp})
 * @param direct the verdict from its own mappings alone; {@link Verdict#NOT_APPLICABLE} when out
 *     of scope or not assessable
 * @param evidence every mapping between it and the source's elements, ordered by source element; immutable
 * @param noCounterparts the recorded assessments that it has no counterpart in the source; immutable
 * @param children its direct children, whose verdicts were rolled up; immutable
 * @param attributes its attributes merged with its ancestors' (own values win), used for grouping; immutable
 * @param score the graded score after roll-up, in [0, 1] ({@link Grading}); 0 when not applicable
 * @param directScore the graded score from its own mappings (or decision) alone; 0 when not applicable
 * @param decision the organisation's decision on it, when it is discretionary and decided
 */
public record RequirementCoverage(
    Requirement requirement,
    boolean inScope,
    Verdict verdict,
    Verdict direct,
    List<Evidence> evidence,
    List<NoCounterpart> noCounterparts,
    List<ElementRef> children,
    SortedMap<String, String> attributes,
    double score,
    double directScore,
    Optional<Decision> decision) {

  /** Validates and copies the components. */
  public RequirementCoverage {
    requireNonNull(requirement, "requirement");
    requireNonNull(verdict, "verdict");
    requireNonNull(direct, "direct");
    evidence = ImmutableList.copyOf(evidence);
    noCounterparts = ImmutableList.copyOf(noCounterparts);
    children = ImmutableList.copyOf(children);
    attributes = ImmutableSortedMap.copyOf(attributes);
    dev.crosswalk.core.InvalidValueException.check(score >= 0 && score <= 1 && directScore >= 0 && directScore <= 1,
        "scores lie in [0, 1]: %s, %s", score, directScore);
    dev.crosswalk.core.InvalidValueException.check(verdict.isApplicable() || score == 0,
        "a requirement that is not applicable scores 0");
    requireNonNull(decision, "decision");
  }

  /** The requirement's reference. */
  public ElementRef id() {
    return requirement.id();
  }

  /** The value of an attribute, own or inherited, used to group results. */
  public Optional<String> group(String attribute) {
    return Optional.ofNullable(attributes.get(attribute));
  }

  /** The evidence that adds to the verdict; immutable. */
  public List<Evidence> counted() {
    return evidence.stream().filter(Evidence::counts).collect(ImmutableList.toImmutableList());
  }

  /** {@code hipaa:164.312(b) Audit controls: PARTIAL (direct PARTIAL; 2 of 3 mappings count)}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(requirement.id()).append(' ').append(requirement.title())
        .append(": ").append(verdict);
    if (verdict.isApplicable()) {
      b.append(" (direct ").append(direct).append("; ").append(counted().size()).append(" of ")
          .append(evidence.size()).append(evidence.size() == 1 ? " mapping counts" : " mappings count");
      if (!children.isEmpty()) {
        b.append("; rolled up with ").append(children.size()).append(children.size() == 1 ? " child" : " children");
      }
      b.append(String.format(java.util.Locale.ROOT, "; score %.2f", score));
      decision.ifPresent(d -> b.append("; decided ").append(d.kind().id()));
      b.append(')');
    } else if (decision.isPresent()) {
      b.append(" (decided ").append(decision.get().kind().id()).append(')');
    } else {
      b.append(!requirement.assessable() ? " (not assessable)" : " (out of scope)");
    }
    return b.toString();
  }
}
