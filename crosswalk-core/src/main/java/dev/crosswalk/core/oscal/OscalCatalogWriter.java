package dev.crosswalk.core.oscal;

import dev.crosswalk.core.internal.OutputFiles;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Requirement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one framework of a crosswalk as an OSCAL catalog in JSON (see {@code docs/oscal.md}).
 *
 * <p>Requirements become OSCAL controls, nested as in the framework's hierarchy; a requirement that
 * is not assessable, has children, sits at the top or under groups only, is not the end of any
 * mapping, and (under a group) has only siblings that could be groups too becomes an OSCAL group
 * instead, so that a group holds either controls or groups, as OSCAL 1.2 requires. A framework's {@link Control}s become top-level controls.
 * Each element keeps its exact ref in the {@code label} prop and gets the OSCAL id
 * {@link OscalIds#of(String)}; kind, assessability, aliases and extensions are props in the
 * namespace {@code https://crosswalk.dev/ns/oscal}, attributes are props named by their key in
 * {@code https://crosswalk.dev/ns/oscal/attribute} (the framework's own as metadata props), and the text is the prose of a
 * {@code statement} part. {@link OscalCatalogReader} reads the catalog back into the same
 * framework, requirements and controls.
 *
 * <p>Deterministic: UUIDs are name-based ({@link OscalIds#uuid(String)}), {@code last-modified} is
 * the latest ISO date in the framework's edition (else {@code 1970-01-01T00:00:00Z}), elements are
 * in ref order; UTF-8, two-space indentation, {@code \n} line ends and a final newline. Stateless
 * and thread-safe.
 */
public final class OscalCatalogWriter {
  private OscalCatalogWriter() {}

  /** A writer. */
  public static OscalCatalogWriter create() {
    return new OscalCatalogWriter();
  }

  /**
   * The catalog of one framework as UTF-8 bytes.
   *
   * @throws dev.crosswalk.core.UnknownElementException if the crosswalk has no such framework
   * @throws CrosswalkDataException if a text holds an unpaired surrogate, which UTF-8 cannot hold
   */
  public byte[] toBytes(Crosswalk crosswalk, String frameworkId) {
    return OutputFiles.utf8(toJson(crosswalk, frameworkId), "the OSCAL catalog of '" + frameworkId + "'");
  }

  /**
   * The catalog of one framework as a string.
   *
   * @throws dev.crosswalk.core.UnknownElementException if the crosswalk has no such framework
   */
  public String toJson(Crosswalk crosswalk, String frameworkId) {
    requireNonNull(crosswalk, "crosswalk");
    Framework framework = crosswalk.requireFramework(requireNonNull(frameworkId, "frameworkId"));
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Oscal.generator(out)) {
      new Document(crosswalk, framework).write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /**
   * Writes the catalog of one framework to a file, replacing it.
   *
   * @throws CrosswalkDataException if the file cannot be written or a text is not valid Unicode
   */
  public void write(Crosswalk crosswalk, String frameworkId, Path file) {
    byte[] bytes = toBytes(crosswalk, frameworkId);
    OutputFiles.write(file, bytes);
  }

  /** The name of the file {@link OscalExporter} writes a framework's catalog to. */
  public static String fileName(String frameworkId) {
    return Oscal.catalogFileName(requireNonNull(frameworkId, "frameworkId"));
  }

  /** One catalog being written. */
  private static final class Document {
    private final Crosswalk crosswalk;
    private final Framework framework;
    private final Set<ElementRef> mapped = new HashSet<>();
    private final Map<ElementRef, Boolean> groups = new HashMap<>();

    Document(Crosswalk crosswalk, Framework framework) {
      this.crosswalk = crosswalk;
      this.framework = framework;
      for (Mapping m : crosswalk.mappings()) {
        mapped.addAll(m.source().members());
        mapped.addAll(m.target().members());
      }
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeObjectFieldStart("catalog");
      g.writeStringField("uuid", OscalIds.uuid("catalog/" + framework.id() + "/" + framework.edition()).toString());
      metadata(g);
      List<Requirement> roots = crosswalk.requirements(framework.id()).stream()
          .filter(r -> r.parent().isEmpty()).toList();
      List<Object> topControls = new ArrayList<>();
      List<Requirement> topGroups = new ArrayList<>();
      for (Requirement r : roots) {
        if (isGroup(r)) {
          topGroups.add(r);
        } else {
          topControls.add(r);
        }
      }
      topControls.addAll(crosswalk.controls(framework.id()));
      topControls.sort(Comparator.comparing(OscalCatalogWriter::refOf));
      array(g, "controls", topControls, (out, item) -> {
        if (item instanceof Requirement r) {
          control(out, r);
        } else {
          control(out, (Control) item);
        }
      });
      array(g, "groups", topGroups, this::group);
      backMatter(g);
      g.writeEndObject();
      g.writeEndObject();
    }

    private void metadata(JsonGenerator g) throws IOException {
      g.writeObjectFieldStart("metadata");
      g.writeStringField("title", Oscal.toMarkdown(framework.name()));
      g.writeStringField("last-modified", Oscal.dateTime(
          Oscal.latestDate(List.of(framework.edition())).orElse(Oscal.FALLBACK_DATE)));
      g.writeStringField("version", framework.edition());
      g.writeStringField("oscal-version", Oscal.OSCAL_VERSION);
      g.writeArrayFieldStart("props");
      prop(g, Oscal.FRAMEWORK_ID, Oscal.NS, framework.id());
      prop(g, Oscal.FRAMEWORK_KIND, Oscal.NS, framework.kind().name());
      if (framework.license().isPresent()) {
        prop(g, Oscal.LICENSE, Oscal.NS, framework.license().get());
      }
      attributeProps(g, framework.attributes());
      extensionsProp(g, framework.extensions());
      g.writeEndArray();
      if (Oscal.webLink(framework.sourceUrl()).isPresent()) {
        g.writeArrayFieldStart("links");
        g.writeStartObject();
        g.writeStringField("href", "#" + sourceUrlResource());
        g.writeStringField("rel", "canonical");
        g.writeEndObject();
        g.writeEndArray();
      }
      String party = OscalIds.uuid("party/" + framework.publisher()).toString();
      g.writeArrayFieldStart("roles");
      g.writeStartObject();
      g.writeStringField("id", Oscal.PUBLISHER_ROLE);
      g.writeStringField("title", "Publisher");
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("parties");
      g.writeStartObject();
      g.writeStringField("uuid", party);
      g.writeStringField("type", "organization");
      g.writeStringField("name", framework.publisher());
      g.writeEndObject();
      g.writeEndArray();
      g.writeArrayFieldStart("responsible-parties");
      g.writeStartObject();
      g.writeStringField("role-id", Oscal.PUBLISHER_ROLE);
      g.writeArrayFieldStart("party-uuids");
      g.writeString(party);
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }

    private String sourceUrlResource() {
      return OscalIds.uuid("resource/source-url/" + framework.id()).toString();
    }

    private void backMatter(JsonGenerator g) throws IOException {
      Optional<String> url = Oscal.webLink(framework.sourceUrl());
      if (url.isEmpty()) {
        return;
      }
      g.writeObjectFieldStart("back-matter");
      g.writeArrayFieldStart("resources");
      g.writeStartObject();
      g.writeStringField("uuid", sourceUrlResource());
      g.writeStringField("title", Oscal.toMarkdown(framework.name()));
      g.writeArrayFieldStart("rlinks");
      g.writeStartObject();
      g.writeStringField("href", url.get());
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }

    /** True when the requirement is written as an OSCAL group (see the class comment). */
    private boolean isGroup(Requirement r) {
      Boolean known = groups.get(r.id());
      if (known != null) {
        return known;
      }
      // OSCAL 1.2 lets a group hold controls or groups, never both: under a parent group, a
      // requirement is a group only when every sibling can be one too.
      boolean group = canBeGroup(r)
          && r.parent().map(p -> crosswalk.requirement(p).orElseThrow()).map(p -> isGroup(p)
              && crosswalk.children(p.id()).stream().allMatch(this::canBeGroup)).orElse(true);
      groups.put(r.id(), group);
      return group;
    }

    /** Not assessable, has children and is no mapping's end: what a group needs of itself. */
    private boolean canBeGroup(Requirement r) {
      return !r.assessable() && !crosswalk.children(r.id()).isEmpty() && !mapped.contains(r.id());
    }

    private void group(JsonGenerator g, Requirement r) throws IOException {
      g.writeStartObject();
      String id = OscalIds.of(r.id().ref());
      g.writeStringField("id", id);
      g.writeStringField("title", Oscal.toMarkdown(r.title()));
      requirementProps(g, r);
      statement(g, id, r.text());
      List<Requirement> subGroups = new ArrayList<>();
      List<Requirement> controls = new ArrayList<>();
      for (Requirement child : crosswalk.children(r.id())) {
        (isGroup(child) ? subGroups : controls).add(child);
      }
      array(g, "controls", controls, this::control);
      array(g, "groups", subGroups, this::group);
      g.writeEndObject();
    }

    /** Writes one item of an array. */
    @FunctionalInterface
    private interface ItemWriter<T> {
      void write(JsonGenerator g, T item) throws IOException;
    }

    /** The array member {@code name} of the items, each written by {@code writer}; left out when empty. */
    private <T> void array(JsonGenerator g, String name, List<T> items, ItemWriter<T> writer) throws IOException {
      if (items.isEmpty()) {
        return;
      }
      g.writeArrayFieldStart(name);
      for (T item : items) {
        writer.write(g, item);
      }
      g.writeEndArray();
    }

    private void control(JsonGenerator g, Requirement r) throws IOException {
      g.writeStartObject();
      String id = OscalIds.of(r.id().ref());
      g.writeStringField("id", id);
      g.writeStringField("title", Oscal.toMarkdown(r.title()));
      requirementProps(g, r);
      statement(g, id, r.text());
      array(g, "controls", crosswalk.children(r.id()), this::control);
      g.writeEndObject();
    }

    private void control(JsonGenerator g, Control c) throws IOException {
      g.writeStartObject();
      String id = OscalIds.of(c.id().ref());
      g.writeStringField("id", id);
      g.writeStringField("title", Oscal.toMarkdown(c.title()));
      g.writeArrayFieldStart("props");
      prop(g, "label", null, c.id().ref());
      prop(g, Oscal.ELEMENT, Oscal.NS, "control");
      attributeProps(g, c.attributes());
      extensionsProp(g, c.extensions());
      g.writeEndArray();
      statement(g, id, c.description());
      g.writeEndObject();
    }

    private void requirementProps(JsonGenerator g, Requirement r) throws IOException {
      g.writeArrayFieldStart("props");
      prop(g, "label", null, r.id().ref());
      prop(g, Oscal.KIND, Oscal.NS, r.kind());
      prop(g, Oscal.ASSESSABLE, Oscal.NS, Boolean.toString(r.assessable()));
      for (String alias : r.aliases()) {
        prop(g, Oscal.ALIAS, Oscal.NS, alias);
      }
      attributeProps(g, r.attributes());
      extensionsProp(g, r.extensions());
      g.writeEndArray();
    }

    private void attributeProps(JsonGenerator g, Map<String, String> attributes) throws IOException {
      for (Map.Entry<String, String> e : attributes.entrySet()) {
        prop(g, e.getKey(), Oscal.ATTRIBUTE_NS, e.getValue());
      }
    }

    private void extensionsProp(JsonGenerator g, Extensions extensions) throws IOException {
      if (!extensions.isEmpty()) {
        String canonical;
        try {
          canonical = JsonValues.canonical(extensions);
        } catch (IOException e) {
          throw new CrosswalkDataException("the extensions of framework '" + framework.id() + "' or one of its"
              + " elements are not well-formed JSON: " + extensions.json(), e);
        }
        prop(g, Oscal.EXTENSIONS, Oscal.NS, canonical);
      }
    }

    private void statement(JsonGenerator g, String id, String text) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      g.writeArrayFieldStart("parts");
      g.writeStartObject();
      g.writeStringField("id", id + "_smt");
      g.writeStringField("name", "statement");
      g.writeStringField("prose", Oscal.toMarkdown(text));
      g.writeEndObject();
      g.writeEndArray();
    }
  }

  private static ElementRef refOf(Object item) {
    return item instanceof Requirement r ? r.id() : ((Control) item).id();
  }

  /** Writes one prop; {@code ns} null for OSCAL's own namespace. */
  static void prop(JsonGenerator g, String name, String ns, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    if (ns != null) {
      g.writeStringField("ns", ns);
    }
    g.writeStringField("value", value);
    g.writeEndObject();
  }
}
