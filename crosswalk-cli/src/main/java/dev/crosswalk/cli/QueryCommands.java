package dev.crosswalk.cli;

import dev.crosswalk.core.export.QueryResults;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.query.CoverageOptions;
import dev.crosswalk.core.query.CoverageQuery;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Explanation;
import dev.crosswalk.core.query.GapQuery;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.hipaasoc2.HipaaRule;
import dev.crosswalk.hipaasoc2.Soc2Category;
import dev.crosswalk.core.query.Verdict;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The query commands: coverage, gaps and explain, with one parser for the scope options. */
final class QueryCommands {
  private QueryCommands() {}

  private static <Q extends CoverageOptions<Q>> Q scoped(Q query, Args args, String command) {
    Q q = query.of(args.require("target", command)).by(args.require("by", command)).scope(scope(args));
    ReadinessInputs.inventory(args).ifPresent(q::alsoControls);
    return q.decisions(ReadinessInputs.decisions(args));
  }

  /**
   * The scope in words for text output: {@code hipaa.rule = security; soc2.category = security}, or
   * {@code everything}.
   */
  static String describe(Scope scope) {
    if (scope.constraints().isEmpty()) {
      return "everything";
    }
    List<String> parts = new java.util.ArrayList<>();
    scope.constraints().forEach((framework, attributes) -> attributes.forEach((attribute, values) ->
        parts.add(framework + "." + attribute + " = " + String.join(",", values))));
    return String.join("; ", parts);
  }

  /**
   * The scope the --scope, --categories and --rules options describe; everything when none is
   * given. {@code --scope FRAMEWORK.ATTRIBUTE=VALUE[,VALUE...]} (repeatable) works for any
   * framework; {@code --categories} and {@code --rules} are shorthands for SOC 2 and HIPAA.
   */
  static Scope scope(Args args) {
    Scope scope = Scope.all();
    for (String spec : args.all("scope")) {
      int dot = spec.indexOf('.');
      int eq = spec.indexOf('=');
      if (dot <= 0 || eq <= dot + 1 || eq == spec.length() - 1) {
        throw new UsageException("--scope '" + spec + "' is not FRAMEWORK.ATTRIBUTE=VALUE[,VALUE...],"
            + " e.g. soc2.category=security,availability");
      }
      List<String> values = Arrays.stream(spec.substring(eq + 1).split(",")).map(String::strip)
          .filter(v -> !v.isEmpty()).toList();
      if (values.isEmpty()) {
        throw new UsageException("--scope '" + spec + "' lists no value");
      }
      scope = scope.with(spec.substring(0, dot), spec.substring(dot + 1, eq), values);
    }
    List<String> categories = args.list("categories");
    if (!categories.isEmpty()) {
      scope = Soc2Category.restrict(scope, categories.stream().map(c -> token(Soc2Category.values(),
          Soc2Category::token, c, "SOC 2 category")).toArray(Soc2Category[]::new));
    }
    List<String> rules = args.list("rules");
    if (!rules.isEmpty()) {
      scope = HipaaRule.restrict(scope, rules.stream().map(r -> token(HipaaRule.values(), HipaaRule::token, r,
          "HIPAA rule")).toArray(HipaaRule[]::new));
    }
    return scope;
  }

  private static <E> E token(E[] values, java.util.function.Function<E, String> token, String text, String what) {
    for (E value : values) {
      if (token.apply(value).equals(text.toLowerCase(Locale.ROOT))) {
        return value;
      }
    }
    throw new UsageException("unknown " + what + " '" + text + "'; use "
        + Arrays.stream(values).map(token).toList());
  }

