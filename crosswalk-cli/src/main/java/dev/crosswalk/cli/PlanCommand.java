package dev.crosswalk.cli;

import dev.crosswalk.core.export.QueryResults;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.query.Plan;
import dev.crosswalk.core.query.PlanQuery;
import dev.crosswalk.core.query.PlanStep;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code plan}: the controls to implement next to close a target framework's gaps, in order. */
final class PlanCommand {
  /** The help text of {@code plan}. */
  static final String HELP = """
      usage: crosswalk plan --target hipaa --by soc2 [--categories ...] [--rules ...] [--catalog controls]
                            [--inventory FILE] [--decisions FILE] [--format text|csv|json] [--data FILE]...
      Starting from what --by covers in scope (plus the controls of --inventory already in place), lists
      the controls of the catalog to implement next, each step the one that raises graded coverage most:
      requirements that are not discretionary weigh 2, undecided discretionary ones (HIPAA: addressable)
      1, decided alternative or not-reasonable 0; ties go to more of the weight-2 requirements fully
      covered, then to the lower control id. After each step: strict and graded coverage. Then what is
      still not fully covered, and which of it no control of the catalog addresses. docs/queries.md.
      --catalog: the control catalog to plan with (default: the data's only one)
      csv columns: step,control,title,gain,newly_covered,covered,partial,not_covered,covered_pct,graded_pct
      json: {target, source, scope, catalog, start, steps[], remaining[], unaddressed[]}
      """;

  private PlanCommand() {}

  private static PlanQuery query(Args args, Crosswalk cw, String command) {
    PlanQuery q = Queries.on(cw).plan().of(args.require("target", command)).by(args.require("by", command))
        .scope(QueryCommands.scope(args)).decisions(ReadinessInputs.decisions(args));
    ReadinessInputs.inventory(args).ifPresent(q::alsoControls);
    args.option("catalog").ifPresent(q::controlsFrom);
    return q;
  }

  /**
   * The plan the readiness report shows for {@code coverage --format html}: with the same options,
   * when the data has a control catalog (or {@code --catalog} names one).
   */
  static Optional<Plan> planFor(Args args, Crosswalk cw) {
    long catalogs = cw.frameworks().values().stream().filter(f -> f.kind() == FrameworkKind.CONTROL_CATALOG).count();
    if (args.option("catalog").isEmpty() && catalogs != 1) {
      return Optional.empty();
    }
    return Optional.of(query(args, cw, "coverage").run());
  }

  static void plan(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    Plan plan = query(args, cw, "plan").run();
    Table t = new Table("step", "control", "title", "gain", "newly_covered", "covered", "partial", "not_covered",
        "covered_pct", "graded_pct")
        .numeric("step", "gain", "covered", "partial", "not_covered", "covered_pct", "graded_pct");
    row(t, "0", "", "start: " + plan.source(), "", List.of(), plan.start());
    for (PlanStep s : plan.steps()) {
      row(t, String.valueOf(s.number()), s.control().id().toString(), s.control().title(),
          String.format(Locale.ROOT, "%.3f", s.gain()), s.newlyCovered(), s.after());
    }
    String format = Output.format(args);
    switch (format) {
      case "text" -> {
        out.println("Plan for " + plan.targetFramework() + " from " + plan.source() + " with the controls of "
            + plan.catalog() + ", scope: " + QueryCommands.describe(plan.scope()) + ": " + plan.steps().size()
            + " steps");
        out.println(String.format(Locale.ROOT, "graded coverage %.1f%% -> %.1f%%; strictly covered %.1f%% -> %.1f%%",
            plan.start().gradedPercent(), plan.end().gradedPercent(), plan.start().percent(Verdict.COVERED),
            plan.end().percent(Verdict.COVERED)));
        out.println();
        t.print(out);
        out.println();
        out.println("Still not fully covered after the plan: " + plan.remaining().size()
            + "; addressed by no control of " + plan.catalog() + ": " + plan.unaddressed().size());
        for (ElementRef ref : plan.unaddressed()) {
          out.println("  " + ref + " " + cw.requirement(ref).map(r -> r.title()).orElse(""));
        }
      }
      case "csv" -> out.print(Output.csv(t));
      case "json" -> out.print(QueryResults.planJson(plan));
      default -> throw new UsageException("unknown --format '" + format + "'; use text, csv or json");
    }
  }

  private static void row(Table t, String step, String control, String title, String gain, List<ElementRef> newly,
      Totals after) {
    t.row(step, control, title, gain, String.join(" ", newly.stream().map(ElementRef::toString).toList()),
        after.covered(), after.partial(), after.notCovered(),
        String.format(Locale.ROOT, "%.1f", after.percent(Verdict.COVERED)),
        String.format(Locale.ROOT, "%.1f", after.gradedPercent()));
  }

}
