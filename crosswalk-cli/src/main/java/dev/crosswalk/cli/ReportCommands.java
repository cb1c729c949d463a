package dev.crosswalk.cli;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.hipaasoc2.vendor.Finding;
import dev.crosswalk.hipaasoc2.vendor.Severity;
import dev.crosswalk.hipaasoc2.vendor.VendorReport;
import dev.crosswalk.hipaasoc2.vendor.VendorReportReader;
import dev.crosswalk.hipaasoc2.vendor.VendorReview;
import dev.crosswalk.report.ReadinessReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report commands of the command line: {@code coverage ... --format html [--out FILE]} and
 * {@code vendor-review FILE [--as-of DATE]}. Called from {@link Main}.
 */
final class ReportCommands {
  /** The help text of {@code vendor-review}. */
  static final String VENDOR_REVIEW_HELP = "usage: crosswalk vendor-review FILE [--as-of YYYY-MM-DD] [--fail-on SEVERITY]"
      + " [--format text|csv|json] [--data FILE]...\n"
      + "reviews a vendor's SOC 2 report (JSON, see docs/reports.md) for HIPAA; --as-of defaults to today\n"
      + "columns: severity,code,message,hipaa_refs\n"
      + "--fail-on blocker|high|medium|low|info: exit 3 when a finding is that severe or worse (for CI gates)\n";

  private ReportCommands() {}

  /**
   * Writes the readiness report of a coverage report to a file.
   *
   * @return the file written
   * @throws dev.crosswalk.core.CrosswalkDataException if it cannot be written
   */
  static Path htmlCoverage(Crosswalk cw, CoverageReport report, Path file) {
    return ReadinessReport.of(cw, report).write(file);
  }

  /**
   * {@code coverage --format html}: writes the readiness report to {@code --out FILE} and says so
   * in one line, or prints the page to {@code out} when there is no {@code --out}.
   */
  static void htmlCoverage(Args args, PrintStream out, Crosswalk cw, CoverageReport report,
      java.util.Optional<dev.crosswalk.core.query.Plan> plan) {
    ReadinessReport page = ReadinessReport.of(cw, report);
    if (plan.isPresent()) {
      page = page.withPlan(plan.get());
    }
    if (args.option("out").isEmpty()) {
      out.print(page.html());
      return;
    }
    Path file = page.write(Path.of(args.option("out").get()));
    out.println("wrote " + file + ": " + report.totals().applicable() + " applicable requirements, "
        + report.gaps().gaps().size() + " gaps");
  }

  /** {@code vendor-review} on the crosswalk of {@code --data} (else the bundled one), as of today by default. */
  /** The exit code of {@code vendor-review --fail-on SEVERITY} when a finding is that severe or worse. */
  static final int FINDINGS_AT_THRESHOLD = 3;

  static int vendorReview(Args args, PrintStream out) {
    return vendorReview(args, out, Main.load(args), Clock.systemDefaultZone());
  }

  /**
   * {@code vendor-review FILE [--as-of YYYY-MM-DD] [--format text|csv|json]}: the findings of
   * {@link VendorReview}, most severe first; the review date defaults to today on {@code clock}.
   *
   * @return 0, or {@link #FINDINGS_AT_THRESHOLD} when {@code --fail-on SEVERITY} is given and a
   *     finding is that severe or worse, so that a CI job can gate on it
   * @throws UsageException without exactly one file, or with a malformed date, format or severity
   * @throws dev.crosswalk.core.CrosswalkException if the file is unreadable or not a vendor report
   */
  static int vendorReview(Args args, PrintStream out, Crosswalk cw, Clock clock) {
    if (args.positionals().size() != 1) {
      throw new UsageException("'vendor-review' needs one vendor report file (JSON; see docs/reports.md)");
    }
    String format = Output.format(args);
    if (!List.of("text", "csv", "json").contains(format)) {
      throw new UsageException("unknown --format '" + format + "'; use text, csv or json");
    }
    java.util.Optional<Severity> failOn = args.option("fail-on").map(ReportCommands::severity);
    LocalDate asOf = asOf(args, clock);
    VendorReport report = VendorReportReader.create().read(Path.of(args.positionals().get(0)));
    List<Finding> findings = VendorReview.review(report, cw, asOf);
    Table t = new Table("severity", "code", "message", "hipaa_refs");
    for (Finding f : findings) {
      t.row(f.severity(), f.code(), f.message(),
          f.hipaaRefs().stream().map(ElementRef::toString).collect(Collectors.joining(" ")));
    }
    if (format.equals("text")) {
      out.println("Review of " + report.vendor() + "'s SOC 2 " + (report.type() == dev.crosswalk.hipaasoc2.vendor.ReportType.TYPE_I ? "Type I" : "Type II") + " report (" + report.periodStart()
          + " to " + report.periodEnd() + ", dated " + report.reportDate() + ") as of " + asOf + ": " + summary(findings));
      out.println();
    }
    Output.print(t, format, out);
    boolean gate = failOn.isPresent() && findings.stream().anyMatch(f -> f.severity().compareTo(failOn.get()) <= 0);
    return gate ? FINDINGS_AT_THRESHOLD : 0;
  }

  /** The severity {@code --fail-on} names, in any case. */
  private static Severity severity(String text) {
    for (Severity s : Severity.values()) {
      if (s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new UsageException("unknown --fail-on severity '" + text + "'; use "
        + java.util.Arrays.stream(Severity.values()).map(s -> s.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", ")));
  }

  /** {@code 1 BLOCKER, 3 HIGH, 0 MEDIUM, 1 LOW, 1 INFO}. */
  static String summary(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  private static LocalDate asOf(Args args, Clock clock) {
    String text = args.option("as-of").orElse(null);
    if (text == null) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--as-of must be a date written YYYY-MM-DD, got '" + text + "'");
    }
  }
}
