package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.report.ReadinessReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The readiness report in a real headless Chromium: it loads with nothing on the console (no
 * error, no blocked resource, no script failure), its script runs under its own Content Security
 * Policy, every gap is a row of the rendered DOM, and a screenshot is written to
 * {@code target/browser-test/} (never into the repository).
 *
 * <p>Console messages are read from Chromium's log on stderr ({@code --enable-logging=stderr
 * --v=0}), where every {@code console.*} call, uncaught exception and Content Security Policy
 * violation appears as a {@code CONSOLE} line; the page logs nothing on purpose, so any such line
 * fails the test. {@link #theConsoleDetectorSeesErrors()} checks on a page that does log that the
 * detector still works with the installed Chromium, so a change of log format cannot make the test
 * pass silently.
 *
 * <p>Without Chromium the tests are skipped, unless the environment variable
 * {@code CROSSWALK_REQUIRE_BROWSER} is set (CI sets it), in which case they fail. The binary is
 * {@code CROSSWALK_CHROMIUM} if set, else the first of {@code /usr/bin/chromium},
 * {@code /usr/bin/chromium-browser}, {@code /usr/bin/google-chrome} that exists.
 */
class ReadinessReportBrowserTest {
  private static final Path OUT = Path.of("target", "browser-test");
  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");
  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = locate();
    String require = System.getenv("CROSSWALK_REQUIRE_BROWSER");
    if (found.isEmpty()) {
      if (require != null && !require.isBlank()) {
        fail("CROSSWALK_REQUIRE_BROWSER is set but no Chromium was found (set CROSSWALK_CHROMIUM or install"
            + " Debian's chromium package)");
      }
      Assumptions.abort("no Chromium found; set CROSSWALK_REQUIRE_BROWSER to make this a failure");
    }
    chromium = found.get();
  }

  private static Optional<Path> locate() {
    List<String> candidates = new ArrayList<>();
    String configured = System.getenv("CROSSWALK_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      candidates.add(configured);
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  /** What one headless Chromium run printed. */
  private record Run(String stdout, List<String> console) {}

  private static Run chromium(Path page, String... mode) throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "profile");
    Path stderr = Files.createTempFile(OUT.toAbsolutePath(), "chromium", ".log");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(Arrays.asList(mode));
    cmd.add(page.toAbsolutePath().toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish in 120 s: " + cmd);
    }
    List<String> log = Files.readAllLines(stderr, StandardCharsets.UTF_8);
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    Files.delete(stderr);
    assertEquals(0, p.exitValue(), "Chromium failed: " + cmd + "\n" + String.join("\n", log));
    return new Run(out, log.stream().filter(l -> CONSOLE.matcher(l).find()).toList());
  }

  private static CoverageReport report(Crosswalk cw) {
    return Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
  }

  @Test
  void pageLoadsWithoutConsoleMessagesAndShowsEveryGapRow() throws Exception {
    Crosswalk cw = Crosswalks.bundled();
    CoverageReport report = report(cw);
    dev.crosswalk.core.query.Plan plan = Queries.on(cw).plan().of("hipaa").by("soc2").restrict("soc2", "category", "security")
        .restrict("hipaa", "rule", "security").run();
    Path page = ReadinessReport.of(cw, report).withPlan(plan).write(OUT.resolve("readiness-report.html"));
    Run run = chromium(page, "--dump-dom");
    assertEquals(List.of(), run.console(), "the page logged to the console");
    String dom = run.stdout();
    assertTrue(dom.contains("data-ready=\"true\""), "the inline script did not run (Content Security Policy?)");
    List<String> rows = new ArrayList<>();
    Matcher m = Pattern.compile("<tr class=\"gap\" data-ref=\"([^\"]+)\">").matcher(dom);
    while (m.find()) {
      rows.add(m.group(1));
    }
    List<Gap> gaps = report.gaps().gaps();
    assertFalse(gaps.isEmpty());
    assertEquals(gaps.stream().map(g -> g.id().toString()).toList(), rows, "gap rows in the rendered DOM");
    for (Gap g : gaps) {
      String title = g.coverage().requirement().title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
      assertTrue(dom.contains("</code></td><td>" + title + "</td>"), g.id() + " " + title);
    }
    // The plan section renders: its inline SVG curve (one point per step and the start) and every step row.
    Matcher curve = Pattern.compile("<polyline class=\"curve-graded\"[^>]*points=\"([^\"]*)\"").matcher(dom);
    assertTrue(curve.find(), "the plan's SVG curve is in the rendered DOM");
    assertEquals(plan.steps().size() + 1, curve.group(1).split(" ").length);
    assertEquals(plan.steps().size(), Pattern.compile("<tr class=\"plan-step\">").matcher(dom).results().count());
  }

  @Test
  void screenshotIsWrittenUnderTarget() throws Exception {
    Crosswalk cw = Crosswalks.bundled();
    Path page = ReadinessReport.of(cw, report(cw)).withPlan(Queries.on(cw).plan().of("hipaa").by("soc2").restrict("soc2", "category", "security")
        .restrict("hipaa", "rule", "security").run()).write(OUT.resolve("readiness-report.html"));
    Path png = OUT.resolve("readiness-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Run run = chromium(page, "--hide-scrollbars", "--window-size=1400,3000", "--screenshot=" + png);
    assertEquals(List.of(), run.console());
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "a PNG file");
    assertTrue(Files.size(png) > 20_000, "a screenshot of a full page, not a blank one: " + Files.size(png));
  }

  @Test
  void theConsoleDetectorSeesErrors() throws Exception {
    Files.createDirectories(OUT);
    Path page = Files.writeString(OUT.resolve("console-canary.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'\">"
        + "<title>canary</title></head><body><img src=\"https://example.invalid/x.png\" alt=\"\">"
        + "<script>console.error('canary error'); missingFunction();</script></body></html>");
    Run run = chromium(page, "--dump-dom");
    String all = String.join("\n", run.console());
    assertTrue(all.contains("canary error"), "console.error not detected: " + all);
    assertTrue(all.contains("missingFunction"), "uncaught exception not detected: " + all);
    assertTrue(all.contains("Content Security Policy"), "blocked load not detected: " + all);
  }
}
