package dev.crosswalk.cli;

import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.SafeText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The {@code crosswalk} command line: listings, coverage, gaps and explanations on the bundled
 * crosswalk (or on files given with {@code --data}), exports, imports and diffs.
 *
 * <p>Exit codes: 0 success, 1 bad usage, 2 bad data, 3 vendor-review findings at or above {@code --fail-on}.
 * Errors go to stderr as one line.
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
        explain REF --by ID [scope]              why a requirement has its verdict, and what the target adds
        plan --target ID --by ID [scope]         the controls to implement next, with coverage after each
        vendor-review FILE [--as-of DATE]        review a vendor's SOC 2 report (JSON) for HIPAA
        export --format FORMAT --out DIR         write the crosswalk as csv, jsonl, json, sql or oscal
        import FILE... [--replace] [--out FILE]  validate your own crosswalk or overlay (JSON or CSV) on
                                                 the bundled data and report every problem
        import --oscal CATALOG [--out FILE]      read an OSCAL catalog (e.g. NIST SP 800-53 rev 5)
        diff OLD NEW                             what changed between two crosswalks (a file or 'bundled')
        version                                  code and data versions

      scope options: --scope FRAMEWORK.ATTRIBUTE=VALUE[,VALUE...] (repeatable, any framework), and the
                     shorthands --categories security,availability,confidentiality,processing-integrity,privacy
                     (SOC 2; security always included) and --rules security,breach,privacy (HIPAA)
      readiness options (coverage, gaps, explain, plan): --decisions FILE (documented decisions on
                     discretionary requirements, e.g. HIPAA addressable ones)  --inventory FILE (controls
                     already in place, counted with --by); both JSON or CSV, see docs/inputs.md
      common options: --format text|csv|json  --data FILE (repeatable: read these files instead of
                      the bundled data)  --add FILE (repeatable: merge your own frameworks, controls
                      and mappings, JSON or CSV, onto the data; see docs/overlays.md)
      text tables fit the terminal: COLUMNS characters (160 when unset); long cells end in '…'
      (never the first column); csv and json are never cut
      --excel-safe: with --format csv (listings and export), a cell starting with = + - @ gets a
                    leading ' so a spreadsheet shows it as text instead of running it as a formula
      coverage --format html [--out FILE]: the readiness report, one self-contained HTML page
      """;

  private final PrintStream out;
  private final PrintStream err;
  /** Whether a failed write to {@code out} was a reader closing the pipe; set by {@link #main}. */
  private java.util.function.BooleanSupplier readerGone = () -> false;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command line and exits with its code. Output is UTF-8 whatever the locale (under a C
   * locale JDK 17 wrote '?' for every non-ASCII character), and an output that could not be
   * written (a full disk, {@code > /dev/full}) exits 2 rather than 0.
   */
  public static void main(String[] args) {
    WriteFailure stdout = new WriteFailure(new FileOutputStream(FileDescriptor.out));
    PrintStream out = new PrintStream(stdout, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Table.setWidth(System.getenv("COLUMNS"));
    Main main = new Main(out, err);
    main.readerGone = stdout::brokenPipe;
    System.exit(main.runAndFlush(args));
  }

  /** The standard output stream, remembering whether a write failed because the reader went away. */
  private static final class WriteFailure extends java.io.FilterOutputStream {
    private volatile boolean brokenPipe;

    WriteFailure(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      try {
        out.write(b, off, len);
      } catch (java.io.IOException e) {
        brokenPipe |= String.valueOf(e.getMessage()).contains("Broken pipe");
        throw e;
      }
    }

    @Override
    public void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    boolean brokenPipe() {
      return brokenPipe;
    }
  }

  /**
   * Runs one command and flushes the output; 2 when the output could not be written, unless the
   * reader went away ({@code crosswalk gaps ... | head} closed the pipe), which is not a failure.
   */
  int runAndFlush(String... argv) {
    int code = run(argv);
    if (out.checkError()) { // flushes; a PrintStream reports a failed write only here
      if (readerGone.getAsBoolean()) {
        return code;
      }
      err.println("crosswalk: cannot write the output (standard output failed, is the disk full?)");
      return 2;
    }
    return code;
  }

  /** Runs one command; returns the exit code. */
  int run(String... argv) {
    try {
      if (argv.length == 0 || argv[0].equals("--help") || argv[0].equals("-h") || argv[0].equals("help")) {
        out.print(USAGE);
        return argv.length == 0 ? 1 : 0;
      }
      String command = argv[0];
      Args args = Args.parse(Arrays.asList(argv).subList(1, argv.length), Set.of("help", "standalone", "replace", "excel-safe"));
      if (args.flag("help")) {
        out.print(help(command));
        return 0;
      }
      checkArguments(command, args);
      // Text goes to the terminal escaped; csv, json and html print their exact bytes.
      PrintStream out = command.equals("export") || Output.format(args).equals("text")
          ? TerminalOutput.of(this.out) : this.out;
      switch (command) {
        case "frameworks" -> Listings.frameworks(args.allow(command, "format", "data", "add"), out);
        case "requirements" -> Listings.requirements(args.allow(command, "framework", "format", "data", "add"), out);
        case "controls" -> Listings.controls(args.allow(command, "catalog", "format", "data", "add"), out);
        case "mappings" -> Listings.mappings(args.allow(command, "from", "to", "format", "data", "add"), out);
        case "coverage" -> QueryCommands.coverage(args.allow(command, "target", "by", "scope", "categories", "rules", "format",
            "out", "data", "add", "decisions", "inventory", "catalog"), out);
        case "gaps" -> QueryCommands.gaps(args.allow(command, "target", "by", "scope", "categories", "rules", "format", "data", "add",
            "decisions", "inventory"), out);
        case "explain" -> QueryCommands.explain(args.allow(command, "by", "scope", "categories", "rules", "data", "add", "format", "decisions",
            "inventory"), out);
        case "plan" -> PlanCommand.plan(args.allow(command, "target", "by", "scope", "categories", "rules", "format", "data", "add",
            "decisions", "inventory", "catalog"), out);
        case "export" -> DataCommands.export(args.allow(command, "format", "out", "data", "add"), out);
        case "vendor-review" -> {
          return ReportCommands.vendorReview(args.allow(command, "as-of", "format", "data", "add", "fail-on"), out);
        }
        case "import" -> {
          return DataCommands.importFiles(args.allow(command, "oscal", "framework-id", "out", "format", "data"), out,
              err);
        }
        case "diff" -> DataCommands.diff(args.allow(command, "format"), out);
        case "version" -> DataCommands.version(args.allow(command, "data", "add"), out);
        default -> throw new UsageException("unknown command '" + command + "'; run 'crosswalk --help'");
      }
      return 0;
    } catch (UsageException e) {
      err.println("crosswalk: " + e.getMessage());
      return 1;
    } catch (InvalidValueException e) {
      // An argument value the library refuses: a usage error, as an IllegalArgumentException was.
      err.println("crosswalk: " + SafeText.echo(String.valueOf(e.getMessage())));
      return 1;
    } catch (CrosswalkException e) {
      err.println("crosswalk: " + e.getMessage().replace('\n', ' '));
      return 2;
    } catch (InvalidPathException e) {
      // Under LC_ALL=C the JDK cannot name a file whose name is not ASCII.
      err.println("crosswalk: cannot use the path '" + SafeText.echo(e.getInput()) + "': " + SafeText.echo(e.getReason())
          + "; this locale cannot encode it: run with a UTF-8 locale (LC_ALL=C.UTF-8)");
      return 2;
    } catch (IllegalArgumentException e) {
      err.println("crosswalk: " + SafeText.echo(String.valueOf(e.getMessage())));
      return 1;
    } catch (OutOfMemoryError e) {
      err.println("crosswalk: out of memory; give the JVM more heap (-Xmx) or split the input");
      return 2;
    } catch (RuntimeException | StackOverflowError e) {
      // Never a stack trace: one line, which names the failure for a bug report.
      err.println("crosswalk: unexpected " + e.getClass().getSimpleName() + ": " + SafeText.echo(String.valueOf(e.getMessage()))
          + "; please report it");
      return 2;
    }
  }

  /** Commands that take no positional argument: any is a mistake, not something to ignore. */
  private static final Set<String> NO_POSITIONALS = Set.of(
      "frameworks", "requirements", "controls", "mappings", "coverage", "gaps", "plan", "export", "version");

  /** Commands whose CSV --excel-safe neutralises. */
  private static final Set<String> EXCEL_SAFE = Set.of("frameworks", "requirements", "controls", "mappings", "export");

  /** The rules every command's arguments follow, checked before the command runs. */
  private static void checkArguments(String command, Args args) {
    if (NO_POSITIONALS.contains(command) && !args.positionals().isEmpty()) {
      throw new UsageException("unexpected argument '" + SafeText.echo(args.positionals().get(0)) + "' for '"
          + command + "'; see 'crosswalk " + command + " --help'");
    }
    if (args.flag("excel-safe") && !(EXCEL_SAFE.contains(command) && args.option("format").orElse("").equals("csv"))) {
      throw new UsageException("--excel-safe applies to CSV listings and exports: frameworks, requirements, controls,"
          + " mappings or export, with --format csv");
    }
    if (command.equals("coverage") && args.option("out").isPresent()
        && !args.option("format").orElse("text").equals("html")) {
      throw new UsageException("--out writes the readiness report: use it with --format html");
    }
  }

  private static String help(String command) {
    return switch (command) {
      case "frameworks" -> "usage: crosswalk frameworks [--format text|csv|json] [--excel-safe] [--data FILE]...\n"
          + "csv: the frameworks.csv shape (id,name,edition,publisher,kind,sourceUrl,license)\n";
      case "requirements" -> "usage: crosswalk requirements --framework ID [--format text|csv|json] [--excel-safe] [--data FILE]...\n"
          + "columns: framework,ref,parent,kind,title,designation,category (csv: the requirements.csv file)\n";
      case "controls" -> "usage: crosswalk controls [--catalog controls] [--format text|csv|json] [--excel-safe] [--data FILE]...\n"
          + "columns: framework,ref,title,description,domain (csv: the controls.csv file)\n";
      case "mappings" -> "usage: crosswalk mappings --from ID --to ID [--format text|csv|json] [--excel-safe] [--data FILE]...\n"
          + "columns: source,target,relationship,strength,rationale,justification,sources (csv: the mappings.csv file)\n"
          + "read from --from's side: mappings stored from --to to --from are listed inverted (relationship inverted)\n";
      case "coverage" -> "usage: crosswalk coverage --target hipaa --by soc2 [--categories security,...]"
          + " [--rules security,breach,privacy] [--decisions FILE] [--inventory FILE] [--format text|csv|json|html]"
          + " [--out FILE] [--data FILE]...\n"
          + "columns: group,value,covered,partial,not_covered,not_applicable,covered_pct,partial_pct,graded_pct\n"
          + "graded_pct: the mean graded score (0-100) of the applicable requirements; see docs/queries.md\n"
          + "--format html: the readiness report (one self-contained HTML page, with the plan when the data has a"
          + " control catalog) into --out FILE, else to stdout\n";
      case "gaps" -> "usage: crosswalk gaps --target hipaa --by soc2 [--categories security,...]"
          + " [--rules security,breach,privacy] [--decisions FILE] [--inventory FILE] [--format text|csv|json]"
          + " [--data FILE]...\n"
          + "columns: requirement,title,verdict,score,reason,designation,detail,adds (adds: what the target asks"
          + " beyond --by, from the data)\n";
      case "explain" -> "usage: crosswalk explain hipaa:164.312(b) --by soc2 [--categories ...] [--rules ...] [--format text|json]"
          + " [--decisions FILE] [--inventory FILE]\n";
      case "plan" -> PlanCommand.HELP;
      case "export" -> "usage: crosswalk export --format csv|jsonl|json|sql|oscal --out DIR [--excel-safe] [--data FILE]...\n"
          + "writes the files of the format into DIR (created if needed, files replaced) and lists them"
          + " with their SHA-256; see docs/exports.md\n"
          + "--excel-safe (csv): a cell starting with = + - @ gets a leading ' so a spreadsheet does not run it\n";
      case "vendor-review" -> ReportCommands.VENDOR_REVIEW_HELP;
      case "import" -> """
          usage: crosswalk import FILE... [--standalone] [--replace] [--out FILE] [--format text|csv|json] [--data FILE]...
                 crosswalk import --oscal CATALOG.json [--framework-id ID] [--out FILE]
          FILE: a canonical JSON document (.json), a CSV table of the export contract (frameworks.csv,
          requirements.csv, controls.csv, mappings.csv; the table is told by the name's ending) or a
          directory of them. Files that declare every framework and source they use are validated as a
          whole crosswalk (or always, with --standalone); otherwise as an overlay on the bundled data (or
          on --data). A conflicting id is an error naming both sides unless --replace, which lists every
          replacement. Every problem is reported (exit 2). --out writes the result as canonical JSON.
          See docs/overlays.md and docs/oscal.md.
          """;
      case "diff" -> """
          usage: crosswalk diff OLD NEW [--format text|csv|json]
          OLD, NEW: a crosswalk file (canonical JSON, or JSON Lines named *.jsonl) or 'bundled'.
          Lists added (+), removed (-) and changed (~) frameworks, sources, requirements, controls,
          mappings and no-counterpart records, with old and new values of each changed field.
          Typical upgrade check: keep 'crosswalk export --format json' of the pinned version, then
          'crosswalk diff crosswalk-1.0.0.json bundled' after upgrading.
          csv/json columns: kind,change,id,field,old,new
          """;
      case "version" -> "usage: crosswalk version\n";
      default -> throw new UsageException("unknown command '" + command + "'; run 'crosswalk --help'");
    };
  }

  /** The path an option names; an empty value is a usage error. */
  static Path path(String value, String option) {
    if (value.isBlank()) {
      throw new UsageException("--" + option + " needs a file name");
    }
    // A name this locale cannot encode fails here with InvalidPathException, which run() reports
    // in one line with the locale to use (exit 2).
    return Path.of(value);
  }

  /**
   * The crosswalk the command works on: the files of {@code --data}, else the bundled data; then
   * the overlays of {@code --add} (your own frameworks, controls and mappings, JSON or CSV, see
   * docs/overlays.md) merged onto it, a conflicting id being an error that names both sides.
   */
  static Crosswalk load(Args args) {
    List<String> files = args.all("data");
    Crosswalk base = files.isEmpty() ? Crosswalks.bundled()
        : Crosswalks.load(files.stream().map(f -> path(f, "data")).toArray(Path[]::new));
    List<String> added = args.all("add");
    if (added.isEmpty()) {
      return base;
    }
    dev.crosswalk.core.overlay.Overlay overlay = dev.crosswalk.core.overlay.OverlayReader.create()
        .read(added.stream().map(f -> path(f, "add")).toArray(Path[]::new));
    return dev.crosswalk.core.overlay.Overlays.merge(base, files.isEmpty() ? "the bundled data" : "--data", overlay)
        .crosswalk();
  }

}
