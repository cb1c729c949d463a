package dev.crosswalk.examples;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.Plan;
import dev.crosswalk.core.query.PlanStep;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * "We have SOC 2: how much of HIPAA does that give us, and what is left to do?" answered through
 * the API: graded and strict coverage of the Security Rule by a Security-only SOC 2, the
 * addressable decisions to document, the effect of two decisions, what HIPAA adds for the first
 * gaps, and the first steps of the plan.
 *
 * <pre>java -cp crosswalk-examples/target/crosswalk-examples.jar dev.crosswalk.examples.ReadinessExample</pre>
 */
public final class ReadinessExample {
  /** Two documented decisions on addressable specifications, as an organisation would record them. */
  public static final List<Decision> DECISIONS = List.of(
      Decision.alternative(ElementRef.parse("hipaa:164.312(a)(2)(iv)"),
          "ePHI lives only in a managed database whose storage the provider encrypts with our keys."),
      Decision.notReasonable(ElementRef.parse("hipaa:164.310(a)(2)(iii)"),
          "We run no facility holding ePHI systems; the cloud provider's physical controls are reviewed yearly."));

  private ReadinessExample() {}

  /** Prints {@link #run(Crosswalk)} on the bundled crosswalk. */
  public static void main(String[] args) {
    System.out.print(run(Crosswalks.bundled()));
  }

  private static String line(String label, Totals t) {
    return String.format(Locale.ROOT, "%s: graded %.1f%%, strictly covered %.1f%% (%d of %d)%n", label,
        t.gradedPercent(), t.percent(Verdict.COVERED), t.covered(), t.applicable());
  }

  /** The example's output for a crosswalk holding the bundled {@code hipaa}, {@code soc2} and {@code controls}. */
  public static String run(Crosswalk crosswalk) {
    StringBuilder out = new StringBuilder();
    Queries queries = Queries.on(crosswalk);

    // 1. How much of the Security Rule does a Security-only SOC 2 give us? Graded: how much of the
    //    work is done; strict: how many requirements are provably met with nothing left to do.
    CoverageReport coverage = queries.coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
    out.append(line("Security Rule by SOC 2 (Security)", coverage.totals()));

    // 2. Addressable specifications: a SOC 2 report never records the decisions HIPAA expects.
    long toDocument = coverage.requirements().values().stream()
        .filter(c -> c.inScope() && Decisions.isDiscretionary(crosswalk, c.requirement())).count();
    out.append("Addressable decisions to document: ").append(toDocument).append('\n');
    Decisions decisions = Decisions.of(DECISIONS);
    CoverageReport decided = queries.coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security")
        .decisions(decisions).run();
    out.append(line("With " + DECISIONS.size() + " decisions documented", decided.totals()));

    // 3. What is left: what HIPAA adds beyond SOC 2, for the first gaps.
    out.append("\nFirst gaps, with what HIPAA adds:\n");
    for (Gap gap : decided.gaps().gaps().stream().limit(3).toList()) {
      out.append(String.format(Locale.ROOT, "  %s %s (%s, score %.2f)%n    %s%n", gap.id(),
          gap.coverage().requirement().title(), gap.verdict(), gap.coverage().score(),
          crosswalk.addition(gap.id(), "soc2").map(a -> a.statement()).orElse("(no statement in the data)")));
    }

    // 4. What to do next: the common controls in order, with coverage after each step.
    Plan plan = queries.plan().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").decisions(decisions).run();
    out.append("\nPlan: ").append(plan.steps().size()).append(" steps; first five:\n");
    for (PlanStep step : plan.steps().stream().limit(5).toList()) {
      out.append(String.format(Locale.ROOT, "  %d. %s %s -> graded %.1f%%, covered %.1f%%%n", step.number(),
          step.control().id(), step.control().title(), step.after().gradedPercent(),
          step.after().percent(Verdict.COVERED)));
    }
    out.append(line("After the whole plan", plan.end()));
    out.append("Addressed by no common control: ").append(plan.unaddressed()).append('\n');
    return out.toString();
  }
}
