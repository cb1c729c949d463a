package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import java.util.List;

/**
 * Why a requirement got its verdict: every mapping behind it (with relationship read from the
 * source element to the requirement, justification, sources, strength and, for derived
 * mappings, the pivot chain), the recorded no-counterpart assessments, and for a roll-up the
 * children's verdicts.
 *
 * @param source what the requirement was assessed against
 * @param coverage its verdict and evidence
 * @param children the coverage of its direct children, rolled into its verdict; immutable
 */
public record Explanation(String source, RequirementCoverage coverage, List<RequirementCoverage> children) {

  /** Validates and copies the components. */
  public Explanation {
    requireNonNull(source, "source");
    requireNonNull(coverage, "coverage");
    children = ImmutableList.copyOf(children);
  }

  /** The verdict explained. */
  public Verdict verdict() {
    return coverage.verdict();
  }

  /** A multi-line, human-readable account. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(coverage).append(" by ").append(source);
    if (coverage.evidence().isEmpty()) {
      b.append("\n  no mappings");
    }
    for (Evidence e : coverage.evidence()) {
      Mapping m = e.mapping();
      b.append("\n  ").append(m.source()).append(' ').append(m.relationship()).append(' ').append(m.target())
          .append(" -> ").append(e.contribution());
      if (e.limit() != Evidence.Limit.NONE) {
        b.append(" [").append(e.limit()).append(']');
      }
      if (!e.missing().isEmpty()) {
        b.append(" missing ").append(e.missing().stream().map(ElementRef::toString)
            .collect(java.util.stream.Collectors.joining(", ")));
      }
      e.control().ifPresent(c -> b.append("\n    control: ").append(c));
      b.append("\n    strength ").append(m.strength()).append(", ").append(m.rationale())
          .append(", sources ").append(m.citations().stream()
              .map(c -> c.source() + c.locator().map(l -> " (" + l + ")").orElse(""))
              .collect(java.util.stream.Collectors.joining("; ")));
      if (m.isDerived()) {
        b.append(", derived via ").append(m.derivedVia());
      }
      b.append("\n    ").append(m.justification());
    }
    coverage.decision().ifPresent(d -> b.append("\n  decision: ").append(d.kind().id())
        .append(d.text().map(t -> ": " + t).orElse("")));
    for (NoCounterpart n : coverage.noCounterparts()) {
      b.append("\n  no counterpart in ").append(n.framework()).append(": ").append(n.reason())
          .append(" (sources ").append(n.citations().stream()
              .map(c -> c.source() + c.locator().map(l -> " (" + l + ")").orElse(""))
              .collect(java.util.stream.Collectors.joining("; "))).append(')');
    }
    for (RequirementCoverage c : children) {
      b.append("\n  child ").append(c);
    }
    return b.toString();
  }
}