  static void coverage(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    CoverageReport report = scoped(Queries.on(cw).coverage(), args, "coverage").run();
    if (Output.format(args).equals("html")) {
      ReportCommands.htmlCoverage(args, out, cw, report, PlanCommand.planFor(args, cw));
      return;
    }
    List<String> groups = new ArrayList<>(groupAttributes(cw, report.targetFramework()));
    Decisions.discretionaryAttribute(cw, report.targetFramework()).ifPresent(groups::add);
    String format = Output.format(args);
    switch (format) {
      case "csv" -> {
        out.print(QueryResults.coverageCsv(report, groups));
        return;
      }
      case "json" -> {
        out.print(QueryResults.coverageJson(report, groups, Output.dataVersion(args)));
        return;
      }
      case "text" -> { }
      default -> throw new UsageException("unknown --format '" + format + "'; use text, csv, json or html");
    }
    {
      Totals all = report.totals();
      out.println("Coverage of " + report.targetFramework() + " by " + report.source() + ", scope: "
          + describe(report.scope()));
      out.println(String.format(Locale.ROOT, "graded coverage %.1f%%; strictly covered %.1f%% (%d of %d applicable),"
          + " partial %.1f%%, not covered %.1f%%", all.gradedPercent(), all.percent(Verdict.COVERED), all.covered(),
          all.applicable(), all.percent(Verdict.PARTIAL), all.percent(Verdict.NOT_COVERED)));
      long toDocument = report.requirements().values().stream()
          .filter(c -> c.inScope() && c.decision().isEmpty() && Decisions.isDiscretionary(cw, c.requirement()))
          .count();
      if (toDocument > 0) {
        out.println(toDocument + " discretionary requirements in scope need a documented decision"
            + " (implemented, alternative or not-reasonable; pass them with --decisions FILE, see docs/inputs.md)");
      }
      out.println();
    }
    Table t = new Table(QueryResults.COVERAGE_COLUMNS.toArray(String[]::new));
    QueryResults.coverageRows(report, groups).forEach(r -> t.row(r.toArray()));
    t.print(out);
  }

  /**
   * The attributes coverage is grouped by: the target framework's {@code groupBy} attribute (data,
   * not code), else its requirements' {@code kind}.
   */
  static List<String> groupAttributes(Crosswalk cw, String framework) {
    return cw.framework(framework).flatMap(f -> f.attribute(Framework.GROUP_BY))
        .map(g -> Arrays.stream(g.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList())
        .orElse(List.of("kind"));
  }



  static void gaps(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    GapQuery query = scoped(Queries.on(cw).gaps(), args, "gaps");
    GapReport report = query.run();
    String source = args.require("by", "gaps");
    String format = Output.format(args);
    switch (format) {
      case "csv" -> {
        out.print(QueryResults.gapsCsv(report, cw, source));
        return;
      }
      case "json" -> {
        out.print(QueryResults.gapsJson(report, cw, source, Output.dataVersion(args)));
        return;
      }
      case "text" -> { }
      default -> throw new UsageException("unknown --format '" + format + "'; use text, csv or json");
    }
    {
      out.println("Gaps of " + report.targetFramework() + " by " + report.source() + ", scope: "
          + describe(report.scope()) + ": " + report.gaps().size());
      Map<?, ?> byReason = report.byReason();
      byReason.forEach((reason, gaps) -> out.println("  " + reason + ": " + ((List<?>) gaps).size()));
      out.println("  'adds': what " + shortName(cw, report.targetFramework()) + " asks beyond "
          + shortName(cw, source) + " for the requirement, from the data (see 'explain' for its sources)");
      out.println();
    }
    Table t = new Table(QueryResults.GAP_COLUMNS.toArray(String[]::new));
    QueryResults.gapRows(report, cw, source).forEach(r -> t.row(r.toArray()));
    t.print(out);
  }

  static String shortName(Crosswalk cw, String framework) {
    return cw.framework(framework).map(Framework::shortName).orElse(framework);
  }

  static void explain(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    if (args.positionals().size() != 1) {
      throw new UsageException("'explain' needs one element reference, e.g. hipaa:164.312(b)");
    }
    ElementRef ref = cw.requireElement(args.positionals().get(0)).id();
    String by = args.require("by", "explain");
    cw.requireFramework(by);
    CoverageQuery query = Queries.on(cw).coverage().by(by).scope(scope(args));
    ReadinessInputs.inventory(args).ifPresent(query::alsoControls);
    Explanation e = query.decisions(ReadinessInputs.decisions(args)).explain(ref);
    String format = Output.format(args);
    if (format.equals("json")) {
      out.print(QueryResults.explanationJson(e, cw.addition(ref, by), Output.dataVersion(args)));
      return;
    }
    if (!format.equals("text")) {
      throw new UsageException("unknown --format '" + format + "' for 'explain'; use text or json");
    }
    out.println(e);
    cw.addition(ref, by).ifPresent(a -> {
      out.println("What " + shortName(cw, ref.framework()) + " adds beyond " + shortName(cw, by) + ": " + a.statement());
      out.println("  sources: " + a.citations().stream()
          .map(c -> c.source() + c.locator().map(l -> " (" + l + ")").orElse("")).reduce((x, y) -> x + "; " + y)
          .orElse(""));
    });
  }
}
