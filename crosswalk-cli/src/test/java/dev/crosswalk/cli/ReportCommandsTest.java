package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.hipaasoc2.vendor.Finding;
import dev.crosswalk.hipaasoc2.vendor.VendorReport;
import dev.crosswalk.hipaasoc2.vendor.VendorReportReader;
import dev.crosswalk.hipaasoc2.vendor.VendorReview;
import dev.crosswalk.report.ReadinessReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandsTest {
  private static final Path SAMPLE = Path.of("../crosswalk-examples/src/main/resources/dev/crosswalk/examples/vendor-report.json");
  private final Crosswalk cw = Crosswalks.bundled();

  private static Args args(String... args) {
    return Args.parse(List.of(args), Set.of("help"));
  }

  private static Clock clock(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  private static String capture(java.util.function.Consumer<PrintStream> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void htmlCoverageWritesTheReadinessReport(@TempDir Path dir) throws Exception {
    CoverageReport report = Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
    Path file = dir.resolve("report.html");
    String said = capture(out -> ReportCommands.htmlCoverage(args("--out", file.toString()), out, cw, report, java.util.Optional.empty()));
    assertEquals("wrote " + file + ": " + report.totals().applicable() + " applicable requirements, "
        + report.gaps().gaps().size() + " gaps\n", said);
    String expected = ReadinessReport.of(cw, report).html();
    assertEquals(expected, Files.readString(file));
    assertEquals(expected, capture(out -> ReportCommands.htmlCoverage(args(), out, cw, report, java.util.Optional.empty())));
    assertEquals(dir.resolve("b.html"), ReportCommands.htmlCoverage(cw, report, dir.resolve("b.html")));
    assertEquals(expected, Files.readString(dir.resolve("b.html")));
  }

  @Test
  void vendorReviewPrintsTheFindingsInEveryFormat() {
    VendorReport sample = VendorReportReader.create().read(SAMPLE);
    List<Finding> findings = VendorReview.review(sample, cw, LocalDate.of(2026, 9, 1));
    String text = capture(out -> ReportCommands.vendorReview(args(SAMPLE.toString(), "--as-of", "2026-09-01"), out, cw,
        clock(LocalDate.of(2000, 1, 1))));
    assertTrue(text.startsWith("Review of Example Health Cloud's SOC 2 Type II report (2024-07-01 to 2025-06-30,"
        + " dated 2025-08-15) as of 2026-09-01: " + ReportCommands.summary(findings) + "\n"), text);
    assertTrue(ReportCommands.summary(findings).startsWith("1 BLOCKER, "), ReportCommands.summary(findings));
    String csv = capture(out -> ReportCommands.vendorReview(args(SAMPLE.toString(), "--as-of", "2026-09-01",
        "--format", "csv"), out, cw, Clock.systemUTC()));
    List<String> lines = csv.lines().toList();
    assertEquals("severity,code,message,hipaa_refs", lines.get(0));
    assertEquals(findings.size(), lines.size() - 1, csv);
    for (int i = 0; i < findings.size(); i++) {
      assertTrue(lines.get(i + 1).startsWith(findings.get(i).severity() + "," + findings.get(i).code() + ","), lines.get(i + 1));
    }
    String json = capture(out -> ReportCommands.vendorReview(args(SAMPLE.toString(), "--as-of", "2026-09-01",
        "--format", "json"), out, cw, Clock.systemUTC()));
    assertTrue(json.contains("\"code\" : \"NO_BAA\""), json);
  }

  @Test
  void failOnGatesOnTheMostSevereFinding() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    // The sample has a BLOCKER (no BAA): any threshold gates, and no threshold never does.
    assertEquals(0, ReportCommands.vendorReview(args(SAMPLE.toString(), "--as-of", "2026-09-01"), sink, cw,
        Clock.systemUTC()));
    assertEquals(ReportCommands.FINDINGS_AT_THRESHOLD, ReportCommands.vendorReview(args(SAMPLE.toString(),
        "--as-of", "2026-09-01", "--fail-on", "blocker"), sink, cw, Clock.systemUTC()));
    assertEquals(3, ReportCommands.FINDINGS_AT_THRESHOLD);
    assertThrows(UsageException.class, () -> ReportCommands.vendorReview(args(SAMPLE.toString(), "--fail-on",
        "catastrophic"), sink, cw, Clock.systemUTC()));
  }

  @Test
  void theReviewDateDefaultsToTodayOnTheClock() {
    String fresh = capture(out -> ReportCommands.vendorReview(args(SAMPLE.toString()), out, cw,
        clock(LocalDate.of(2025, 9, 1))));
    String stale = capture(out -> ReportCommands.vendorReview(args(SAMPLE.toString()), out, cw,
        clock(LocalDate.of(2026, 9, 1))));
    assertFalse(fresh.contains("REPORT_STALE"), fresh);
    assertTrue(fresh.contains("as of 2025-09-01"), fresh);
    assertTrue(stale.contains("REPORT_STALE"), stale);
  }

  @Test
  void badUsageAndBadFilesAreReported(@TempDir Path dir) throws Exception {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Clock clock = Clock.systemUTC();
    assertTrue(assertThrows(UsageException.class, () -> ReportCommands.vendorReview(args(), sink, cw, clock))
        .getMessage().contains("needs one vendor report file"));
    assertTrue(assertThrows(UsageException.class, () -> ReportCommands.vendorReview(
        args(SAMPLE.toString(), "--as-of", "1 March"), sink, cw, clock)).getMessage().contains("YYYY-MM-DD"));
    assertThrows(UsageException.class, () -> ReportCommands.vendorReview(
        args(SAMPLE.toString(), "--format", "html"), sink, cw, clock));
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"vendor\": 3}");
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> ReportCommands.vendorReview(args(bad.toString()), sink, cw, clock));
    assertTrue(e.getMessage().startsWith(bad + ":1:12 at /vendor: expected a string"), e.getMessage());
    assertThrows(CrosswalkDataException.class,
        () -> ReportCommands.vendorReview(args(dir.resolve("missing.json").toString()), sink, cw, clock));
  }
}
