package dev.crosswalk.examples.cli;

import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Requirement;
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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code crosswalk} command line: listings, coverage, gaps and explanations on the bundled
 * crosswalk (or on files given with {@code --data}).
 *
 * <p>Exit codes: 0 success, 1 bad usage, 2 bad data. Errors go to stderr as one line.
 */
public final class Main {
  private static final String USAGE = """
      usage: crosswalk <command> [options]   (every command takes --help)

      commands:
        frameworks                               list the frameworks
        requirements --framework ID              list a framework's requirements
        controls [--catalog ID]                  list the controls of a control catalog
        mappings --from ID --to ID               list the mappings between two frameworks
        coverage --target ID --by ID [scope]     coverage verdict totals, overall and by group
        gaps --target ID --by ID [scope]         the target requirements not fully covered, with reasons
        explain REF --by ID [scope]              why a requirement has its verdict
        version                                  code and data versions

      scope options: --categories security,availability,confidentiality,processing-integrity,privacy
                     --rules security,breach,privacy
      common options: --format text|csv|json  --data FILE (repeatable: read these files instead of
                      the bundled data)
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(new Main(System.out, System.err).run(args));
  }

  /** Runs one command; returns the exit code. */
  int run(String... argv) {
    try {
      if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
        out.print(USAGE);
        return argv.length == 0 ? 1 : 0;
      }
      String command = argv[0];
      Args args = Args.parse(Arrays.asList(argv).subList(1, argv.length), Set.of("help"));
      if (args.flag("help")) {
        out.print(help(command));
        return 0;
      }
      switch (command) {
        case "frameworks" -> frameworks(args.allow(command, "format", "data"));
        case "requirements" -> requirements(args.allow(command, "framework", "format", "data"));
        case "controls" -> controls(args.allow(command, "catalog", "format", "data"));
        case "mappings" -> mappings(args.allow(command, "from", "to", "format", "data"));
        case "coverage" -> coverage(args.allow(command, "target", "by", "categories", "rules", "format", "data"));
        case "gaps" -> gaps(args.allow(command, "target", "by", "categories", "rules", "format", "data"));
        case "explain" -> explain(args.allow(command, "by", "categories", "rules", "data"));
        case "version" -> version(args.allow(command, "data"));
        default -> throw new UsageException("unknown command '" + command + "'; run 'crosswalk --help'");
      }
      return 0;
    } catch (UsageException e) {
      err.println("crosswalk: " + e.getMessage());
      return 1;
    } catch (CrosswalkException e) {
      err.println("crosswalk: " + e.getMessage().replace('\n', ' '));
      return 2;
    }
  }

  private static String help(String command) {
    return switch (command) {
      case "frameworks" -> "usage: crosswalk frameworks [--format text|csv|json] [--data FILE]...\n";
      case "requirements" -> "usage: crosswalk requirements --framework ID [--format text|csv|json] [--data FILE]...\n"
          + "columns: framework,ref,parent,kind,title,designation,category\n";
      case "controls" -> "usage: crosswalk controls [--catalog controls] [--format text|csv|json] [--data FILE]...\n";
      case "mappings" -> "usage: crosswalk mappings --from ID --to ID [--format text|csv|json] [--data FILE]...\n"
          + "columns: source,target,relationship,strength,rationale,justification,sources\n";
      case "coverage" -> "usage: crosswalk coverage --target hipaa --by soc2 [--categories security,...]"
          + " [--rules security,breach,privacy] [--format text|csv|json] [--data FILE]...\n";
      case "gaps" -> "usage: crosswalk gaps --target hipaa --by soc2 [--categories security,...]"
          + " [--rules security,breach,privacy] [--format text|csv|json] [--data FILE]...\n";
      case "explain" -> "usage: crosswalk explain hipaa:164.312(b) --by soc2 [--categories ...] [--rules ...]\n";
      case "version" -> "usage: crosswalk version\n";
      default -> throw new UsageException("unknown command '" + command + "'; run 'crosswalk --help'");
    };
  }

  private static Crosswalk load(Args args) {
    List<String> files = args.all("data");
    if (files.isEmpty()) {
      return Crosswalks.bundled();
    }
    return Crosswalks.load(files.stream().map(Path::of).toArray(Path[]::new));
  }

  private void frameworks(Args args) {
    Table t = new Table("id", "name", "edition", "publisher", "kind", "requirements", "controls");
    Crosswalk cw = load(args);
    cw.frameworks().values().forEach(f -> t.row(f.id(), f.name(), f.edition(), f.publisher(), f.kind(),
        cw.requirements(f.id()).size(), cw.controls(f.id()).size()));
    Output.print(t, args.option("format").orElse("text"), out);
  }

  private void requirements(Args args) {
    Crosswalk cw = load(args);
    String framework = args.require("framework", "requirements");
    cw.requireFramework(framework);
    Table t = new Table("framework", "ref", "parent", "kind", "title", "designation", "category");
    for (Requirement r : cw.requirements(framework)) {
      t.row(framework, r.id().ref(), r.parent().map(ElementRef::ref).orElse(""), r.kind(), r.title(),
          r.attribute("designation").orElse(""), r.attribute("category").orElse(""));
    }
    Output.print(t, args.option("format").orElse("text"), out);
  }

  private void controls(Args args) {
    Crosswalk cw = load(args);
    String catalog = args.option("catalog").orElse("controls");
    cw.requireFramework(catalog);
    Table t = new Table("framework", "ref", "title", "description", "domain");
    cw.controls(catalog).forEach(c -> t.row(catalog, c.id().ref(), c.title(), c.description(),
        c.attribute("domain").orElse("")));
    Output.print(t, args.option("format").orElse("text"), out);
  }

  private void mappings(Args args) {
    Crosswalk cw = load(args);
    String from = args.require("from", "mappings");
    String to = args.require("to", "mappings");
    cw.requireFramework(from);
    cw.requireFramework(to);
    Table t = new Table("source", "target", "relationship", "strength", "rationale", "justification", "sources");
    for (Mapping m : cw.mappingsBetween(from, to)) {
      t.row(m.source(), m.target(), m.relationship(), m.strength(), m.rationale(), m.justification(),
          String.join(";", m.sources()));
    }
    Output.print(t, args.option("format").orElse("text"), out);
  }

  private static <Q extends dev.crosswalk.core.query.CoverageOptions<Q>> Q scoped(Q query, Args args, String command) {
    return query.of(args.require("target", command)).by(args.require("by", command)).scope(scope(args));
  }

  /** The scope the --categories and --rules options describe; everything when neither is given. */
  private static Scope scope(Args args) {
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

  private void coverage(Args args) {
    Crosswalk cw = load(args);
    CoverageReport report = scoped(Queries.on(cw).coverage(), args, "coverage").run();
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
    String format = args.option("format").orElse("text");
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

  private void gaps(Args args) {
    Crosswalk cw = load(args);
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
    String format = args.option("format").orElse("text");
    if (format.equals("text")) {
      out.println("Gaps of " + report.targetFramework() + " by " + report.source() + ", scope " + report.scope()
          + ": " + report.gaps().size());
      Map<?, ?> byReason = report.byReason();
      byReason.forEach((reason, gaps) -> out.println("  " + reason + ": " + ((List<?>) gaps).size()));
      out.println();
    }
    Output.print(t, format, out);
  }

  private void explain(Args args) {
    Crosswalk cw = load(args);
    if (args.positionals().size() != 1) {
      throw new UsageException("'explain' needs one element reference, e.g. hipaa:164.312(b)");
    }
    ElementRef ref = cw.requireElement(args.positionals().get(0)).id();
    String by = args.require("by", "explain");
    cw.requireFramework(by);
    Explanation e = Queries.on(cw).explain(ref, by, scope(args));
    out.println(e);
  }

  private void version(Args args) {
    String code = Main.class.getPackage().getImplementationVersion();
    out.println("crosswalk " + (code == null ? "(development build)" : code));
    if (args.all("data").isEmpty()) {
      Crosswalks.providers().forEach(p -> out.println("data " + p.id() + " " + p.dataVersion()));
    }
  }
}
