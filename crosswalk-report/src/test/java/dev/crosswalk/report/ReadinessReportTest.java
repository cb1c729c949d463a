package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessReportTest {
  private static CoverageReport bundledSecurity() {
    Crosswalk cw = Crosswalks.bundled();
    return Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
  }

  private static List<String> all(String regex, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    while (m.find()) {
      out.add(m.groupCount() == 0 ? m.group() : m.group(1));
    }
    return out;
  }

  @Test
  void everyGapIsARowWithItsReason() {
    CoverageReport report = bundledSecurity();
    String html = ReadinessReport.of(Crosswalks.bundled(), report).html();
    List<Gap> gaps = report.gaps().gaps();
    assertTrue(gaps.size() > 10, "the bundled data has gaps: " + gaps.size());
    List<String> rows = all("<tr class=\"gap\" data-ref=\"([^\"]+)\">", html);
    assertEquals(gaps.stream().map(g -> g.id().toString()).toList(), rows);
    for (Gap g : gaps) {
      String from = html.substring(html.indexOf("<tr class=\"gap\" data-ref=\"" + g.id() + "\">"));
      String row = from.substring(0, from.indexOf("</tr>"));
      assertTrue(row.contains("<code>" + g.reason() + "</code>"), row);
      assertTrue(row.contains(">" + g.verdict() + "</span>"), row);
      g.recordedReasons().forEach(r -> assertTrue(row.contains(r.replace("'", "&#39;")), r));
    }
    assertTrue(html.contains("<h2>Gaps (" + gaps.size() + ")</h2>"));
  }

  @Test
  void headlineFiguresAreTheReportTotals() {
    CoverageReport report = bundledSecurity();
    String html = ReadinessReport.of(Crosswalks.bundled(), report).html();
    Totals t = report.totals();
    assertTrue(html.contains("<div class=\"figure\" id=\"figure-applicable\"><span class=\"value\">" + t.applicable()
        + "</span>"), html.substring(0, 4000));
    assertTrue(html.contains("<div class=\"figure\" id=\"figure-covered\"><span class=\"value\">"
        + String.format(Locale.ROOT, "%.1f%%", t.percent(Verdict.COVERED)) + "</span><span class=\"label\">"
        + t.covered() + " covered</span>"));
    assertTrue(html.contains("id=\"figure-gaps\"><span class=\"value\">" + report.gaps().gaps().size() + "</span>"));
    assertTrue(html.contains("<td>required</td><td class=\"num\">" + report.byGroup("designation").get("required").applicable()
        + "</td>"), "by-designation table");
    assertTrue(html.contains("<td>technical</td>"), "by-safeguard table");
  }

  @Test
  void theHeadlineShowsGradedCoverageAndTheDecisionsToDocument() {
    Crosswalk cw = Crosswalks.bundled();
    CoverageReport report = bundledSecurity();
    String html = ReadinessReport.of(cw, report).html();
    assertTrue(html.contains("<div class=\"figure\" id=\"figure-graded\"><span class=\"value\">"
        + String.format(Locale.ROOT, "%.1f%%", report.totals().gradedPercent()) + "</span>"));
    long addressable = report.requirements().values().stream()
        .filter(c -> c.inScope() && c.requirement().attribute("designation").equals(java.util.Optional.of("addressable")))
        .count();
    assertTrue(addressable > 15, "addressable in scope: " + addressable);
    assertTrue(html.contains("<h2>Decisions to document (" + addressable + " of " + addressable + ")</h2>"));
    assertEquals(addressable, all("<tr class=\"decision-row\"", html).size());

    dev.crosswalk.core.model.ElementRef encryption = dev.crosswalk.core.model.ElementRef.parse("hipaa:164.312(a)(2)(iv)");
    CoverageReport decided = Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security")
        .decisions(dev.crosswalk.core.query.Decisions.of(List.of(
            dev.crosswalk.core.query.Decision.alternative(encryption, "Full-disk & database encryption <AES>."))))
        .run();
    String after = ReadinessReport.of(cw, decided).html();
    assertTrue(after.contains("<h2>Decisions to document (" + (addressable - 1) + " of " + addressable + ")</h2>"));
    assertTrue(after.contains("<b>alternative</b>: Full-disk &amp; database encryption &lt;AES&gt;."), "escaped text");
    assertTrue(decided.totals().gradedPercent() > report.totals().gradedPercent());
  }

  @Test
  void gapsShowWhatTheTargetAddsWithItsSources() {
    Crosswalk cw = Crosswalks.bundled();
    CoverageReport report = bundledSecurity();
    String html = ReadinessReport.of(cw, report).html();
    int shown = 0;
    for (Gap g : report.gaps().gaps()) {
      java.util.Optional<dev.crosswalk.core.model.Addition> a = cw.addition(g.id(), "soc2");
      if (a.isPresent()) {
        String row = html.substring(html.indexOf("<tr class=\"gap\" data-ref=\"" + g.id() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("<td class=\"adds\">" + com.google.common.html.HtmlEscapers.htmlEscaper()
            .escape(a.get().statement())), row);
        shown++;
      }
    }
    assertEquals(report.gaps().gaps().size(), shown, "the bundled data says what HIPAA adds for every gap");
  }

  @Test
  void thePlanSectionHasACurveAndEveryStep() {
    Crosswalk cw = Crosswalks.bundled();
    CoverageReport report = bundledSecurity();
    dev.crosswalk.core.query.Plan plan = Queries.on(cw).plan().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security")
        .run();
    String html = ReadinessReport.of(cw, report).withPlan(plan).html();
    assertTrue(plan.steps().size() > 5);
    assertEquals(plan.steps().size(), all("<tr class=\"plan-step\">", html).size());
    String points = all("<polyline class=\"curve-graded\"[^>]*points=\"([^\"]*)\"", html).get(0);
    assertEquals(plan.steps().size() + 1, points.split(" ").length);
    // y falls (coverage rises) from the first point to the last.
    double firstY = Double.parseDouble(points.split(" ")[0].split(",")[1]);
    String[] last = points.split(" ");
    double lastY = Double.parseDouble(last[last.length - 1].split(",")[1]);
    assertTrue(lastY < firstY, points);
    assertFalse(html.contains("<script src") || html.contains("href=\"http"), "no network");
    assertFalse(ReadinessReport.of(cw, report).html().contains("id=\"plan\""), "no plan, no section");
    assertThrows(IllegalArgumentException.class, () -> ReadinessReport.of(cw,
        Queries.on(cw).coverage().of("soc2").by("hipaa").run()).withPlan(plan));
  }

  @Test
  void everyApplicableVerdictHasAnExplanationOnDemand() {
    CoverageReport report = bundledSecurity();
    String html = ReadinessReport.of(Crosswalks.bundled(), report).html();
    long applicable = report.requirements().values().stream().filter(c -> c.verdict().isApplicable()).count();
    assertEquals(applicable, all("<tr class=\"verdict\" id=\"req-\\d+\"", html).size());
    assertEquals(applicable + report.gaps().gaps().size(), all("<details class=\"explain\">", html).size());
    assertFalse(html.contains("<details class=\"explain\" open"), "explanations start closed");
    // The explanation of 164.312(b) names its SOC 2 criteria and their justification.
    String verdicts = html.substring(html.indexOf("id=\"verdict-table\""));
    int start = verdicts.indexOf("data-ref=\"hipaa:164.312(b)\"");
    String row = verdicts.substring(start, verdicts.indexOf("</details>", start));
    for (var e : report.explain(dev.crosswalk.core.model.ElementRef.parse("hipaa:164.312(b)")).coverage().evidence()) {
      assertTrue(row.contains("<code>" + e.mapping().source() + "</code>"), row);
    }
  }

  @Test
  void dataTextIsEscapedEverywhere() {
    Crosswalk cw = ReportFixtures.small();
    String html = ReadinessReport.of(cw, Queries.on(cw).coverage().of("hipaa").by("soc2").run())
        .withTitle("Title " + ReportFixtures.HOSTILE).html();
    assertFalse(html.contains(ReportFixtures.HOSTILE), "raw hostile text in the page");
    assertFalse(html.contains("<b>bold</b>"));
    assertEquals(1, all("<script", html).size(), "only the report's own script");
    String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;b&gt;bold&lt;/b&gt;";
    assertTrue(html.contains("<title>Title " + escaped + "</title>"));
    assertTrue(html.contains("Standard one " + escaped), "requirement title");
    assertTrue(html.contains("Because " + escaped + " says so."), "justification");
    assertTrue(html.contains("Reason " + escaped), "no-counterpart reason");
    assertTrue(html.contains("Criterion one " + escaped), "source element title");
    assertTrue(html.contains("Section " + escaped), "heatmap group row");
  }

  @Test
  void pageIsSelfContainedAndItsPolicyAllowsExactlyItsInlineStyleAndScript() throws Exception {
    String html = ReadinessReport.of(Crosswalks.bundled(), bundledSecurity()).html();
    assertFalse(html.contains(" src="), "nothing is loaded");
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("url("));
    assertFalse(html.contains("@import"));
    for (String href : all("href=\"([^\"]*)\"", html)) {
      assertTrue(href.startsWith("#req-"), href);
      assertTrue(html.contains("id=\"" + href.substring(1) + "\""), "dangling link " + href);
    }
    List<String> styles = all("<style>(.*?)</style>", html);
    List<String> scripts = all("<script>(.*?)</script>", html);
    assertEquals(1, styles.size());
    assertEquals(1, scripts.size());
    String csp = all("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">", html).get(0)
        .replace("&#39;", "'");
    assertTrue(csp.startsWith("default-src 'none'; "), csp);
    assertTrue(csp.contains("style-src 'sha256-" + sha256(styles.get(0)) + "'"), csp);
    assertTrue(csp.contains("script-src 'sha256-" + sha256(scripts.get(0)) + "'"), csp);
    assertTrue(styles.get(0).contains("@media print{"), "a print stylesheet");
    assertTrue(scripts.get(0).contains("beforeprint"), "explanations open for printing");
  }

  @Test
  void legendShowsEveryShade() {
    String html = ReadinessReport.of(Crosswalks.bundled(), bundledSecurity()).html();
    String legend = html.substring(html.indexOf("<div class=\"legend\""), html.indexOf("</div>", html.indexOf("<div class=\"legend\"")));
    for (int s = 0; s <= Heatmap.SHADES; s++) {
      assertTrue(legend.contains("class=\"swatch h" + s + "\""), legend);
    }
    assertTrue(legend.contains("out of scope"));
    assertTrue(html.contains("score(R, C) = mean over the applicable requirements t of R of own(t, C)"));
  }

  @Test
  void sameInputSameBytes(@TempDir Path dir) throws Exception {
    CoverageReport report = bundledSecurity();
    String one = ReadinessReport.of(Crosswalks.bundled(), report).html();
    Crosswalk again = ReportFixtures.small();
    String small1 = ReadinessReport.of(again, Queries.on(again).coverage().of("hipaa").by("soc2").run()).html();
    Crosswalk other = ReportFixtures.small();
    String small2 = ReadinessReport.of(other, Queries.on(other).coverage().of("hipaa").by("soc2").run()).html();
    assertEquals(small1, small2);
    Path file = ReadinessReport.of(Crosswalks.bundled(), report).write(dir.resolve("sub/report.html"));
    assertEquals(one, Files.readString(file, StandardCharsets.UTF_8));
    Path notADir = Files.writeString(dir.resolve("file"), "x");
    assertThrows(CrosswalkDataException.class,
        () -> ReadinessReport.of(Crosswalks.bundled(), report).write(notADir.resolve("report.html")));
  }

  @Test
  void rejectsAReportOfAnotherCrosswalk() {
    Crosswalk cw = Crosswalks.bundled();
    CoverageReport report = Queries.on(cw).coverage().of("controls").by("soc2").run();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadinessReport.of(ReportFixtures.small(), report));
    assertTrue(e.getMessage().contains("'controls'"), e.getMessage());
  }

  @Test
  void inventoryReportsHaveControlDomainColumns() {
    Crosswalk cw = Crosswalks.bundled();
    dev.crosswalk.core.query.ControlInventory inv = dev.crosswalk.core.query.ControlInventory.of(
        dev.crosswalk.core.query.InventoryControl.of("controls:IAM-01", dev.crosswalk.core.query.ControlStatus.IMPLEMENTED),
        dev.crosswalk.core.query.InventoryControl.of("controls:LOG-01", dev.crosswalk.core.query.ControlStatus.PLANNED));
    CoverageReport report = Queries.on(cw).coverage().of("hipaa").byControls(inv).restrict("hipaa", "rule", "security").run();
    ReadinessReport page = ReadinessReport.of(cw, report);
    Heatmap map = page.heatmap();
    assertEquals(List.of("identity-access", "logging-monitoring"),
        map.columns().stream().map(Heatmap.Column::label).toList(), "every domain with evidence is a column");
    assertTrue(map.rows().stream().allMatch(r -> r.cells().get(1).score() == 0), "a planned control counts for nothing");
    assertTrue(map.rows().stream().anyMatch(r -> r.cells().get(0).score() > 0), "an implemented one does");
    String html = page.html();
    assertTrue(html.contains("<code>NOT_IMPLEMENTED</code>"), "the planned control's requirements are gaps");
  }

  /**
   * The page reads the frameworks' attributes, not their ids: short names in the headings, the
   * headline broken down by the target's last groupBy key and by its discretionary attribute, the
   * gap table's column named after that attribute, column groups in the source's valueOrder.
   * Before, the page knew "hipaa" and "soc2" by name.
   */
  @Test
  void frameworksAreDescribedByTheirAttributesOnly() {
    Crosswalk cw = ReportFixtures.generic("family=zeta,alpha");
    ReadinessReport page = ReadinessReport.of(cw, Queries.on(cw).coverage().of("t").by("u").run());
    String html = page.html();
    assertEquals("Readiness: what T-Short adds to U-Short", page.title());
    assertTrue(html.contains("<h3>By chapter</h3>\n<table class=\"totals\" id=\"by-group\">\n<thead><tr><th>chapter</th>"),
        "by the last groupBy key");
    assertTrue(html.contains("<h3>By level</h3>\n<table class=\"totals\" id=\"by-level\">\n<thead><tr><th>Level</th>"),
        "by the discretionary attribute");
    assertTrue(html.contains("<td>mandatory</td>") && html.contains("<td>optional</td>"));
    assertFalse(html.contains("By designation"));
    assertTrue(html.contains("<th>Requirement</th><th>Title</th><th>Level</th><th>Verdict</th>"), "gap table");
    assertTrue(html.contains("<tr class=\"gap\" data-ref=\"t:P.2\"><td><code>t:P.2</code></td><td>Second</td>"
        + "<td>mandatory</td>"), "the gap's discretionary attribute");
    assertTrue(html.contains("<h2>Decisions to document (1 of 1)</h2>"), "P.1 is optional: discretionary");
    assertTrue(html.contains("<tr><th></th><th class=\"col\" colspan=\"1\">zeta</th><th class=\"col\" colspan=\"1\">"
        + "alpha</th><th class=\"col\" colspan=\"1\">beta</th><th class=\"col\" colspan=\"1\">mu</th>"
        + "<th class=\"col\" colspan=\"1\"></th></tr>"), "column groups");
    String plain = ReadinessReport.of(cw, Queries.on(cw).coverage().of("t").by("u").run()).withGroupBy("part").html();
    assertTrue(plain.contains("<h3>By part</h3>"), "withGroupBy overrides groupBy");
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The page is written atomically and never through a symbolic link planted at its name (the
   * report's part of core's OutputFilesTest): before, the report followed a link another user had
   * planted in a shared directory and overwrote the file it pointed at.
   */
  @Test
  void writeReplacesAPlantedLinkAndLeavesWhatItPointsAtAlone(@TempDir Path tmp) throws Exception {
    byte[] secret = "do not overwrite".getBytes(StandardCharsets.UTF_8);
    Path victim = Files.write(tmp.resolve("victim"), secret);
    Path shared = Files.createDirectories(tmp.resolve("shared"));
    Path html = shared.resolve("report.html");
    Files.createSymbolicLink(html, victim);
    Crosswalk cw = ReportFixtures.small();
    ReadinessReport.of(cw, Queries.on(cw).coverage().of("hipaa").by("soc2").run()).write(html);
    assertTrue(Files.isRegularFile(html, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    org.junit.jupiter.api.Assertions.assertArrayEquals(secret, Files.readAllBytes(victim),
        "the file the link points at is untouched");
    try (java.util.stream.Stream<Path> left = Files.walk(shared)) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }

  /** A bidi override or a control character in a title is shown as a visible escape, never acted on. */
  @Test
  void controlAndBidiCharactersAreShownAsEscapes() {
    Crosswalk small = ReportFixtures.small();
    Crosswalk cw = small.toBuilder()
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("hipaa:S.4", "abc\u202Etxt.exe \u001B[2J\u2066x")
            .kind("standard").parent("S").build())
        .build();
    String html = ReadinessReport.of(cw, Queries.on(cw).coverage().of("hipaa").by("soc2").run()).html();
    assertTrue(html.contains("abc\\u202Etxt.exe \\u001B[2J\\u2066x"), "the title is shown with visible escapes");
    assertTrue(html.chars().noneMatch(c -> c == 0x202E || c == 0x1B || c == 0x2066), "no raw bidi or control character");
  }
}
