package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.Evidence;
import dev.crosswalk.core.query.Explanation;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Plan;
import dev.crosswalk.core.query.PlanStep;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Query results as CSV and JSON, the shapes the command line prints and docs/exports.md documents:
 * coverage totals by group, gaps with what the target adds, one explanation. JSON is typed (numbers
 * as numbers, lists as arrays) and wrapped in an envelope saying what was asked ({@code target,
 * source, scope, dataVersion, rows}). Stateless and thread-safe; output is deterministic.
 */
public final class QueryResults {
  /** The coverage columns, one row per group value; immutable. */
  public static final List<String> COVERAGE_COLUMNS = ImmutableList.of("group", "value", "covered", "partial",
      "not_covered", "not_applicable", "covered_pct", "partial_pct", "graded_pct");
  /**
   * The gap columns, one row per gap; {@code designation} is the requirement's value of the
   * target framework's discretionary attribute ({@link Decisions#discretionaryAttribute}, HIPAA:
   * {@code designation}), empty when the framework declares none; immutable.
   */
  public static final List<String> GAP_COLUMNS = ImmutableList.of("requirement", "title", "verdict", "score",
      "reason", "designation", "detail", "adds");
  private static final Set<String> COVERAGE_NUMBERS = Set.of("covered", "partial", "not_covered", "not_applicable",
      "covered_pct", "partial_pct", "graded_pct");

  private QueryResults() {}

  /**
   * The coverage rows: {@code all}, then the totals by each grouping attribute in the order given
   * (for example the target framework's {@code groupBy} attributes followed by its discretionary
   * attribute, {@link Decisions#discretionaryAttribute}, as the command line does).
   */
  public static List<List<String>> coverageRows(CoverageReport report, List<String> groupAttributes) {
    requireNonNull(report, "report");
    List<List<String>> rows = new ArrayList<>();
    rows.add(totals("all", "all", report.totals()));
    for (String attribute : groupAttributes) {
      report.byGroup(attribute).forEach((k, v) -> rows.add(totals(attribute, k, v)));
    }
    return rows;
  }

  private static List<String> totals(String group, String value, Totals t) {
    return List.of(group, value, String.valueOf(t.covered()), String.valueOf(t.partial()),
        String.valueOf(t.notCovered()), String.valueOf(t.notApplicable()), pct(t.percent(Verdict.COVERED)),
        pct(t.percent(Verdict.PARTIAL)), pct(t.gradedPercent()));
  }

  /**
   * The gap rows; {@code adds} is the crosswalk's addition of the requirement toward
   * {@code sourceFramework}, if any.
   */
  public static List<List<String>> gapRows(GapReport report, Crosswalk crosswalk, String sourceFramework) {
    requireNonNull(report, "report");
    List<List<String>> rows = new ArrayList<>();
    for (Gap g : report.gaps()) {
      Requirement r = g.coverage().requirement();
      String detail = g.recordedReasons().isEmpty()
          ? String.join(" ", g.coverage().counted().stream().map(e -> e.mapping().source().toString()).distinct()
              .toList())
          : String.join(" ", g.recordedReasons());
      rows.add(List.of(g.id().toString(), r.title(), g.verdict().name(),
          String.format(Locale.ROOT, "%.2f", g.coverage().score()), g.reason().name(),
          designation(crosswalk, r).orElse(""), detail,
          crosswalk.addition(g.id(), sourceFramework).map(Addition::statement).orElse("")));
    }
    return rows;
  }

  private static Optional<String> designation(Crosswalk crosswalk, Requirement r) {
    return Decisions.discretionaryAttribute(crosswalk, r.id().framework()).flatMap(r::attribute);
  }

  /** Coverage as CSV ({@link #COVERAGE_COLUMNS}). */
  public static String coverageCsv(CoverageReport report, List<String> groupAttributes) {
    return CsvExporter.table(COVERAGE_COLUMNS, coverageRows(report, groupAttributes));
  }

  /** Coverage as a JSON envelope with typed rows. */
  public static String coverageJson(CoverageReport report, List<String> groupAttributes, String dataVersion) {
    return envelope(report.targetFramework(), report.source(), report.scope(), dataVersion, COVERAGE_COLUMNS,
        COVERAGE_NUMBERS, coverageRows(report, groupAttributes));
  }

  /** Gaps as CSV ({@link #GAP_COLUMNS}). */
  public static String gapsCsv(GapReport report, Crosswalk crosswalk, String sourceFramework) {
    return CsvExporter.table(GAP_COLUMNS, gapRows(report, crosswalk, sourceFramework));
  }

