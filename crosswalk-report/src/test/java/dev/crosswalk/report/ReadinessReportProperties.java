package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.export.JsonLinesExporter;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.Plan;
import dev.crosswalk.core.query.Queries;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No text from the data reaches the page unescaped, in any position a user controls: titles,
 * references, framework names and short names, attribute values the page groups by, mapping
 * justifications, no-counterpart reasons, additions and their citations, decisions, control
 * titles in the plan, and the page title.
 *
 * <p>The check needs no HTML parser. Every text is a marker {@code §X§} (X names the position)
 * followed by random text over {@code < > & " ' z é}. Reading the page from the end of a marker,
 * character references decode back to the text; a raw {@code <}, {@code &} or quote ends the
 * run. So the decoded run starts with the whole text exactly when the text was escaped, wherever
 * the marker appears. Each marker must appear, so no position passes by being left out.
 */
class ReadinessReportProperties {
  /** The characters random texts are made of: every one HTML gives a meaning to, and two it does not. */
  private static final String ALPHABET = "<>&\"'zé";

  /** What each escaped character looks like on the page. */
  private static final Map<String, Character> REFERENCES = Map.of(
      "&lt;", '<', "&gt;", '>', "&amp;", '&', "&quot;", '"', "&#39;", '\'', "z", 'z', "é", 'é');

  /** The random part of each user text, by position. */
  record Texts(Map<String, String> byPosition) {
    String text(String position) {
      return "§" + position + "§" + byPosition.get(position);
    }
  }

  /** The positions: one letter each, so the markers are distinct. */
  private static final List<String> POSITIONS = List.of(
      "T", // the page title
      "N", // the target framework's name
      "H", // the target's short name
      "S", // the source's short name
      "R", // a target section's ref
      "Q", // a target standard's ref
      "P", // another standard's ref (a gap with an addition)
      "A", // a target title
      "B", // another target title
      "G", // the target's grouping attribute value
      "D", // the discretionary attribute value
      "U", // a source series' ref
      "V", // a source criterion's ref
      "W", // a source title
      "C", // the source's category value (heatmap column groups, in its valueOrder)
      "J", // a mapping's justification
      "K", // a no-counterpart reason
      "E", // an addition's statement
      "L", // a citation's locator
      "M", // a decision's text
      "X", // a control's ref (plan)
      "Y"); // a control's title (plan)

  @Provide
  Arbitrary<Texts> texts() {
    Arbitrary<String> random = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(24);
    return random.list().ofSize(POSITIONS.size()).map(list -> {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < POSITIONS.size(); i++) {
        m.put(POSITIONS.get(i), list.get(i));
      }
      return new Texts(m);
    });
  }

  /** A target {@code t}, a source {@code u} and a catalog {@code c} carrying every text. */
  static Crosswalk crosswalk(Texts t) {
    TreeMap<String, String> targetAttributes = new TreeMap<>(Map.of(
        Framework.SHORT_NAME, t.text("H"), Framework.GROUP_BY, "grp",
        Framework.DISCRETIONARY, "designation=" + t.text("D")));
    TreeMap<String, String> sourceAttributes = new TreeMap<>(Map.of(
        Framework.SHORT_NAME, t.text("S"), Framework.GROUP_BY, "category",
        Framework.VALUE_ORDER, "category=" + t.text("C")));
    String section = "t:" + t.text("R");
    String standard = "t:" + t.text("Q");
    String other = "t:" + t.text("P");
    String series = "u:" + t.text("U");
    String criterion = "u:" + t.text("V");
    String control = "c:" + t.text("X");
    return Crosswalk.builder()
        .addSource(Source.of("s", "source"))
        .addFramework(new Framework("t", t.text("N"), "1", "tests", FrameworkKind.REGULATION, Optional.empty(),
            Optional.empty(), com.google.common.collect.ImmutableSortedMap.copyOf(targetAttributes), Extensions.EMPTY))
        .addFramework(new Framework("u", "Source", "1", "tests", FrameworkKind.STANDARD, Optional.empty(),
            Optional.empty(), com.google.common.collect.ImmutableSortedMap.copyOf(sourceAttributes), Extensions.EMPTY))
        .addFramework(Framework.of("c", "Catalog", "1", "tests", FrameworkKind.CONTROL_CATALOG))
        .addRequirement(Requirement.builder(section, t.text("A")).kind("section").assessable(false)
            .attribute("grp", t.text("G")).build())
        .addRequirement(Requirement.builder(standard, t.text("B")).kind("standard").parent(t.text("R"))
            .attribute("designation", t.text("D")).build())
        .addRequirement(Requirement.builder(other, "other").kind("standard").parent(t.text("R")).build())
        .addRequirement(Requirement.builder(series, t.text("W")).kind("series").assessable(false)
            .attribute("category", t.text("C")).build())
        .addRequirement(Requirement.builder(criterion, "criterion").kind("criterion").parent(t.text("U")).build())
        .addControl(Control.of(control, t.text("Y"), "does it", Map.of()))
        .addMapping(Mapping.curated(criterion, standard, Relationship.INTERSECTS_WITH, Rationale.SEMANTIC, 5,
            t.text("J"), List.of("s")))
        .addMapping(Mapping.curated(control, other, Relationship.EQUAL, Rationale.SEMANTIC, 8, "j", List.of("s")))
        .addNoCounterpart(NoCounterpart.of(ElementRef.parse(other), "u", t.text("K"), List.of("s")))
        .addAddition(new Addition(ElementRef.parse(other), "u", t.text("E"),
            com.google.common.collect.ImmutableSortedSet.of(Citation.of("s", t.text("L")))))
        .build();
  }

  @Property(tries = 150)
  void noUserTextReachesThePageUnescaped(@ForAll("texts") Texts t) {
    Crosswalk cw = crosswalk(t);
    ElementRef standard = ElementRef.parse("t:" + t.text("Q"));
    CoverageReport report = Queries.on(cw).coverage().of("t").by("u")
        .decisions(Decisions.of(List.of(Decision.alternative(standard, t.text("M"))))).run();
    Plan plan = Queries.on(cw).plan().of("t").by("u").run();
    String html = ReadinessReport.of(cw, report).withTitle(t.text("T")).withPlan(plan).html(); // grouped by "grp", its groupBy
    for (String position : POSITIONS) {
      String marker = "§" + position + "§";
      String text = t.byPosition().get(position);
      int at = html.indexOf(marker);
      assertTrue(at >= 0, "the text at position " + position + " is not on the page");
      for (; at >= 0; at = html.indexOf(marker, at + 1)) {
        String run = decodedRun(html, at + marker.length());
        assertTrue(run.startsWith(text), "position " + position + ": the text " + text + " appears as "
            + html.substring(at, Math.min(html.length(), at + marker.length() + 6 * text.length() + 20)));
      }
    }
  }

  /** Random user text never makes the page larger than the documented bound (docs/limits.md). */
  @Property(tries = 50)
  void thePageStaysWithinTheSizeBound(@ForAll("texts") Texts t) {
    Crosswalk cw = crosswalk(t);
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    JsonLinesExporter.create().write(cw, jsonl);
    long input = Math.min(jsonl.size(), CrosswalkWriter.create().toBytes(cw).length);
    long html = ReadinessReport.of(cw, Queries.on(cw).coverage().of("t").by("u").run()).html()
        .getBytes(StandardCharsets.UTF_8).length;
    long bound = dev.crosswalk.core.testing.HostileCrosswalks.bound(input);
    assertTrue(html <= bound, "the report has " + html + " bytes for an input of " + input + "; bound " + bound);
  }

  /** The text the page shows from {@code from} on, character references decoded, up to the first character that is not one. */
  private static String decodedRun(String html, int from) {
    StringBuilder out = new StringBuilder();
    int i = from;
    next:
    while (i < html.length()) {
      for (Map.Entry<String, Character> e : REFERENCES.entrySet()) {
        if (html.startsWith(e.getKey(), i)) {
          out.append(e.getValue());
          i += e.getKey().length();
          continue next;
        }
      }
      break;
    }
    return out.toString();
  }
}
