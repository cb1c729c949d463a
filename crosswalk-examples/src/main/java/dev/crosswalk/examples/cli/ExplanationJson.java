package dev.crosswalk.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.query.Evidence;
import dev.crosswalk.core.query.Explanation;
import dev.crosswalk.core.query.RequirementCoverage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Optional;

/**
 * {@code explain --format json}: one typed JSON object per explanation (numbers as numbers, lists
 * as arrays, every member named), documented in docs/exports.md.
 */
final class ExplanationJson {
  private ExplanationJson() {}

  static String json(Explanation e, Optional<Addition> adds, String dataVersion) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
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
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return w.toString().replace("\r\n", "\n") + "\n";
  }

  private static void refs(JsonGenerator g, String field, Collection<ElementRef> refs) throws IOException {
    g.writeArrayFieldStart(field);
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

  /** Rounded to 1e-4, so the JSON is stable and readable. */
  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