  /**
   * Gaps as a JSON envelope whose rows are typed objects: {@code requirement, title, verdict,
   * score, reason, designation} (null when none), {@code sources} (the source ends that count, as
   * arrays of references), {@code recordedReasons} (the no-counterpart reasons) and {@code adds}
   * (null when the data records none).
   */
  public static String gapsJson(GapReport report, Crosswalk crosswalk, String sourceFramework, String dataVersion) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("target", report.targetFramework());
      g.writeStringField("source", report.source());
      writeScope(g, report.scope());
      g.writeStringField("dataVersion", dataVersion);
      g.writeArrayFieldStart("rows");
      for (Gap gap : report.gaps()) {
        Requirement r = gap.coverage().requirement();
        g.writeStartObject();
        g.writeStringField("requirement", gap.id().toString());
        g.writeStringField("title", r.title());
        g.writeStringField("verdict", gap.verdict().name());
        g.writeNumberField("score", round(gap.coverage().score()));
        g.writeStringField("reason", gap.reason().name());
        g.writeStringField("designation", designation(crosswalk, r).orElse(null));
        g.writeArrayFieldStart("sources");
        for (var end : gap.coverage().counted().stream().map(e -> e.mapping().source()).distinct().toList()) {
          refs(g, null, end.members());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("recordedReasons");
        for (String reason : gap.recordedReasons()) {
          g.writeString(reason);
        }
        g.writeEndArray();
        g.writeStringField("adds", crosswalk.addition(gap.id(), sourceFramework).map(Addition::statement).orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /**
   * One explanation as a JSON object: the verdict and score, every piece of evidence (ends as
   * arrays of references, citations with locators), the decision, the no-counterpart records, the
   * children and, when given, what the target adds.
   */
  public static String explanationJson(Explanation e, Optional<Addition> adds, String dataVersion) {
    return json(g -> {
      RequirementCoverage c = e.coverage();
      g.writeStartObject();
      g.writeStringField("dataVersion", dataVersion);
      g.writeStringField("source", e.source());
      g.writeStringField("requirement", c.id().toString());
      g.writeStringField("title", c.requirement().title());
      g.writeBooleanField("inScope", c.inScope());
      g.writeStringField("verdict", c.verdict().name());
      g.writeStringField("ownVerdict", c.direct().name());
      g.writeNumberField("score", round(c.score()));
      g.writeNumberField("ownScore", round(c.directScore()));
      if (c.decision().isPresent()) {
        g.writeObjectFieldStart("decision");
        g.writeStringField("decision", c.decision().get().kind().id());
        if (c.decision().get().text().isPresent()) {
          g.writeStringField("text", c.decision().get().text().get());
        }
        g.writeEndObject();
      }
      g.writeArrayFieldStart("evidence");
      for (Evidence ev : c.evidence()) {
        Mapping m = ev.mapping();
        g.writeStartObject();
        refs(g, "source", m.source().members());
        refs(g, "target", m.target().members());
        g.writeStringField("relationship", m.relationship().name());
        g.writeStringField("contribution", ev.contribution().name());
        g.writeStringField("limit", ev.limit().name());
        refs(g, "missing", ev.missing());
        g.writeNumberField("strength", m.strength());
        g.writeStringField("rationale", m.rationale().name());
        g.writeStringField("justification", m.justification());
        citations(g, m.citations());
        refs(g, "derivedVia", m.derivedVia());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("noCounterparts");
      for (NoCounterpart n : c.noCounterparts()) {
        g.writeStartObject();
        g.writeStringField("framework", n.framework());
        g.writeStringField("reason", n.reason());
        citations(g, n.citations());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("children");
      for (RequirementCoverage child : e.children()) {
        g.writeStartObject();
        g.writeStringField("requirement", child.id().toString());
        g.writeStringField("verdict", child.verdict().name());
        g.writeNumberField("score", round(child.score()));
        g.writeEndObject();
      }
      g.writeEndArray();
      if (adds.isPresent()) {
        g.writeObjectFieldStart("adds");
        g.writeStringField("statement", adds.get().statement());
        citations(g, adds.get().citations());
        g.writeEndObject();
      }
      g.writeEndObject();
    });
  }

  /**
   * A plan as one JSON object with typed values: {@code target, source, scope, catalog, start}
   * (totals), {@code steps} (each with {@code step, control, title, gain, newlyCovered, improved,
   * after}), {@code remaining} (each with {@code requirement, title, verdict, score,
   * addressedByCatalog}) and {@code unaddressed}.
   */
  public static String planJson(Plan plan) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("target", plan.targetFramework());
      g.writeStringField("source", plan.source());
      writeScope(g, plan.scope());
      g.writeStringField("catalog", plan.catalog());
      g.writeFieldName("start");
      planTotals(g, plan.start());
      g.writeArrayFieldStart("steps");
      for (PlanStep s : plan.steps()) {
        g.writeStartObject();
        g.writeNumberField("step", s.number());
        g.writeStringField("control", s.control().id().toString());
        g.writeStringField("title", s.control().title());
        g.writeNumberField("gain", round(s.gain(), 1000));
        refs(g, "newlyCovered", s.newlyCovered());
        refs(g, "improved", s.improved());
        g.writeFieldName("after");
        planTotals(g, s.after());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("remaining");
      for (RequirementCoverage c : plan.remaining()) {
        g.writeStartObject();
        g.writeStringField("requirement", c.id().toString());
        g.writeStringField("title", c.requirement().title());
        g.writeStringField("verdict", c.verdict().name());
        g.writeNumberField("score", round(c.score(), 10000));
        g.writeBooleanField("addressedByCatalog", !plan.unaddressed().contains(c.id()));
        g.writeEndObject();
      }
      g.writeEndArray();
      refs(g, "unaddressed", plan.unaddressed());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().replace("\r\n", "\n") + "\n";
  }

  private static void planTotals(JsonGenerator g, Totals t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("applicable", t.applicable());
    g.writeNumberField("covered", t.covered());
    g.writeNumberField("partial", t.partial());
    g.writeNumberField("notCovered", t.notCovered());
    g.writeNumberField("coveredPct", round(t.percent(Verdict.COVERED), 10));
    g.writeNumberField("gradedPct", round(t.gradedPercent(), 10));
    g.writeEndObject();
  }

  /** Rounded to 1/scale, so the JSON is stable across platforms and readable. */
  private static double round(double value, int scale) {
    return Math.round(value * scale) / (double) scale;
  }

  /** Writes {@code "scope": {framework: {attribute: [values]}}}. */
  private static void writeScope(JsonGenerator g, Scope scope) throws IOException {
    g.writeObjectFieldStart("scope");
    for (var framework : scope.constraints().entrySet()) {
      g.writeObjectFieldStart(framework.getKey());
      for (var attribute : framework.getValue().entrySet()) {
        g.writeArrayFieldStart(attribute.getKey());
        for (String v : attribute.getValue()) {
          g.writeString(v);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Rows as a JSON envelope {@code {target, source, scope, dataVersion, rows}}; the columns in
   * {@code numbers} are written as numbers (an empty cell as null).
   */
  public static String envelope(String target, String source, Scope scope, String dataVersion, List<String> columns,
      Set<String> numbers, List<? extends List<String>> rows) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("target", target);
      g.writeStringField("source", source);
      writeScope(g, scope);
      g.writeStringField("dataVersion", dataVersion);
      g.writeFieldName("rows");
      writeRows(g, columns, numbers, rows);
      g.writeEndObject();
    });
  }

  /** Rows as a JSON array of objects; the columns in {@code numbers} as numbers, an empty cell as null. */
  public static String rowsJson(List<String> columns, Set<String> numbers, List<? extends List<String>> rows) {
    return json(g -> writeRows(g, columns, numbers, rows));
  }

  /**
   * A listing as {@code {dataVersion, rows: [...]}}, so a program can tell which data it
   * describes; the columns in {@code numbers} as numbers.
   */
  public static String listingJson(String dataVersion, List<String> columns, Set<String> numbers,
      List<? extends List<String>> rows) {
    return json(g -> {
      g.writeStartObject();
      g.writeStringField("dataVersion", dataVersion);
      g.writeFieldName("rows");
      writeRows(g, columns, numbers, rows);
      g.writeEndObject();
    });
  }

  private static void writeRows(JsonGenerator g, List<String> columns, Set<String> numbers,
      List<? extends List<String>> rows) throws IOException {
    g.writeStartArray();
    for (List<String> row : rows) {
      g.writeStartObject();
      for (int i = 0; i < row.size(); i++) {
        String column = columns.get(i);
        if (numbers.contains(column)) {
          g.writeFieldName(column);
          if (row.get(i).isEmpty()) {
            g.writeNull();
          } else {
            g.writeNumber(new java.math.BigDecimal(row.get(i)).toPlainString());
          }
        } else {
          g.writeStringField(column, row.get(i));
        }
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** What writes one JSON document. */
  @FunctionalInterface
  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(JsonBody body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString().replace("\r\n", "\n") + "\n";
  }

  /** An array of references, as the value of {@code field}, or as an array element when field is null. */
  private static void refs(JsonGenerator g, String field, Collection<ElementRef> refs) throws IOException {
    if (field == null) {
      g.writeStartArray();
    } else {
      g.writeArrayFieldStart(field);
    }
    for (ElementRef r : refs) {
      g.writeString(r.toString());
    }
    g.writeEndArray();
  }

  private static void citations(JsonGenerator g, Collection<Citation> citations) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Citation c : citations) {
      g.writeStartObject();
      g.writeStringField("id", c.source());
      if (c.locator().isPresent()) {
        g.writeStringField("locator", c.locator().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String pct(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Rounded to 1e-4, so the JSON is stable and readable. */
  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
