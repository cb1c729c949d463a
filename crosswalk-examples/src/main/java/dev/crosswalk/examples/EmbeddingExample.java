package dev.crosswalk.examples;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Explanation;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Verdict;

/**
 * Embedding crosswalk in a GRC tool: load the bundled crosswalk, ask what the HIPAA Security Rule
 * adds to a Security-only SOC 2 report, list the gaps a tool would open tasks for, and explain one
 * verdict.
 *
 * <pre>java -cp crosswalk-examples/target/crosswalk-examples.jar dev.crosswalk.examples.EmbeddingExample</pre>
 */
public final class EmbeddingExample {
  /** The requirement whose verdict is explained. */
  public static final ElementRef EXPLAINED = ElementRef.parse("hipaa:164.312(b)");

  private EmbeddingExample() {}

  /** Prints {@link #run(Crosswalk)} on the bundled crosswalk. */
  public static void main(String[] args) {
    System.out.print(run(Crosswalks.bundled()));
  }

  /** The example's output for a crosswalk holding the {@code hipaa} and {@code soc2} frameworks. */
  public static String run(Crosswalk crosswalk) {
    StringBuilder out = new StringBuilder();
    // 1. Load. Crosswalks.bundled() parses and verifies the data once and shares the immutable result.
    out.append("Loaded ").append(crosswalk).append("\n\n");

    // 2. Query: HIPAA Security Rule covered by a SOC 2 report with only the Security category in scope.
    Queries queries = Queries.on(crosswalk);
    CoverageReport coverage = queries.coverage().of("hipaa").by("soc2")
        .restrict("soc2", "category", "security")                       // SOC 2: Security only (always in scope)
        .restrict("hipaa", "rule", "security")       // HIPAA: the Security Rule only
        .run();
    out.append("Coverage of the HIPAA Security Rule by SOC 2 Security: ").append(coverage.totals()).append('\n');
    coverage.byGroup("designation").forEach((designation, totals) -> {
      if (totals.applicable() > 0) {
        out.append("  ").append(designation).append(": ").append(totals).append('\n');
      }
    });

    GapReport gaps = coverage.gaps();
    out.append("\nGaps: ").append(gaps.gaps().size()).append('\n');
    gaps.byReason().forEach((reason, list) -> out.append("  ").append(reason).append(": ").append(list.size())
        .append('\n'));
    out.append("\nNot covered at all (open a task for each):\n");
    for (Gap gap : gaps.gaps()) {
      if (gap.verdict() == Verdict.NOT_COVERED) {
        out.append("  ").append(gap.id()).append(' ').append(gap.coverage().requirement().title()).append(" [")
            .append(gap.reason()).append("]\n");
      }
    }

    // 3. Explain: why does 164.312(b) Audit controls get its verdict, with the same scope?
    Explanation why = queries.explain(EXPLAINED, "soc2", Scope.of("soc2", "category", "security").and(Scope.of("hipaa", "rule", "security")));
    out.append("\nWhy:\n").append(why).append('\n');
    return out.toString();
  }
}
