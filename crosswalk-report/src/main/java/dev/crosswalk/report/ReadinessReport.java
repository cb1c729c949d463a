package dev.crosswalk.report;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.SafeText;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Decision;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * A readiness report: one self-contained HTML page answering "we meet the source framework, what
 * does the target framework add?", rendered from a {@link CoverageReport}.
 *
 * <pre>{@code
 * Crosswalk cw = Crosswalks.bundled();
 * CoverageReport r = Queries.on(cw).coverage().of(target).by(source).run();
 * ReadinessReport.of(cw, r).write(Path.of("report.html"));
 * }</pre>
 *
 * <p>The page holds the headline coverage figures, a {@link Heatmap} of the target's top-level
 * requirements against the source's top-level groups with a legend, the gap list with reasons,
 * and every applicable verdict with its explanation on demand ({@code <details>}). It knows no
 * framework by name: headings use each framework's {@link Framework#shortName() short name}, and
 * the groupings come from the frameworks' well-known attributes ({@code groupBy},
 * {@code discretionary}, {@code valueOrder}; docs/format.md). It needs no network:
 * styles and a small script are inline, a Content Security Policy with their SHA-256 hashes
 * forbids loading anything else, and there is a print stylesheet (explanations open when
 * printed). Every text from the data is HTML-escaped by construction: the page is written
 * through {@link Html}, which has no way to write text unescaped. Deterministic: the same
 * crosswalk, report and options give the same string. Instances are immutable and thread-safe.
 */
public final class ReadinessReport {
  /** The page's style sheet, resource {@code report.css} of this package, inlined as it is. */
  static final Markup STYLE = Markup.resource("report.css");

