package dev.crosswalk.examples.cli;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.CoverageOptions;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Explanation;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.GapQuery;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.HipaaRule;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Soc2Category;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The query commands: coverage, gaps and explain, with one parser for the scope options. */
final class QueryCommands {
  private QueryCommands() {}

  private static <Q extends CoverageOptions<Q>> Q scoped(Q query, Args args, String command) {
    return query.of(args.require("target", command)).by(args.require("by", command)).scope(scope(args));
  }

  /** The scope the --categories and --rules options describe; everything when neither is given. */
  static Scope scope(Args args) {
    Scope scope = Scope.all();
    List<String> categories = args.list("categories");
    if (!categories.isEmpty()) {
      scope = scope.withSoc2(categories.stream().map(c -> token(Soc2Category.values(), Soc2Category::token, c,
          "SOC 2 category")).toArray(Soc2Category[]::new));
    }
    List<String> rules = args.list("rules");
    if (!rules.isEmpty()) {
      scope = scope.withHipaa(rules.stream().map(r -> token(HipaaRule.values(), HipaaRule::token, r,
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
      ReportCommands.htmlCoverage(args, out, cw, report);
      return;
    }
    Table t = new Table("group", "value", "covered", "partial", "not_covered", "not_applicable",
        "covered_pct", "partial_pct");
    addTotals(t, "all", "all", report.totals());
    String groupAttribute = report.targetFramework().equals("hipaa") ? "safeguard"
        : report.targetFramework().equals("soc2") ? "series" : "kind";
    if (report.targetFramework().equals("hipaa")) {
      report.byGroup("rule").forEach((k, v) -> addTotals(t, "rule", k, v));
    }
    report.byGroup(groupAttribute).forEach((k, v) -> addTotals(t, groupAttribute, k, v));
    report.byDesignation().forEach((k, v) -> addTotals(t, "designation", k, v));
    String format = Output.format(args);
    if (format.equals("text")) {
      out.println("Coverage of " + report.targetFramework() + " by " + report.source() + ", scope " + report.scope());
    }
    Output.print(t, format, out);
  }

  private static void addTotals(Table t, String group, String value, Totals totals) {
    t.row(group, value, totals.covered(), totals.partial(), totals.notCovered(), totals.notApplicable(),
        String.format(Locale.ROOT, "%.1f", totals.percent(Verdict.COVERED)),
        String.format(Locale.ROOT, "%.1f", totals.percent(Verdict.PARTIAL)));
  }

  static void gaps(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    GapQuery query = scoped(Queries.on(cw).gaps(), args, "gaps");
    GapReport report = query.run();
    Table t = new Table("requirement", "title", "verdict", "reason", "designation", "detail");
    for (Gap g : report.gaps()) {
      Requirement r = cw.requirement(g.id()).orElseThrow();
      String detail = g.recordedReasons().isEmpty()
          ? g.coverage().counted().stream().map(e -> e.mapping().source().toString()).distinct()
              .reduce((a, b) -> a + " " + b).orElse("")
          : String.join(" ", g.recordedReasons());
      t.row(g.id(), r.title(), g.verdict(), g.reason(), r.attribute("designation").orElse(""), detail);
    }
    String format = Output.format(args);
    if (format.equals("text")) {
      out.println("Gaps of " + report.targetFramework() + " by " + report.source() + ", scope " + report.scope()
          + ": " + report.gaps().size());
      Map<?, ?> byReason = report.byReason();
      byReason.forEach((reason, gaps) -> out.println("  " + reason + ": " + ((List<?>) gaps).size()));
      out.println();
    }
    Output.print(t, format, out);
  }

  static void explain(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    if (args.positionals().size() != 1) {
      throw new UsageException("'explain' needs one element reference, e.g. hipaa:164.312(b)");
    }
    ElementRef ref = cw.requireElement(args.positionals().get(0)).id();
    String by = args.require("by", "explain");
    cw.requireFramework(by);
    Explanation e = Queries.on(cw).explain(ref, by, scope(args));
    out.println(e);
  }
}
