package dev.crosswalk.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.escape.Escaper;
import com.google.common.hash.Hashing;
import com.google.common.html.HtmlEscapers;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.SafeText;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.Evidence;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.GapReason;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Plan;
import dev.crosswalk.core.query.PlanStep;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A readiness report: one self-contained HTML page answering "we have SOC 2, what does HIPAA
 * add?" (or the same question for any target and source), rendered from a {@link CoverageReport}.
 *
 * <pre>{@code
 * Crosswalk cw = Crosswalks.bundled();
 * CoverageReport r = Queries.on(cw).coverage().of("hipaa").by("soc2").rules(HipaaRule.SECURITY).run();
 * ReadinessReport.of(cw, r).write(Path.of("report.html"));
 * }</pre>
 *
 * <p>The page holds the headline coverage figures, a {@link Heatmap} of the target's top-level
 * requirements against the source's series with a legend, the gap list with reasons, and every
 * applicable verdict with its explanation on demand ({@code <details>}). It needs no network:
 * styles and a small script are inline, a Content Security Policy with their SHA-256 hashes
 * forbids loading anything else, and there is a print stylesheet (explanations open when
 * printed). Every text from the data is HTML-escaped. Deterministic: the same crosswalk, report
 * and options give the same string. Instances are immutable and thread-safe.
 */