  /** The page's script, resource {@code report.js} of this package, inlined as it is. */
  static final Markup SCRIPT = Markup.resource("report.js");

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
    if (crosswalk.framework(report.targetFramework()).isEmpty()) {
      throw new IllegalArgumentException("the crosswalk has no framework '" + report.targetFramework()
          + "', the target of the coverage report; pass the crosswalk the report was run on");
    }
    return new ReadinessReport(crosswalk, report, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This report with another title; the default names the target and the source. */
  public ReadinessReport withTitle(String title) {
    if (requireNonNull(title, "title").isBlank()) {
      throw new IllegalArgumentException("the title is blank");
    }
    return new ReadinessReport(crosswalk, report, Optional.of(title), groupBy, plan);
  }

  /**
   * This report with the headline figures also broken down by this attribute; the default is the
   * last key of the target framework's {@link Framework#GROUP_BY groupBy} attribute (its finest
   * grouping), none when it has none.
   */
  public ReadinessReport withGroupBy(String attribute) {
    if (requireNonNull(attribute, "attribute").isBlank()) {
      throw new IllegalArgumentException("the attribute is blank");
    }
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
    if (!plan.targetFramework().equals(report.targetFramework())) {
      throw new IllegalArgumentException("the plan is for '" + plan.targetFramework() + "', the report for '"
          + report.targetFramework() + "'");
    }
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
    return p.h.document();
  }

  /** The Content Security Policy of the page: nothing but the inline style and script. */
  static String contentSecurityPolicy() {
    return "default-src 'none'; style-src '" + sha256(STYLE.text()) + "'; script-src '" + sha256(SCRIPT.text())
        + "'; base-uri 'none'; form-action 'none'";
  }

  private static String sha256(String text) {
    try {
      return "sha256-" + Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A framework's short name ({@link Framework#shortName()}); an inventory's description as it is. */
  private String name(String framework) {
    return crosswalk.framework(framework).map(Framework::shortName).orElse(framework);
  }

  /**
   * An element's title as a mention (cut, see {@link SafeText#mention}); for a joint end,
   * "together:" and its members' titles. A source element is mentioned in every row of evidence
   * it gives, so its full title would repeat once per mapping.
   */
  private String titleOf(MappingEnd end) {
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
  private static String mention(MappingEnd end) {
    return end instanceof ElementRef ref ? ref.toString() : SafeText.mention(end.toString());
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.1f%%", value);
  }

  private static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** The attribute the headline also breaks the figures down by: see {@link #withGroupBy}. */
  private Optional<String> groupAttribute() {
    if (groupBy.isPresent()) {
      return groupBy;
    }
    List<String> keys = WellKnownAttributes.groupBy(crosswalk, report.targetFramework());
    return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(keys.size() - 1));
  }

  /** The attribute that says which requirements of the target are discretionary, if it declares one. */
  private Optional<String> discretionaryAttribute() {
    return Decisions.discretionaryAttribute(crosswalk, report.targetFramework());
  }

  /** {@code designation} as a heading: {@code Designation}. */
  private static String capitalized(String attribute) {
    return attribute.isEmpty() ? attribute : attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
  }

  /** Builds one page. Every text goes through {@link Html}; line breaks are where the page has them. */
  private final class Page {
    private final Html h = new Html(1 << 18);
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
      h.doctype().newline().open("html").attr("lang", "en").newline().open("head").newline()
          .empty("meta").attr("charset", "utf-8").newline()
          .empty("meta").attr("http-equiv", "Content-Security-Policy").attr("content", contentSecurityPolicy())
          .newline()
          .empty("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").newline()
          .empty("meta").attr("name", "generator").attr("content", "crosswalk ReadinessReport").newline()
          .open("title").text(title()).close().newline()
          .open("style").raw(STYLE).close().newline()
          .close().newline() // head
          .open("body").newline()
          .open("header").newline()
          .open("h1").text(title()).close().newline();
      Framework target = crosswalk.requireFramework(report.targetFramework());
      h.open("p").attr("class", "meta").prose("Target: ").open("b").text(target.name()).close()
          .prose(" (").text(target.edition()).prose(")").close().newline();
      Optional<Framework> source = crosswalk.framework(report.source());
      h.open("p").attr("class", "meta").prose("Covered by: ")
          .open("b").text(source.map(Framework::name).orElse(report.source())).close();
      source.ifPresent(s -> h.prose(" (").text(s.edition()).prose(")"));
      h.close().newline()
          .open("p").attr("class", "meta").prose("Scope: ").open("code").text(report.scope().toString()).close()
          .close().newline()
          .close().newline() // header
          .open("nav").attr("class", "toolbar")
          .open("button").attr("type", "button").attr("id", "expand-all").prose("Expand all explanations").close()
          .open("button").attr("type", "button").attr("id", "collapse-all").prose("Collapse all").close()
          .close().newline();
    }

    void summary() {
      Totals t = report.totals();
      GapReport gaps = report.gaps();
      h.open("section").attr("id", "summary").newline()
          .open("h2").prose("Headline").close().newline()
          .open("div").attr("class", "figures").newline();
      figure("applicable", String.valueOf(t.applicable()), "applicable requirements");
      figure("graded", pct(t.gradedPercent()), "graded coverage");
      figure("covered", pct(t.percent(Verdict.COVERED)), t.covered() + " covered");
      figure("partial", pct(t.percent(Verdict.PARTIAL)), t.partial() + " partially covered");
      figure("not-covered", pct(t.percent(Verdict.NOT_COVERED)), t.notCovered() + " not covered");
      figure("gaps", String.valueOf(gaps.gaps().size()), "gaps to close");
      h.close().newline() // figures
          .open("p").prose("Of the ").text(t.applicable()).prose(" applicable requirements of ")
          .text(name(report.targetFramework())).prose(", ").text(t.covered()).prose(" are fully covered by ")
          .text(name(report.source())).prose(", ").text(t.partial()).prose(" partly and ")
          .text(t.notCovered()).prose(" not at all; ").text(t.notApplicable())
          .prose(" are out of scope or not assessable on their own. Several partial mappings never add up to full"
              + " coverage.")
          .close().newline()
          .open("p").attr("id", "graded-note").prose("Graded coverage, ").text(pct(t.gradedPercent()))
          .prose(", says how much of the work is done: each requirement scores 1 when covered, and otherwise"
              + " what its partial mappings' strengths add up to (at most 0.9), averaged with the parts below it;"
              + " the figure is the mean over the applicable requirements. Strict coverage counts only what is"
              + " provably met. The formulas are in docs/queries.md.")
          .close().newline();
      Map<GapReason, ? extends List<Gap>> byReason = gaps.byReason();
      if (!byReason.isEmpty()) {
        h.open("h3").prose("Gaps by reason").close().newline()
            .open("table").attr("class", "totals").attr("id", "gaps-by-reason").newline()
            .open("thead").open("tr").open("th").prose("Reason").close()
            .open("th").attr("class", "num").prose("Gaps").close().close().close().newline()
            .open("tbody").newline();
        byReason.forEach((reason, list) -> h.open("tr").open("td").open("code").text(reason.name()).close().close()
            .open("td").attr("class", "num").text(list.size()).close().close().newline());
        h.close().newline().close().newline(); // tbody, table
      }
      // The weighted view: discretionary requirements and the others counted apart.
      discretionaryAttribute().ifPresent(attribute -> {
        Map<String, Totals> byValue = report.byGroup(attribute);
        if (byValue.keySet().stream().anyMatch(k -> !k.equals(CoverageReport.NO_GROUP))) {
          totals("by-" + attribute, "By " + attribute, capitalized(attribute), byValue);
        }
      });
      groupAttribute().ifPresent(attribute -> {
        Map<String, Totals> groups = report.byGroup(attribute);
        if (groups.entrySet().stream().anyMatch(e -> !e.getKey().equals(CoverageReport.NO_GROUP)
            && e.getValue().applicable() > 0)) {
          totals("by-group", "By " + attribute, attribute, groups);
        }
      });
      h.close().newline(); // section
    }

    private void figure(String id, String value, String label) {
      h.open("div").attr("class", "figure").attr("id", "figure-" + id)
          .open("span").attr("class", "value").text(value).close()
          .open("span").attr("class", "label").text(label).close()
          .close().newline();
    }

    private void totals(String id, String heading, String column, Map<String, Totals> totals) {
      h.open("h3").text(heading).close().newline()
          .open("table").attr("class", "totals").attr("id", id).newline()
          .open("thead").open("tr").open("th").text(column).close();
      for (String number : List.of("Applicable", "Covered", "Partial", "Not covered", "Covered %", "Partial %",
          "Graded %", "Not applicable")) {
        h.open("th").attr("class", "num").prose(number).close();
      }
      h.close().close().newline().open("tbody").newline(); // tr, thead
      totals.forEach((key, t) -> {
        if (t.applicable() > 0) {
          h.open("tr").open("td").text(key).close();
          numberCell(String.valueOf(t.applicable()));
          numberCell(String.valueOf(t.covered()));
          numberCell(String.valueOf(t.partial()));
          numberCell(String.valueOf(t.notCovered()));
          numberCell(pct(t.percent(Verdict.COVERED)));
          numberCell(pct(t.percent(Verdict.PARTIAL)));
          numberCell(pct(t.gradedPercent()));
          numberCell(String.valueOf(t.notApplicable()));
          h.close().newline();
        }
      });
      h.close().newline().close().newline(); // tbody, table
    }

    /** {@code <td class="num">value</td>}. */
    private void numberCell(String value) {
      h.open("td").attr("class", "num").text(value).close();
    }

    /** {@code <span class="v v-VERDICT">VERDICT</span>}. */
    private void verdict(Verdict v) {
      h.open("span").attr("class", "v v-" + v.name()).text(v.name()).close();
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
      h.open("section").attr("id", "decisions").newline()
          .open("h2").prose("Decisions to document (").text(undecided).prose(" of ").text(discretionary.size())
          .prose(")").close().newline()
          .open("p").text(name(report.targetFramework())).prose(" lets these requirements (")
          .open("code").text(rule).close()
          .prose(") be met by a documented decision: implement it as written, implement an equivalent alternative,"
              + " or document why it is not reasonable and appropriate. A report on ")
          .text(name(report.source()))
          .prose(" never records these decisions; the organisation must, and the coverage honours them when they"
              + " are given (")
          .open("code").prose("--decisions FILE").close().prose(", docs/inputs.md).").close().newline()
          .open("table").attr("id", "decision-table").newline()
          .open("thead").open("tr").open("th").prose("Requirement").close().open("th").prose("Title").close()
          .open("th").prose("Verdict").close().open("th").attr("class", "num").prose("Score").close()
          .open("th").prose("Decision").close().close().close().newline()
          .open("tbody").newline();
      for (RequirementCoverage c : discretionary) {
        h.open("tr").attr("class", "decision-row").attr("data-ref", c.id().toString())
            .open("td").open("code").text(c.id().toString()).close().close()
            .open("td").text(c.requirement().title()).close()
            .open("td");
        verdict(c.verdict());
        h.close().open("td").attr("class", "num");
        if (c.verdict().isApplicable()) {
          h.text(twoDecimals(c.score()));
        }
        h.close().open("td");
        if (c.decision().isPresent()) {
          decision(c.decision().get());
        } else {
          h.open("i").prose("to document").close();
        }
        h.close().close().newline(); // td, tr
      }
      h.close().newline().close().newline().close().newline(); // tbody, table, section
    }

    /** {@code <b>kind</b>} and {@code : text} when the decision has one. */
    private void decision(Decision d) {
      h.open("b").text(d.kind().id()).close();
      d.text().ifPresent(t -> h.prose(": ").text(t));
    }

    /** The plan: an inline SVG curve of coverage against steps, the steps, and what remains. */
    void plan(Plan plan) {
      h.open("section").attr("id", "plan").newline()
          .open("h2").prose("Plan: controls to implement next (").text(plan.steps().size()).prose(")").close()
          .newline()
          .open("p").prose("Starting from what ").text(name(plan.source()))
          .prose(" covers in scope, each step adds the control of ").open("code").text(plan.catalog()).close()
          .prose(" that raises graded coverage most, requirements that are not discretionary weighing twice as much"
              + " as undecided discretionary ones; ties go to the control that fully covers more of those, then to"
              + " the lower id (docs/queries.md). The plan stops when no control adds anything.")
          .close().newline();
      List<Totals> points = new ArrayList<>();
      points.add(plan.start());
      plan.steps().forEach(st -> points.add(st.after()));
      curve(points);
      h.open("table").attr("id", "plan-table").newline()
          .open("thead").open("tr").open("th").attr("class", "num").prose("Step").close()
          .open("th").prose("Control").close().open("th").prose("Title").close()
          .open("th").attr("class", "num").prose("Gain").close().open("th").prose("Newly covered").close()
          .open("th").attr("class", "num").prose("Covered %").close()
          .open("th").attr("class", "num").prose("Graded %").close().close().close().newline()
          .open("tbody").newline()
          .open("tr").attr("class", "plan-start").open("td").attr("class", "num").text(0).close()
          .open("td").attr("colspan", 4).prose("start: ").text(name(plan.source())).close();
      numberCell(pct(plan.start().percent(Verdict.COVERED)));
      numberCell(pct(plan.start().gradedPercent()));
      h.close().newline();
      for (PlanStep st : plan.steps()) {
        h.open("tr").attr("class", "plan-step").open("td").attr("class", "num").text(st.number()).close()
            .open("td").open("code").text(st.control().id().toString()).close().close()
            .open("td").text(st.control().title()).close();
        numberCell(twoDecimals(st.gain()));
        h.open("td").text(st.newlyCovered().stream().map(ElementRef::ref).collect(Collectors.joining(", "))).close();
        numberCell(pct(st.after().percent(Verdict.COVERED)));
        numberCell(pct(st.after().gradedPercent()));
        h.close().newline();
      }
      h.close().newline().close().newline() // tbody, table
          .open("p").attr("id", "plan-remaining").prose("After the plan, ").text(plan.remaining().size())
          .prose(" applicable requirements are still not fully covered; ").text(plan.unaddressed().size())
          .prose(" of them no control of ").open("code").text(plan.catalog()).close().prose(" addresses at all");
      if (!plan.unaddressed().isEmpty()) {
        h.prose(": ").text(plan.unaddressed().stream().map(ElementRef::ref).collect(Collectors.joining(", ")));
      }
      h.prose(".").close().newline().close().newline(); // p, section
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
      DoubleUnaryOperator y = v -> top + (height - top - bottom) * (1 - v / 100);
      Totals first = points.get(0);
      Totals last = points.get(points.size() - 1);
      h.open("svg").attr("id", "plan-curve").attr("xmlns", "http://www.w3.org/2000/svg")
          .attr("viewBox", "0 0 " + width + " " + height).attr("width", width).attr("height", height)
          .attr("role", "img")
          .attr("aria-label", "Coverage after each step: graded from " + pct(first.gradedPercent()) + " to "
              + pct(last.gradedPercent()) + ", covered from " + pct(first.percent(Verdict.COVERED)) + " to "
              + pct(last.percent(Verdict.COVERED)))
          .newline();
      for (int v = 0; v <= 100; v += 25) {
        String yy = String.format(Locale.ROOT, "%.1f", y.applyAsDouble(v));
        h.open("line").attr("x1", left).attr("x2", width - right).attr("y1", yy).attr("y2", yy)
            .attr("stroke", "#d0d7de").attr("stroke-width", 1).closeEmpty()
            .open("text").attr("x", left - 4).attr("y", yy).attr("font-size", 10).attr("text-anchor", "end")
            .attr("dominant-baseline", "middle").text(v + "%").close().newline();
      }
      h.open("text").attr("x", (width + left) / 2).attr("y", height - 4).attr("font-size", 10)
          .attr("text-anchor", "middle").prose("step (0 = start, ").text(points.size() - 1).prose(" = end)").close()
          .newline();
      polyline(points, xStep, left, y, Totals::gradedPercent, "#1f6feb", "graded");
      polyline(points, xStep, left, y, t -> t.percent(Verdict.COVERED), "#2da44e", "covered");
      h.open("text").attr("x", left + 6).attr("y", top + 10).attr("font-size", 11).attr("fill", "#1f6feb")
          .prose("graded %").close()
          .open("text").attr("x", left + 70).attr("y", top + 10).attr("font-size", 11).attr("fill", "#2da44e")
          .prose("covered %").close().newline()
          .close().newline(); // svg
    }

    private void polyline(List<Totals> points, double xStep, int left, DoubleUnaryOperator y,
        ToDoubleFunction<Totals> value, String colour, String id) {
      StringBuilder coordinates = new StringBuilder();
      for (int i = 0; i < points.size(); i++) {
        coordinates.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", left + i * xStep,
            y.applyAsDouble(value.applyAsDouble(points.get(i)))));
      }
      h.open("polyline").attr("class", "curve-" + id).attr("fill", "none").attr("stroke", colour)
          .attr("stroke-width", 2).attr("points", coordinates.toString()).closeEmpty().newline();
    }

    void heatmapSection() {
      long cells = Heatmap.cellsAtMost(crosswalk, report);
      Heatmap map = cells > Heatmap.MAX_CELLS ? null : ReadinessReport.this.heatmap();
      h.open("section").attr("id", "heatmap").newline()
          .open("h2").prose("Heatmap").close().newline()
          .open("p").prose("Rows: the top-level requirements of ").text(name(report.targetFramework()))
          .prose(" with everything below them; columns: the series of ").text(name(report.source()))
          .prose(". A cell shows how strongly the column covers the row:").close().newline()
          .open("pre").attr("class", "formula")
          .prose("score(R, C) = mean over the applicable requirements t of R of own(t, C)\n"
              + "own(t, C)   = 1 when a counted mapping from C covers t; else 1 - ")
          .charRef(0x220F) // n-ary product
          .prose("(1 - strength / 10) over its partial mappings from C, at most 0.9; 0 when there is none")
          .close().newline()
          .open("p").prose("The score after each row's name is its graded coverage by all of ")
          .text(name(report.source())).prose(" together.").close().newline()
          .open("div").attr("class", "legend").attr("id", "legend")
          .open("span").prose("Shade = ceil(score ").charRef(0xD7).prose(" 5):").close() // multiplication sign
          .open("span").attr("class", "swatch h0").prose("0 none").close();
      for (int s = 1; s <= Heatmap.SHADES; s++) {
        h.open("span").attr("class", "swatch h" + s)
            .prose(String.format(Locale.ROOT, "%.1f ", (s - 1) / 5.0)).text("<").prose(" score ")
            .charRef(0x2264) // less-than or equal to
            .prose(String.format(Locale.ROOT, " %.1f", s / 5.0)).close();
      }
      h.open("span").attr("class", "swatch oos").prose("out of scope").close().close().newline(); // span, div
      if (map == null) {
        // Rows times columns grows with the square of the input: past a page's worth, leave it out.
        h.open("p").attr("id", "heatmap-too-large").prose("Not shown: the grid would have more than ")
            .text(Heatmap.MAX_CELLS).prose(" cells. Every verdict is listed below.").close().newline()
            .close().newline(); // section
        return;
      }
      if (map.columns().isEmpty() || map.rows().isEmpty()) {
        h.open("p").prose("Nothing to show: no applicable requirement or no source column.").close().newline()
            .close().newline(); // section
        return;
      }
      h.open("table").attr("class", "heatmap").attr("id", "heatmap-table").newline().open("thead").newline();
      List<String> categories = map.columns().stream().map(Heatmap.Column::category).toList();
      if (categories.stream().anyMatch(c -> !c.isEmpty())) {
        h.open("tr").open("th").close();
        int i = 0;
        while (i < categories.size()) {
          int j = i;
          while (j < categories.size() && categories.get(j).equals(categories.get(i))) {
            j++;
          }
          h.open("th").attr("class", "col").attr("colspan", j - i).text(categories.get(i)).close();
          i = j;
        }
        h.close().newline();
      }
      h.open("tr").open("th").prose("Requirement").close();
      for (Heatmap.Column c : map.columns()) {
        h.open("th").attr("class", c.inScope() ? "col" : "col oos")
            .attr("title", c.title() + (c.inScope() ? "" : " (out of scope)")).text(c.label()).close();
      }
      h.close().newline().close().newline().open("tbody").newline(); // tr, thead
      Optional<ElementRef> group = Optional.empty();
      for (Heatmap.Row r : map.rows()) {
        if (r.group().isPresent() && !r.group().equals(group)) {
          group = r.group();
          Requirement g = crosswalk.requirement(group.get()).orElseThrow();
          h.open("tr").attr("class", "group").open("th").attr("colspan", map.columns().size() + 1)
              .text(g.id().ref()).prose(" ").text(g.title()).close().close().newline();
        }
        h.open("tr").attr("class", "hm-row").attr("data-ref", r.id().toString()).open("th");
        link(r.id(), r.id().ref());
        h.prose(" ").text(r.title()).prose(" ");
        verdict(r.verdict());
        RequirementCoverage rowCoverage = report.requirements().get(r.id());
        if (rowCoverage != null && rowCoverage.verdict().isApplicable()) {
          h.prose(" ").open("span").attr("class", "score").text(twoDecimals(rowCoverage.score())).close();
        }
        h.close(); // th
        for (int i = 0; i < r.cells().size(); i++) {
          Heatmap.Cell cell = r.cells().get(i);
          Heatmap.Column col = map.columns().get(i);
          String score = twoDecimals(cell.score());
          h.open("td").attr("class", "cell " + (col.inScope() ? "h" + cell.shade() : "oos"))
              .attr("title", r.id().ref() + " by " + col.label() + ": score " + score + ", " + cell.touched()
                  + " of " + r.requirements() + " requirements mapped" + (col.inScope() ? "" : "; out of scope"));
          if (cell.score() == 0) {
            h.charRef(0xB7); // middle dot
          } else {
            h.text(score);
          }
          h.close();
        }
        h.close().newline(); // tr
      }
      h.close().newline().close().newline().close().newline(); // tbody, table, section
    }

    /** The requirement's text, linked to its verdict row when it has one. */
    private void link(ElementRef requirement, String text) {
      String anchor = anchors.get(requirement);
      if (anchor != null) {
        h.open("a").attr("href", "#" + anchor).text(text).close();
      } else {
        h.text(text);
      }
    }

    void gaps() {
      GapReport gaps = report.gaps();
      h.open("section").attr("id", "gaps").newline()
          .open("h2").prose("Gaps (").text(gaps.gaps().size()).prose(")").close().newline()
          .open("p").prose("Every applicable requirement that is not fully covered, with the reason. ONLY_PARTIAL:"
              + " only partial mappings, or a part below it is not covered; RECORDED_NO_COUNTERPART: the crosswalk"
              + " records that the source has no counterpart; NOT_IMPLEMENTED: mapped only to planned or not"
              + " applicable controls; OUT_OF_SCOPE_ONLY: mapped only to elements outside the scope;"
              + " NO_MAPPING: nothing is mapped to it.").close().newline();
      if (gaps.gaps().isEmpty()) {
        h.open("p").attr("id", "no-gaps").prose("No gaps: every applicable requirement is covered.").close()
            .newline().close().newline(); // section
        return;
      }
      h.open("table").attr("id", "gap-table").newline()
          .open("thead").open("tr");
      // The discretionary attribute's values; headed "Designation" as before when the target declares none.
      String discretionary = discretionaryAttribute().orElse("designation");
      h.open("th").prose("Requirement").close().open("th").prose("Title").close()
          .open("th").text(capitalized(discretionary)).close().open("th").prose("Verdict").close();
      h.open("th").attr("class", "num").prose("Score").close();
      for (String heading : List.of("Reason", "Detail")) {
        h.open("th").prose(heading).close();
      }
      h.open("th").prose("What ").text(name(report.targetFramework())).prose(" adds").close()
          .close().close().newline() // tr, thead
          .open("tbody").newline();
      for (Gap g : gaps.gaps()) {
        Requirement r = g.coverage().requirement();
        h.open("tr").attr("class", "gap").attr("data-ref", g.id().toString())
            .open("td").open("code").text(g.id().toString()).close().close()
            .open("td").text(r.title()).close()
            .open("td").text(r.attribute(discretionary).orElse("")).close()
            .open("td");
        verdict(g.verdict());
        h.close();
        numberCell(twoDecimals(g.coverage().score()));
        h.open("td").open("code").text(g.reason().name()).close().close()
            .open("td");
        detail(g);
        h.close().open("td").attr("class", "adds");
        adds(g.id());
        h.close().close().newline() // td, tr
            .open("tr").attr("class", "explain-row").open("td").attr("colspan", 8);
        explanation(g.coverage());
        h.close().close().newline(); // td, tr
      }
      h.close().newline().close().newline().close().newline(); // tbody, table, section
    }

    /** The addition the data records for a requirement toward the source framework, with its sources. */
    private void adds(ElementRef ref) {
      crosswalk.addition(ref, report.source()).ifPresent(a -> h.text(a.statement()).prose(" ")
          .open("i").prose("sources: ")
          .text(a.citations().stream().map(ReadinessReport::cite).collect(Collectors.joining("; "))).close());
    }

    /** What the gap's reason rests on: recorded reasons, or the source elements involved. */
    private void detail(Gap g) {
      if (!g.recordedReasons().isEmpty()) {
        for (int i = 0; i < g.recordedReasons().size(); i++) {
          if (i > 0) {
            h.empty("br");
          }
          h.text(g.recordedReasons().get(i));
        }
        return;
      }
      List<Evidence> shown = g.reason() == GapReason.ONLY_PARTIAL ? g.coverage().counted() : g.coverage().evidence();
      String sources = shown.stream().map(e -> mention(e.mapping().source())).distinct().sorted()
          .collect(Collectors.joining(", "));
      String lead = switch (g.reason()) {
        case ONLY_PARTIAL -> sources.isEmpty() ? "a part below it is not covered" : "partly by ";
        case OUT_OF_SCOPE_ONLY -> "only mapped from, out of scope: ";
        case NOT_IMPLEMENTED -> "only mapped from controls not in place: ";
        default -> "";
      };
      h.text(lead).text(sources);
    }

    void verdicts() {
      h.open("section").attr("id", "verdicts").newline()
          .open("h2").prose("Every verdict").close().newline()
          .open("p").prose("Each applicable requirement of ").text(name(report.targetFramework()))
          .prose(" with its verdict after roll-up, the verdict from its own mappings, and the explanation on"
              + " demand.").close().newline()
          .open("table").attr("id", "verdict-table").newline()
          .open("thead").open("tr");
      for (String heading : List.of("Requirement", "Title", "Verdict", "Own mappings")) {
        h.open("th").prose(heading).close();
      }
      h.close().close().newline().open("tbody").newline(); // tr, thead
      for (RequirementCoverage c : report.requirements().values()) {
        if (!c.verdict().isApplicable()) {
          continue;
        }
        h.open("tr").attr("class", "verdict").attr("id", anchors.get(c.id())).attr("data-ref", c.id().toString())
            .open("td").open("code").text(c.id().toString()).close().close()
            .open("td").text(c.requirement().title()).close()
            .open("td");
        verdict(c.verdict());
        h.close().open("td");
        verdict(c.direct());
        h.close().close().newline() // td, tr
            .open("tr").attr("class", "explain-row").open("td").attr("colspan", 4);
        explanation(c);
        h.close().close().newline(); // td, tr
      }
      h.close().newline().close().newline().close().newline(); // tbody, table, section
    }

    /** The explanation of one verdict inside a closed {@code <details>}. */
    private void explanation(RequirementCoverage c) {
      h.open("details").attr("class", "explain").open("summary").prose("Why ").text(c.verdict().name())
          .prose("?").close()
          .open("div").attr("class", "explanation").open("p").text(c.toString()).close();
      if (c.evidence().isEmpty()) {
        h.open("p").prose("No mapping from ").text(report.source()).prose(".").close();
      } else {
        h.open("table").open("thead").open("tr");
        for (String heading : List.of("From", "Relationship", "Contributes")) {
          h.open("th").prose(heading).close();
        }
        h.open("th").attr("class", "num").prose("Strength").close().open("th").prose("Why").close()
            .close().close().open("tbody"); // tr, thead
        for (Evidence e : c.evidence()) {
          evidence(e);
        }
        h.close().close(); // tbody, table
      }
      c.decision().ifPresent(d -> {
        h.open("p").attr("class", "decision").prose("Decision: ");
        decision(d);
        h.close();
      });
      for (NoCounterpart n : c.noCounterparts()) {
        h.open("p").prose("No counterpart in ").text(n.framework()).prose(": ").text(n.reason()).prose(" ")
            .open("i").prose("sources: ").text(String.join(", ", n.sources())).close().close();
      }
      if (!c.children().isEmpty()) {
        h.open("p").prose("Rolled up from:").close().open("ul");
        for (ElementRef child : c.children()) {
          RequirementCoverage cc = report.requirements().get(child);
          h.open("li");
          link(child, child.toString());
          if (cc != null) {
            h.prose(" ").text(SafeText.mention(cc.requirement().title())).prose(": ");
            verdict(cc.verdict());
          }
          h.close();
        }
        h.close(); // ul
      }
      h.close().close(); // div, details
    }

    /** One row of evidence: the mapping read from the source, what it contributes and why. */
    private void evidence(Evidence e) {
      Mapping m = e.mapping();
      h.open("tr").open("td").open("code").text(mention(m.source())).close().prose(" ").text(titleOf(m.source()));
      e.control().ifPresent(ctl -> h.empty("br").prose("control: ").text(SafeText.mention(ctl.toString())));
      h.close().open("td").text(m.relationship().name()).close().open("td");
      verdict(e.contribution());
      if (e.limit() != Evidence.Limit.NONE) {
        h.prose(" (").text(e.limit().name()).prose(")");
      }
      if (!e.missing().isEmpty()) {
        h.empty("br").prose("missing: ")
            .text(e.missing().stream().map(ElementRef::toString).collect(Collectors.joining(", ")));
      }
      // A mapping with a joint end on this side is evidence of each member: mention its texts.
      boolean repeated = !(m.target() instanceof ElementRef);
      String sources = m.citations().stream().map(ReadinessReport::cite).collect(Collectors.joining("; "));
      h.close().open("td").attr("class", "num").text(m.strength()).close()
          .open("td").text(repeated ? SafeText.mention(m.justification()) : m.justification()).prose(" ")
          .open("i").text(m.rationale().name()).prose("; sources: ").text(repeated ? SafeText.mention(sources) : sources);
      if (m.isDerived()) {
        h.prose("; derived via ").text(SafeText.mention(m.derivedVia().toString()));
      }
      h.close().close().close(); // i, td, tr
    }

    void footer() {
      h.open("footer").newline()
          .open("p").prose("Generated by crosswalk from ").text(crosswalk.toString()).prose(". Coverage of ")
          .text(report.targetFramework()).prose(" by ").text(report.source())
          .prose(": verdict rules in docs/queries.md; this page in docs/reports.md.").close().newline()
          .close().newline() // footer
          .open("script").raw(SCRIPT).close().newline()
          .close().newline() // body
          .close().newline(); // html
    }
  }
}
