package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a crosswalk as JSON Lines: one JSON object per line, each with a {@code type} member
 * ({@code framework}, {@code source}, {@code requirement}, {@code control}, {@code mapping} or
 * {@code noCounterpart}) followed by the members the canonical format gives that item.
 *
 * <p>Lossless ({@link JsonLinesReader} reads it back into an equal crosswalk) and deterministic:
 * frameworks, sources, requirements, controls, mappings, then no-counterparts, each in the
 * canonical order; members in the canonical order; UTF-8, no insignificant white space, {@code \n}
 * after every line. Stateless and thread-safe.
 */
public final class JsonLinesExporter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonLinesExporter() {}

  /** An exporter. */
  public static JsonLinesExporter create() {
    return new JsonLinesExporter();
  }

  /** The lines as UTF-8 bytes. */
  public byte[] toBytes(Crosswalk crosswalk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(crosswalk, out);
    return out.toByteArray();
  }

  /** The lines as a string. */
  public String toJsonLines(Crosswalk crosswalk) {
    return new String(toBytes(crosswalk), StandardCharsets.UTF_8);
  }

  /**
   * Writes the lines to a file, replacing it.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public void write(Crosswalk crosswalk, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(crosswalk, out);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write " + file + ": " + e, e);
    }
  }

  /**
   * Writes the lines to a stream, which is flushed but not closed.
   *
   * @throws CrosswalkDataException if an element's extensions are not well-formed JSON
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Crosswalk crosswalk, OutputStream out) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      // No root value separator: each line is written and ended explicitly.
      g.setRootValueSeparator(null);
      lines(g, "framework", crosswalk.frameworks().values(), JsonLinesExporter::framework);
      lines(g, "source", crosswalk.sources().values(), JsonLinesExporter::source);
      lines(g, "requirement", crosswalk.requirements().values(), JsonLinesExporter::requirement);
      lines(g, "control", crosswalk.controls().values(), JsonLinesExporter::control);
      lines(g, "mapping", crosswalk.mappings(), JsonLinesExporter::mapping);
      lines(g, "noCounterpart", crosswalk.noCounterparts(), JsonLinesExporter::noCounterpart);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  private static <T> void lines(JsonGenerator g, String type, Collection<T> items, ItemWriter<T> w)
      throws IOException {
    for (T item : items) {
      g.writeStartObject();
      g.writeStringField("type", type);
      w.write(g, item);
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void framework(JsonGenerator g, Framework f) throws IOException {
    g.writeStringField("id", f.id());
    g.writeStringField("name", f.name());
    g.writeStringField("edition", f.edition());
    g.writeStringField("publisher", f.publisher());
    g.writeStringField("kind", f.kind().name());
    optional(g, "sourceUrl", f.sourceUrl());
    optional(g, "license", f.license());
    extensions(g, f.extensions(), "framework " + f.id());
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    optional(g, "url", s.url());
    optional(g, "publisher", s.publisher());
    optional(g, "date", s.date());
  }

  private static void requirement(JsonGenerator g, Requirement r) throws IOException {
    g.writeStringField("id", r.id().toString());
    g.writeStringField("title", r.title());
    g.writeStringField("kind", r.kind());
    optional(g, "parent", r.parent().map(ElementRef::toString));
    if (!r.text().isEmpty()) {
      g.writeStringField("text", r.text());
    }
    strings(g, "aliases", r.aliases());
    if (!r.assessable()) {
      g.writeBooleanField("assessable", false);
    }
    attributes(g, r.attributes());
    extensions(g, r.extensions(), "requirement " + r.id());
  }

  private static void control(JsonGenerator g, Control c) throws IOException {
    g.writeStringField("id", c.id().toString());
    g.writeStringField("title", c.title());
    g.writeStringField("description", c.description());
    attributes(g, c.attributes());
    extensions(g, c.extensions(), "control " + c.id());
  }

  private static void mapping(JsonGenerator g, Mapping m) throws IOException {
    g.writeStringField("source", m.source().toString());
    g.writeStringField("target", m.target().toString());
    g.writeStringField("relationship", m.relationship().name());
    g.writeStringField("rationale", m.rationale().name());
    g.writeNumberField("strength", m.strength());
    g.writeStringField("justification", m.justification());
    strings(g, "sources", m.sources());
    strings(g, "derivedVia", m.derivedVia().stream().map(ElementRef::toString).toList());
  }

  private static void noCounterpart(JsonGenerator g, NoCounterpart n) throws IOException {
    g.writeStringField("element", n.element().toString());
    g.writeStringField("framework", n.framework());
    g.writeStringField("reason", n.reason());
    strings(g, "sources", n.sources());
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, Collection<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void attributes(JsonGenerator g, Map<String, String> attributes) throws IOException {
    if (attributes.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("attributes");
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void extensions(JsonGenerator g, Extensions extensions, String owner) throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    String canonical;
    try {
      // Re-canonicalised so that the object stays on one line whatever it was built from.
      canonical = JsonTree.canonical(extensions);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot export the extensions of " + owner + ": they are not well-formed JSON: "
          + e.getMessage(), e);
    }
    g.writeFieldName("extensions");
    g.writeRawValue(canonical);
  }

  /** Lets the generator flush without closing the caller's stream. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