public final class ReadinessReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** The page's style sheet, resource {@code report.css} of this package, inlined as it is. */
  static final String STYLE = PageResources.text("report.css");

  /** The page's script, resource {@code report.js} of this package, inlined as it is. */
  static final String SCRIPT = PageResources.text("report.js");

  private final Crosswalk crosswalk;
  private final CoverageReport report;
  private final Optional<String> title;
  private final Optional<String> groupBy;
  private final Optional<Plan> plan;

  private ReadinessReport(Crosswalk crosswalk, CoverageReport report, Optional<String> title,
      Optional<String> groupBy, Optional<Plan> plan) {
    this.crosswalk = requireNonNull(crosswalk, "crosswalk");
    this.report = requireNonNull(report, "report");
    this.title = requireNonNull(title, "title");
    this.groupBy = requireNonNull(groupBy, "groupBy");
    this.plan = requireNonNull(plan, "plan");
  }

  /**
   * The report of a coverage report run on this crosswalk.
   *
   * @throws IllegalArgumentException if the crosswalk does not hold the report's target framework
   */
  public static ReadinessReport of(Crosswalk crosswalk, CoverageReport report) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(report, "report");
    checkArgument(crosswalk.framework(report.targetFramework()).isPresent(),
        "the crosswalk has no framework '%s', the target of the coverage report; pass the crosswalk the report was run on",
        report.targetFramework());
    return new ReadinessReport(crosswalk, report, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This report with another title; the default names the target and the source. */
  public ReadinessReport withTitle(String title) {
    checkArgument(!requireNonNull(title, "title").isBlank(), "the title is blank");
    return new ReadinessReport(crosswalk, report, Optional.of(title), groupBy, plan);
  }

  /**
   * This report with the headline figures also broken down by this attribute; the default is
   * {@code safeguard} for HIPAA, {@code series} for SOC 2, none otherwise.
   */
  public ReadinessReport withGroupBy(String attribute) {
    checkArgument(!requireNonNull(attribute, "attribute").isBlank(), "the attribute is blank");
    return new ReadinessReport(crosswalk, report, title, Optional.of(attribute), plan);
  }

  /**
   * This report with a plan section: the plan's steps and an inline SVG curve of strict and graded
   * coverage after each step.
   *
   * @throws IllegalArgumentException if the plan is for another target framework
   */
  public ReadinessReport withPlan(Plan plan) {
    requireNonNull(plan, "plan");
    checkArgument(plan.targetFramework().equals(report.targetFramework()),
        "the plan is for '%s', the report for '%s'", plan.targetFramework(), report.targetFramework());
    return new ReadinessReport(crosswalk, report, title, groupBy, Optional.of(plan));
  }

  /** The coverage report rendered. */
  public CoverageReport coverage() {
    return report;
  }

  /** The heatmap the page shows. */
  public Heatmap heatmap() {
    return Heatmap.of(crosswalk, report);
  }

  /** The title of the page. */
  public String title() {
    return title.orElseGet(() -> "Readiness: what " + name(report.targetFramework()) + " adds to "
        + name(report.source()));
  }

  /**
   * Writes the page as UTF-8, replacing the file.
   *
   * @return the file written
   * @throws CrosswalkDataException if the file cannot be written
   */
  public Path write(Path file) {
    requireNonNull(file, "file");
    return OutputFiles.write(file, OutputFiles.utf8(html(), "the readiness report"));
  }

  /** The whole page, one HTML document. */
  public String html() {
    Page p = new Page();
    p.head();
    p.summary();
    p.decisions();
    p.heatmapSection();
    p.gaps();
    plan.ifPresent(p::plan);
    p.verdicts();
    p.footer();
    return p.b.toString();
  }

  /** The Content Security Policy of the page: nothing but the inline style and script. */
  static String contentSecurityPolicy() {
    return "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
        + "'; base-uri 'none'; form-action 'none'";
  }

  private static String sha256(String text) {
    return "sha256-" + Base64.getEncoder().encodeToString(
        Hashing.sha256().hashString(text, StandardCharsets.UTF_8).asBytes());
  }

  /** A framework's short name ({@link Framework#shortName()}: {@code HIPAA}, {@code SOC 2}); an inventory's description as it is. */
  private String name(String framework) {
    return crosswalk.framework(framework).map(Framework::shortName).orElse(framework);
  }

  /**
   * An element's title as a mention (cut, see {@link SafeText#mention}); for a joint end,
   * "together:" and its members' titles. A source element is mentioned in every row of evidence
   * it gives, so its full title would repeat once per mapping.
   */
  private String titleOf(dev.crosswalk.core.model.MappingEnd end) {
    if (end instanceof ElementRef ref) {
      return crosswalk.element(ref).map(e -> SafeText.mention(e.title())).orElse("");
    }
    StringBuilder b = new StringBuilder("together: ");
    for (ElementRef r : end.members()) {
      if (b.length() > SafeText.MAX_MENTION) {
        break; // a joint end is mentioned once per member on the other side: keep each mention short
      }
      b.append(b.length() > 10 ? "; " : "").append(crosswalk.element(r).map(Element::title).orElse(r.toString()));
    }
    return SafeText.mention(b.toString());
  }

  /** {@code id} or {@code id (locator)}. */
  private static String cite(Citation c) {
    return c.source() + c.locator().map(l -> " (" + l + ")").orElse("");
  }

  /** A mapping end as a mention: an element's reference, or a joint end's references cut. */
  private static String mention(dev.crosswalk.core.model.MappingEnd end) {
    return end instanceof ElementRef ref ? ref.toString() : SafeText.mention(end.toString());
  }

  /**
   * The text HTML-escaped, with control and bidirectional formatting characters made visible
   * ({@link SafeText#ofLines}), so a title can neither hide nor reorder what the page shows.
   */
  private static String esc(Object text) {
    return HTML.escape(SafeText.ofLines(String.valueOf(text)));
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  private Optional<String> groupAttribute() {
    if (groupBy.isPresent()) {
      return groupBy;
    }
    return switch (report.targetFramework()) {
      case "hipaa" -> Optional.of("safeguard");
      case "soc2" -> Optional.of("series");
      default -> Optional.empty();
    };
  }

  /** Builds one page. */
  private final class Page {
    private final StringBuilder b = new StringBuilder(1 << 18);
    private final Map<ElementRef, String> anchors = new HashMap<>();

    Page() {
      int i = 0;
      for (RequirementCoverage c : report.requirements().values()) {
        if (c.verdict().isApplicable()) {
          anchors.put(c.id(), "req-" + (++i));
        }
      }
    }

    void head() {
      b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(esc(contentSecurityPolicy()))
          .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"crosswalk ReadinessReport\">\n")
          .append("<title>").append(esc(title())).append("</title>\n<style>").append(STYLE).append("</style>\n")
          .append("</head>\n<body>\n<header>\n<h1>").append(esc(title())).append("</h1>\n");
      Framework target = crosswalk.requireFramework(report.targetFramework());
      b.append("<p class=\"meta\">Target: <b>").append(esc(target.name())).append("</b> (")
          .append(esc(target.edition())).append(")</p>\n<p class=\"meta\">Covered by: <b>");
      Optional<Framework> source = crosswalk.framework(report.source());
      b.append(esc(source.map(Framework::name).orElse(report.source()))).append("</b>");
      source.ifPresent(s -> b.append(" (").append(esc(s.edition())).append(')'));
      b.append("</p>\n<p class=\"meta\">Scope: <code>").append(esc(report.scope())).append("</code></p>\n")
          .append("</header>\n<nav class=\"toolbar\"><button type=\"button\" id=\"expand-all\">Expand all")
          .append(" explanations</button><button type=\"button\" id=\"collapse-all\">Collapse all</button></nav>\n");
    }

    void summary() {
      Totals t = report.totals();
      GapReport gaps = report.gaps();
      b.append("<section id=\"summary\">\n<h2>Headline</h2>\n<div class=\"figures\">\n");
      figure("applicable", String.valueOf(t.applicable()), "applicable requirements");
      figure("graded", pct(t.gradedPercent()), "graded coverage");
      figure("covered", pct(t.percent(Verdict.COVERED)), t.covered() + " covered");
      figure("partial", pct(t.percent(Verdict.PARTIAL)), t.partial() + " partially covered");
      figure("not-covered", pct(t.percent(Verdict.NOT_COVERED)), t.notCovered() + " not covered");
      figure("gaps", String.valueOf(gaps.gaps().size()), "gaps to close");
      b.append("</div>\n<p>Of the ").append(t.applicable()).append(" applicable requirements of ")
          .append(esc(name(report.targetFramework()))).append(", ").append(t.covered()).append(" are fully covered by ")
          .append(esc(name(report.source()))).append(", ").append(t.partial()).append(" partly and ")
          .append(t.notCovered()).append(" not at all; ").append(t.notApplicable())
          .append(" are out of scope or not assessable on their own. Several partial mappings never add up to full")
          .append(" coverage.</p>\n<p id=\"graded-note\">Graded coverage, ").append(pct(t.gradedPercent()))
          .append(", says how much of the work is done: each requirement scores 1 when covered, and otherwise")
          .append(" what its partial mappings' strengths add up to (at most 0.9), averaged with the parts below it;")
          .append(" the figure is the mean over the applicable requirements. Strict coverage counts only what is")
          .append(" provably met. The formulas are in docs/queries.md.</p>\n");
      ImmutableSortedMap<GapReason, ImmutableList<Gap>> byReason = gaps.byReason();
      if (!byReason.isEmpty()) {
        b.append("<h3>Gaps by reason</h3>\n<table class=\"totals\" id=\"gaps-by-reason\">\n<thead><tr><th>Reason</th>")
            .append("<th class=\"num\">Gaps</th></tr></thead>\n<tbody>\n");
        byReason.forEach((reason, list) -> b.append("<tr><td><code>").append(reason).append("</code></td>")
            .append("<td class=\"num\">").append(list.size()).append("</td></tr>\n"));
        b.append("</tbody>\n</table>\n");
      }
      ImmutableSortedMap<String, Totals> designation = report.byGroup("designation");
      if (designation.keySet().stream().anyMatch(k -> !k.equals(CoverageReport.NO_GROUP))) {
        totals("by-designation", "By designation", "Designation", designation);
      }
      groupAttribute().ifPresent(attribute -> {
        ImmutableSortedMap<String, Totals> groups = report.byGroup(attribute);
        if (groups.entrySet().stream().anyMatch(e -> !e.getKey().equals(CoverageReport.NO_GROUP)
            && e.getValue().applicable() > 0)) {
          totals("by-group", "By " + attribute, attribute, groups);
        }
      });
      b.append("</section>\n");
    }

    private void figure(String id, String value, String label) {
      b.append("<div class=\"figure\" id=\"figure-").append(id).append("\"><span class=\"value\">").append(esc(value))
          .append("</span><span class=\"label\">").append(esc(label)).append("</span></div>\n");
    }

    private void totals(String id, String heading, String column, ImmutableSortedMap<String, Totals> totals) {
      b.append("<h3>").append(esc(heading)).append("</h3>\n<table class=\"totals\" id=\"").append(id)
          .append("\">\n<thead><tr><th>").append(esc(column)).append("</th><th class=\"num\">Applicable</th>")
          .append("<th class=\"num\">Covered</th><th class=\"num\">Partial</th><th class=\"num\">Not covered</th>")
          .append("<th class=\"num\">Covered %</th><th class=\"num\">Partial %</th><th class=\"num\">Graded %</th>")
          .append("<th class=\"num\">Not applicable</th></tr></thead>\n<tbody>\n");
      totals.forEach((key, t) -> {
        if (t.applicable() > 0) {
          b.append("<tr><td>").append(esc(key)).append("</td><td class=\"num\">")
          .append(t.applicable()).append("</td><td class=\"num\">").append(t.covered())
          .append("</td><td class=\"num\">").append(t.partial()).append("</td><td class=\"num\">").append(t.notCovered())
          .append("</td><td class=\"num\">").append(pct(t.percent(Verdict.COVERED)))
          .append("</td><td class=\"num\">").append(pct(t.percent(Verdict.PARTIAL)))
          .append("</td><td class=\"num\">").append(pct(t.gradedPercent()))
          .append("</td><td class=\"num\">").append(t.notApplicable()).append("</td></tr>\n");
        }
      });
      b.append("</tbody>\n</table>\n");
    }

    /**
     * The discretionary requirements in scope: the decisions the organisation must document (a
     * report on the source framework never records them), and those already given.
     */
    void decisions() {
      List<RequirementCoverage> discretionary = report.requirements().values().stream()
          .filter(c -> c.inScope() && Decisions.isDiscretionary(crosswalk, c.requirement()))
          .toList();
      if (discretionary.isEmpty()) {
        return;
      }
      long undecided = discretionary.stream().filter(c -> c.decision().isEmpty()).count();
      String rule = crosswalk.framework(report.targetFramework()).flatMap(f -> f.attribute(Framework.DISCRETIONARY))
          .orElse("");
      b.append("<section id=\"decisions\">\n<h2>Decisions to document (").append(undecided).append(" of ")
          .append(discretionary.size()).append(")</h2>\n<p>").append(esc(name(report.targetFramework())))
          .append(" lets these requirements (<code>").append(esc(rule)).append("</code>) be met by a documented")
          .append(" decision: implement it as written, implement an equivalent alternative, or document why it is not")
          .append(" reasonable and appropriate. A report on ").append(esc(name(report.source())))
          .append(" never records these decisions; the organisation must, and the coverage honours them when they")
          .append(" are given (<code>--decisions FILE</code>, docs/inputs.md).</p>\n<table id=\"decision-table\">\n")
          .append("<thead><tr><th>Requirement</th><th>Title</th><th>Verdict</th><th class=\"num\">Score</th>")
          .append("<th>Decision</th></tr></thead>\n<tbody>\n");
      for (RequirementCoverage c : discretionary) {
        b.append("<tr class=\"decision-row\" data-ref=\"").append(esc(c.id())).append("\"><td><code>").append(esc(c.id()))
            .append("</code></td><td>").append(esc(c.requirement().title())).append("</td><td><span class=\"v v-")
            .append(c.verdict()).append("\">").append(c.verdict()).append("</span></td><td class=\"num\">")
            .append(c.verdict().isApplicable() ? String.format(Locale.ROOT, "%.2f", c.score()) : "")
            .append("</td><td>");
        if (c.decision().isPresent()) {
          b.append("<b>").append(c.decision().get().kind().id()).append("</b>")
              .append(c.decision().get().text().map(t -> ": " + esc(t)).orElse(""));
        } else {
          b.append("<i>to document</i>");
        }
        b.append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</section>\n");
    }

    /** The plan: an inline SVG curve of coverage against steps, the steps, and what remains. */
    void plan(Plan plan) {
      b.append("<section id=\"plan\">\n<h2>Plan: controls to implement next (").append(plan.steps().size())
          .append(")</h2>\n<p>Starting from what ").append(esc(name(plan.source()))).append(" covers in scope, each step")
          .append(" adds the control of <code>").append(esc(plan.catalog())).append("</code> that raises graded")
          .append(" coverage most, requirements that are not discretionary weighing twice as much as undecided")
          .append(" discretionary ones; ties go to the control that fully covers more of those, then to the lower")
          .append(" id (docs/queries.md). The plan stops when no control adds anything.</p>\n");
      List<Totals> points = new java.util.ArrayList<>();
      points.add(plan.start());
      plan.steps().forEach(st -> points.add(st.after()));
      curve(points);
      b.append("<table id=\"plan-table\">\n<thead><tr><th class=\"num\">Step</th><th>Control</th><th>Title</th>")
          .append("<th class=\"num\">Gain</th><th>Newly covered</th><th class=\"num\">Covered %</th>")
          .append("<th class=\"num\">Graded %</th></tr></thead>\n<tbody>\n<tr class=\"plan-start\"><td class=\"num\">0")
          .append("</td><td colspan=\"4\">start: ").append(esc(name(plan.source()))).append("</td><td class=\"num\">")
          .append(pct(plan.start().percent(Verdict.COVERED))).append("</td><td class=\"num\">")
          .append(pct(plan.start().gradedPercent())).append("</td></tr>\n");
      for (PlanStep st : plan.steps()) {
        b.append("<tr class=\"plan-step\"><td class=\"num\">").append(st.number()).append("</td><td><code>")
            .append(esc(st.control().id())).append("</code></td><td>").append(esc(st.control().title()))
            .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", st.gain())).append("</td><td>")
            .append(esc(st.newlyCovered().stream().map(ElementRef::ref).collect(Collectors.joining(", "))))
            .append("</td><td class=\"num\">").append(pct(st.after().percent(Verdict.COVERED)))
            .append("</td><td class=\"num\">").append(pct(st.after().gradedPercent())).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n<p id=\"plan-remaining\">After the plan, ").append(plan.remaining().size())
          .append(" applicable requirements are still not fully covered; ").append(plan.unaddressed().size())
          .append(" of them no control of <code>").append(esc(plan.catalog())).append("</code> addresses at all");
      if (!plan.unaddressed().isEmpty()) {
        b.append(": ").append(esc(plan.unaddressed().stream().map(ElementRef::ref).collect(Collectors.joining(", "))));
      }
      b.append(".</p>\n</section>\n");
    }

    /** An inline SVG line chart of covered % and graded % (y, 0-100) against steps (x). */
    private void curve(List<Totals> points) {
      int width = 640;
      int height = 240;
      int left = 40;
      int bottom = 24;
      int top = 10;
      int right = 10;
      double xStep = points.size() <= 1 ? 0 : (double) (width - left - right) / (points.size() - 1);
      java.util.function.DoubleUnaryOperator y = v -> top + (height - top - bottom) * (1 - v / 100);
      b.append("<svg id=\"plan-curve\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
          .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
          .append("\" role=\"img\" aria-label=\"Coverage after each step: graded from ")
          .append(pct(points.get(0).gradedPercent())).append(" to ").append(pct(points.get(points.size() - 1).gradedPercent()))
          .append(", covered from ").append(pct(points.get(0).percent(Verdict.COVERED))).append(" to ")
          .append(pct(points.get(points.size() - 1).percent(Verdict.COVERED))).append("\">\n");
      for (int v = 0; v <= 100; v += 25) {
        String yy = String.format(Locale.ROOT, "%.1f", y.applyAsDouble(v));
        b.append("<line x1=\"").append(left).append("\" x2=\"").append(width - right).append("\" y1=\"").append(yy)
            .append("\" y2=\"").append(yy).append("\" stroke=\"#d0d7de\" stroke-width=\"1\"/>")
            .append("<text x=\"").append(left - 4).append("\" y=\"").append(yy).append("\" font-size=\"10\"")
            .append(" text-anchor=\"end\" dominant-baseline=\"middle\">").append(v).append("%</text>\n");
      }
      b.append("<text x=\"").append((width + left) / 2).append("\" y=\"").append(height - 4)
          .append("\" font-size=\"10\" text-anchor=\"middle\">step (0 = start, ").append(points.size() - 1)
          .append(" = end)</text>\n");
      polyline(points, xStep, left, y, Totals::gradedPercent, "#1f6feb", "graded");
      polyline(points, xStep, left, y, t -> t.percent(Verdict.COVERED), "#2da44e", "covered");
      b.append("<text x=\"").append(left + 6).append("\" y=\"").append(top + 10)
          .append("\" font-size=\"11\" fill=\"#1f6feb\">graded %</text><text x=\"").append(left + 70)
          .append("\" y=\"").append(top + 10).append("\" font-size=\"11\" fill=\"#2da44e\">covered %</text>\n")
          .append("</svg>\n");
    }

    private void polyline(List<Totals> points, double xStep, int left, java.util.function.DoubleUnaryOperator y,
        java.util.function.ToDoubleFunction<Totals> value, String colour, String id) {
      b.append("<polyline class=\"curve-").append(id).append("\" fill=\"none\" stroke=\"").append(colour)
          .append("\" stroke-width=\"2\" points=\"");
      for (int i = 0; i < points.size(); i++) {
        b.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", left + i * xStep,
            y.applyAsDouble(value.applyAsDouble(points.get(i)))));
      }
      b.append("\"/>\n");
    }

    void heatmapSection() {
      long cells = Heatmap.cellsAtMost(crosswalk, report);
      Heatmap map = cells > Heatmap.MAX_CELLS ? null : ReadinessReport.this.heatmap();
      b.append("<section id=\"heatmap\">\n<h2>Heatmap</h2>\n<p>Rows: the top-level requirements of ")
          .append(esc(name(report.targetFramework()))).append(" with everything below them; columns: the series of ")
          .append(esc(name(report.source()))).append(". A cell shows how strongly the column covers the row:</p>\n")
          .append("<pre class=\"formula\">score(R, C) = mean over the applicable requirements t of R of own(t, C)\n")
          .append("own(t, C)   = 1 when a counted mapping from C covers t; else 1 - &#8719;(1 - strength / 10)")
          .append(" over its partial mappings from C, at most 0.9; 0 when there is none</pre>\n")
          .append("<p>The score after each row's name is its graded coverage by all of ")
          .append(esc(name(report.source()))).append(" together.</p>\n")
          .append("<div class=\"legend\" id=\"legend\"><span>Shade = ceil(score &#215; 5):</span>")
          .append("<span class=\"swatch h0\">0 none</span>");
      for (int s = 1; s <= Heatmap.SHADES; s++) {
        b.append("<span class=\"swatch h").append(s).append("\">")
            .append(String.format(Locale.ROOT, "%.1f &lt; score &#8804; %.1f", (s - 1) / 5.0, s / 5.0))
            .append("</span>");
      }
      b.append("<span class=\"swatch oos\">out of scope</span></div>\n");
      if (map == null) {
        // Rows times columns grows with the square of the input: past a page's worth, leave it out.
        b.append("<p id=\"heatmap-too-large\">Not shown: the grid would have more than ").append(Heatmap.MAX_CELLS)
            .append(" cells. Every verdict is listed below.</p>\n</section>\n");
        return;
      }
      if (map.columns().isEmpty() || map.rows().isEmpty()) {
        b.append("<p>Nothing to show: no applicable requirement or no source column.</p>\n</section>\n");
        return;
      }
      b.append("<table class=\"heatmap\" id=\"heatmap-table\">\n<thead>\n");
      List<String> categories = map.columns().stream().map(Heatmap.Column::category).toList();
      if (categories.stream().anyMatch(c -> !c.isEmpty())) {
        b.append("<tr><th></th>");
        int i = 0;
        while (i < categories.size()) {
          int j = i;
          while (j < categories.size() && categories.get(j).equals(categories.get(i))) {
            j++;
          }
          b.append("<th class=\"col\" colspan=\"").append(j - i).append("\">").append(esc(categories.get(i)))
              .append("</th>");
          i = j;
        }
        b.append("</tr>\n");
      }
      b.append("<tr><th>Requirement</th>");
      for (Heatmap.Column c : map.columns()) {
        b.append("<th class=\"col").append(c.inScope() ? "" : " oos").append("\" title=\"").append(esc(c.title()))
            .append(c.inScope() ? "" : " (out of scope)").append("\">").append(esc(c.label())).append("</th>");
      }
      b.append("</tr>\n</thead>\n<tbody>\n");
      Optional<ElementRef> group = Optional.empty();
      for (Heatmap.Row r : map.rows()) {
        if (r.group().isPresent() && !r.group().equals(group)) {
          group = r.group();
          Requirement g = crosswalk.requirement(group.get()).orElseThrow();
          b.append("<tr class=\"group\"><th colspan=\"").append(map.columns().size() + 1).append("\">")
              .append(esc(g.id().ref())).append(' ').append(esc(g.title())).append("</th></tr>\n");
        }
        b.append("<tr class=\"hm-row\" data-ref=\"").append(esc(r.id())).append("\"><th>");
        String anchor = anchors.get(r.id());
        if (anchor != null) {
          b.append("<a href=\"#").append(anchor).append("\">").append(esc(r.id().ref())).append("</a>");
        } else {
          b.append(esc(r.id().ref()));
        }
        b.append(' ').append(esc(r.title())).append(" <span class=\"v v-").append(r.verdict()).append("\">")
            .append(r.verdict()).append("</span>");
        RequirementCoverage rowCoverage = report.requirements().get(r.id());
        if (rowCoverage != null && rowCoverage.verdict().isApplicable()) {
          b.append(" <span class=\"score\">").append(String.format(Locale.ROOT, "%.2f", rowCoverage.score()))
              .append("</span>");
        }
        b.append("</th>");
        for (int i = 0; i < r.cells().size(); i++) {
          Heatmap.Cell cell = r.cells().get(i);
          Heatmap.Column col = map.columns().get(i);
          String score = String.format(Locale.ROOT, "%.2f", cell.score());
          b.append("<td class=\"cell ").append(col.inScope() ? "h" + cell.shade() : "oos").append("\" title=\"")
              .append(esc(r.id().ref())).append(" by ").append(esc(col.label())).append(": score ").append(score)
              .append(", ").append(cell.touched()).append(" of ").append(r.requirements())
              .append(" requirements mapped").append(col.inScope() ? "" : "; out of scope").append("\">")
              .append(cell.score() == 0 ? "&#183;" : score).append("</td>");
        }
        b.append("</tr>\n");
      }
      b.append("</tbody>\n</table>\n</section>\n");
    }

    void gaps() {
      GapReport gaps = report.gaps();
      b.append("<section id=\"gaps\">\n<h2>Gaps (").append(gaps.gaps().size()).append(")</h2>\n")
          .append("<p>Every applicable requirement that is not fully covered, with the reason. ONLY_PARTIAL: only")
          .append(" partial mappings, or a part below it is not covered; RECORDED_NO_COUNTERPART: the crosswalk")
          .append(" records that the source has no counterpart; NOT_IMPLEMENTED: mapped only to planned or not")
          .append(" applicable controls; OUT_OF_SCOPE_ONLY: mapped only to elements outside the scope;")
          .append(" NO_MAPPING: nothing is mapped to it.</p>\n");
      if (gaps.gaps().isEmpty()) {
        b.append("<p id=\"no-gaps\">No gaps: every applicable requirement is covered.</p>\n</section>\n");
        return;
      }
      b.append("<table id=\"gap-table\">\n<thead><tr><th>Requirement</th><th>Title</th><th>Designation</th>")
          .append("<th>Verdict</th><th class=\"num\">Score</th><th>Reason</th><th>Detail</th><th>What ")
          .append(esc(name(report.targetFramework()))).append(" adds</th></tr></thead>\n<tbody>\n");
      for (Gap g : gaps.gaps()) {
        Requirement r = g.coverage().requirement();
        b.append("<tr class=\"gap\" data-ref=\"").append(esc(g.id())).append("\"><td><code>").append(esc(g.id()))
            .append("</code></td><td>").append(esc(r.title())).append("</td><td>")
            .append(esc(r.attribute("designation").orElse(""))).append("</td><td><span class=\"v v-")
            .append(g.verdict()).append("\">").append(g.verdict()).append("</span></td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%.2f", g.coverage().score())).append("</td><td><code>").append(g.reason())
            .append("</code></td><td>").append(detail(g)).append("</td><td class=\"adds\">").append(adds(g.id()))
            .append("</td></tr>\n<tr class=\"explain-row\"><td colspan=\"8\">");
        explanation(g.coverage());
        b.append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</section>\n");
    }

    /** The addition the data records for a requirement toward the source framework, with its sources. */
    private String adds(ElementRef ref) {
      return crosswalk.addition(ref, report.source()).map(a -> esc(a.statement()) + " <i>sources: "
          + esc(a.citations().stream().map(ReadinessReport::cite).collect(Collectors.joining("; "))) + "</i>")
          .orElse("");
    }

    /** What the gap's reason rests on: recorded reasons, or the source elements involved. */
    private String detail(Gap g) {
      if (!g.recordedReasons().isEmpty()) {
        return g.recordedReasons().stream().map(ReadinessReport::esc).collect(Collectors.joining("<br>"));
      }
      List<Evidence> shown = g.reason() == GapReason.ONLY_PARTIAL ? g.coverage().counted() : g.coverage().evidence();
      String sources = shown.stream().map(e -> mention(e.mapping().source())).distinct().sorted()
          .map(ReadinessReport::esc).collect(Collectors.joining(", "));
      String lead = switch (g.reason()) {
        case ONLY_PARTIAL -> sources.isEmpty() ? "a part below it is not covered" : "partly by ";
        case OUT_OF_SCOPE_ONLY -> "only mapped from, out of scope: ";
        case NOT_IMPLEMENTED -> "only mapped from controls not in place: ";
        default -> "";
      };
      return esc(lead) + sources;
    }

    void verdicts() {
      b.append("<section id=\"verdicts\">\n<h2>Every verdict</h2>\n<p>Each applicable requirement of ")
          .append(esc(name(report.targetFramework()))).append(" with its verdict after roll-up, the verdict from")
          .append(" its own mappings, and the explanation on demand.</p>\n<table id=\"verdict-table\">\n<thead><tr>")
          .append("<th>Requirement</th><th>Title</th><th>Verdict</th><th>Own mappings</th></tr>")
          .append("</thead>\n<tbody>\n");
      for (RequirementCoverage c : report.requirements().values()) {
        if (!c.verdict().isApplicable()) {
          continue;
        }
        b.append("<tr class=\"verdict\" id=\"").append(anchors.get(c.id())).append("\" data-ref=\"")
            .append(esc(c.id())).append("\"><td><code>").append(esc(c.id())).append("</code></td><td>")
            .append(esc(c.requirement().title())).append("</td><td><span class=\"v v-").append(c.verdict())
            .append("\">").append(c.verdict()).append("</span></td><td><span class=\"v v-").append(c.direct())
            .append("\">").append(c.direct()).append("</span></td></tr>\n<tr class=\"explain-row\"><td colspan=\"4\">");
        explanation(c);
        b.append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n</section>\n");
    }

    /** The explanation of one verdict inside a closed {@code <details>}. */
    private void explanation(RequirementCoverage c) {
      b.append("<details class=\"explain\"><summary>Why ").append(c.verdict()).append("?</summary>")
          .append("<div class=\"explanation\"><p>").append(esc(c)).append("</p>");
      if (c.evidence().isEmpty()) {
        b.append("<p>No mapping from ").append(esc(report.source())).append(".</p>");
      } else {
        b.append("<table><thead><tr><th>From</th><th>Relationship</th><th>Contributes</th><th class=\"num\">")
            .append("Strength</th><th>Why</th></tr></thead><tbody>");
        for (Evidence e : c.evidence()) {
          Mapping m = e.mapping();
          b.append("<tr><td><code>").append(esc(mention(m.source()))).append("</code> ")
              .append(esc(titleOf(m.source())));
          e.control().ifPresent(ctl -> b.append("<br>control: ").append(esc(SafeText.mention(ctl.toString()))));
          b.append("</td><td>").append(m.relationship()).append("</td><td><span class=\"v v-")
              .append(e.contribution()).append("\">").append(e.contribution()).append("</span>");
          if (e.limit() != Evidence.Limit.NONE) {
            b.append(" (").append(e.limit()).append(')');
          }
          if (!e.missing().isEmpty()) {
            b.append("<br>missing: ").append(esc(e.missing().stream().map(ElementRef::toString)
                .collect(Collectors.joining(", "))));
          }
          // A mapping with a joint end on this side is evidence of each member: mention its texts.
          boolean repeated = !(m.target() instanceof ElementRef);
          String sources = m.citations().stream().map(ReadinessReport::cite).collect(Collectors.joining("; "));
          b.append("</td><td class=\"num\">").append(m.strength()).append("</td><td>")
              .append(esc(repeated ? SafeText.mention(m.justification()) : m.justification()))
              .append(" <i>").append(m.rationale()).append("; sources: ")
              .append(esc(repeated ? SafeText.mention(sources) : sources));
          if (m.isDerived()) {
            b.append("; derived via ").append(esc(SafeText.mention(m.derivedVia().toString())));
          }
          b.append("</i></td></tr>");
        }
        b.append("</tbody></table>");
      }
      c.decision().ifPresent(d -> b.append("<p class=\"decision\">Decision: <b>").append(d.kind().id()).append("</b>")
          .append(d.text().map(t -> ": " + esc(t)).orElse("")).append("</p>"));
      for (NoCounterpart n : c.noCounterparts()) {
        b.append("<p>No counterpart in ").append(esc(n.framework())).append(": ").append(esc(n.reason()))
            .append(" <i>sources: ").append(esc(String.join(", ", n.sources()))).append("</i></p>");
      }
      if (!c.children().isEmpty()) {
        b.append("<p>Rolled up from:</p><ul>");
        for (ElementRef child : c.children()) {
          RequirementCoverage cc = report.requirements().get(child);
          String anchor = anchors.get(child);
          b.append("<li>");
          if (anchor != null) {
            b.append("<a href=\"#").append(anchor).append("\">").append(esc(child)).append("</a>");
          } else {
            b.append(esc(child));
          }
          if (cc != null) {
            b.append(' ').append(esc(SafeText.mention(cc.requirement().title()))).append(": <span class=\"v v-").append(cc.verdict())
                .append("\">").append(cc.verdict()).append("</span>");
          }
          b.append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</div></details>");
    }

    void footer() {
      b.append("<footer>\n<p>Generated by crosswalk from ").append(esc(crosswalk)).append(". Coverage of ")
          .append(esc(report.targetFramework())).append(" by ").append(esc(report.source()))
          .append(": verdict rules in docs/queries.md; this page in docs/reports.md.</p>\n</footer>\n")
          .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }
  }
}
