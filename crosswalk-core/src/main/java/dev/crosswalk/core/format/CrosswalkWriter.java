package dev.crosswalk.core.format;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
 * Writes a crosswalk as one canonical JSON document (see {@code docs/format.md}).
 *
 * <p>Deterministic: items sorted by id, members in a fixed order, UTF-8, two-space indentation,
 * {@code \n} line ends and a final newline, so the same crosswalk always gives byte-identical
 * output. Stateless and thread-safe.
 */
public final class CrosswalkWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private CrosswalkWriter() {}

  /** A writer of the current {@link FormatVersion}. */
  public static CrosswalkWriter create() {
    return new CrosswalkWriter();
  }

  /** The document as UTF-8 bytes. */
  public byte[] toBytes(Crosswalk crosswalk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(crosswalk, out);
    return out.toByteArray();
  }

  /** The document as a string. */
  public String toJson(Crosswalk crosswalk) {
    return new String(toBytes(crosswalk), StandardCharsets.UTF_8);
  }

  /** Writes the document to a file, replacing it. */
  public void write(Crosswalk crosswalk, Path path) {
    try (OutputStream out = Files.newOutputStream(path)) {
      write(crosswalk, out);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write " + path + ": " + e, e);
    }
  }

  /** Writes the document to a stream, which is flushed but not closed. */
  public void write(Crosswalk crosswalk, OutputStream out) {
    requireNonNull(crosswalk, "crosswalk");
    try (JsonGenerator g = FACTORY.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
      g.setPrettyPrinter(prettyPrinter());
      writeDocument(g, crosswalk);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    return pp;
  }

  private static void writeDocument(JsonGenerator g, Crosswalk c) throws IOException {
    g.writeStartObject();
    g.writeStringField("formatVersion", FormatVersion.CURRENT.toString());
    section(g, "frameworks", c.frameworks().values(), CrosswalkWriter::framework);
    section(g, "sources", c.sources().values(), CrosswalkWriter::source);
    section(g, "requirements", c.requirements().values(), CrosswalkWriter::requirement);
    section(g, "controls", c.controls().values(), CrosswalkWriter::control);
    section(g, "mappings", c.mappings(), CrosswalkWriter::mapping);
    section(g, "noCounterparts", c.noCounterparts(), CrosswalkWriter::noCounterpart);
    g.writeEndObject();
  }

  private interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  private static <T> void section(JsonGenerator g, String name, Collection<T> items, ItemWriter<T> w)
      throws IOException {
    if (items.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (T item : items) {
      g.writeStartObject();
      w.write(g, item);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void framework(JsonGenerator g, Framework f) throws IOException {
    g.writeStringField("id", f.id());
    g.writeStringField("name", f.name());
    g.writeStringField("edition", f.edition());
    g.writeStringField("publisher", f.publisher());
    g.writeStringField("kind", f.kind().name());
    optional(g, "sourceUrl", f.sourceUrl());
    optional(g, "license", f.license());
    extensions(g, f.extensions());
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
    extensions(g, r.extensions());
  }

  private static void control(JsonGenerator g, Control c) throws IOException {
    g.writeStringField("id", c.id().toString());
    g.writeStringField("title", c.title());
    g.writeStringField("description", c.description());
    attributes(g, c.attributes());
    extensions(g, c.extensions());
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

  private static void extensions(JsonGenerator g, Extensions extensions) throws IOException {
    if (!extensions.isEmpty()) {
      g.writeFieldName("extensions");
      g.writeRawValue(extensions.json());
    }
  }

  /** Lets the generator flush without closing the caller's stream. */
  private static final class NonClosing extends java.io.FilterOutputStream {
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
