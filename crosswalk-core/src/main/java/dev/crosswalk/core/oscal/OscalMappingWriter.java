package dev.crosswalk.core.oscal;

import dev.crosswalk.core.internal.OutputFiles;
import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.SafeText;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the mappings from one framework to another as an OSCAL 1.2 mapping collection in JSON
 * (see {@code docs/oscal.md}).
 *
 * <p>Every mapping stored from the source framework to the target framework, as stored (not
 * inverted), becomes one {@code map}: the relationship as OSCAL's token ({@link Relationship#EQUAL}
 * is {@code equal-to}, {@link Relationship#NOT_RELATED} is {@code no-relationship}, the others
 * keep their names), the rationale as the map's {@code matching-rationale}, the strength and the
 * pivots of a derived mapping as props, the justification as {@code remarks}, each provenance
 * source as a link to a back-matter resource. Curated maps are in one {@code mapping} (method
 * {@code human}), derived ones in a second (method {@code automation}). Sources and targets are
 * referred to by the OSCAL ids {@link OscalCatalogWriter} gives them; both catalogs are back-matter
 * resources pointing at the catalog files {@link OscalExporter} writes.
 *
 * <p>Deterministic in the same way as {@link OscalCatalogWriter}: {@code last-modified} is the
 * latest ISO date among the cited sources' dates and both frameworks' editions. Stateless and
 * thread-safe.
 */
public final class OscalMappingWriter {
  private OscalMappingWriter() {}

  /** A writer. */
  public static OscalMappingWriter create() {
    return new OscalMappingWriter();
  }

  /**
   * The mapping collection from one framework to another as UTF-8 bytes.
   *
   * @throws dev.crosswalk.core.UnknownElementException if a framework is not in the crosswalk
   * @throws dev.crosswalk.core.InvalidValueException if no mapping goes from the source to the target framework;
   *     OSCAL needs at least one
   * @throws CrosswalkDataException if a text holds an unpaired surrogate, which UTF-8 cannot hold
   */
  public byte[] toBytes(Crosswalk crosswalk, String sourceFramework, String targetFramework) {
    return OutputFiles.utf8(toJson(crosswalk, sourceFramework, targetFramework),
        "the OSCAL mapping collection " + sourceFramework + " -> " + targetFramework);
  }

  /**
   * The mapping collection from one framework to another as a string.
   *
   * @throws dev.crosswalk.core.UnknownElementException if a framework is not in the crosswalk
   * @throws dev.crosswalk.core.InvalidValueException if no mapping goes from the source to the target framework
   */
  public String toJson(Crosswalk crosswalk, String sourceFramework, String targetFramework) {
    requireNonNull(crosswalk, "crosswalk");
    Framework source = crosswalk.requireFramework(requireNonNull(sourceFramework, "sourceFramework"));
    Framework target = crosswalk.requireFramework(requireNonNull(targetFramework, "targetFramework"));
    List<Mapping> mappings = crosswalk.mappingsBetween(source.id(), target.id());
    check(!mappings.isEmpty(), "no mapping goes from framework '%s' to framework '%s'; an OSCAL"
        + " mapping collection needs at least one", source.id(), target.id());
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Oscal.generator(out)) {
      write(g, crosswalk, source, target, mappings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /**
   * Writes the mapping collection to a file, replacing it.
   *
   * @throws CrosswalkDataException if the file cannot be written or a text is not valid Unicode
   */
  public void write(Crosswalk crosswalk, String sourceFramework, String targetFramework, Path file) {
    byte[] bytes = toBytes(crosswalk, sourceFramework, targetFramework);
    OutputFiles.write(file, bytes);
  }

  /**
   * The name of the file {@link OscalExporter} writes a mapping collection to:
   * {@code oscal-mapping-<source>+<target>.json} (framework ids never hold {@code +}).
   */
  public static String fileName(String sourceFramework, String targetFramework) {
    return Oscal.mappingFileName(requireNonNull(sourceFramework, "sourceFramework"),
        requireNonNull(targetFramework, "targetFramework"));
  }

  private static void write(
      JsonGenerator g, Crosswalk crosswalk, Framework source, Framework target, List<Mapping> mappings)
      throws IOException {
    List<Mapping> curated = mappings.stream().filter(m -> !m.isDerived()).toList();
    List<Mapping> derived = mappings.stream().filter(Mapping::isDerived).toList();
    TreeSet<String> sourceIds = new TreeSet<>();
    mappings.forEach(m -> sourceIds.addAll(m.sources()));
    List<Source> sources = sourceIds.stream().map(id -> crosswalk.sources().get(id)).toList();

    List<String> dates = new ArrayList<>(List.of(source.edition(), target.edition()));
    sources.forEach(s -> s.date().ifPresent(dates::add));
    String pair = source.id() + "/" + target.id();

    g.writeStartObject();
    g.writeObjectFieldStart("mapping-collection");
    g.writeStringField("uuid", OscalIds.uuid("mapping-collection/" + pair + "/" + source.edition() + "/"
        + target.edition()).toString());
    g.writeObjectFieldStart("metadata");
    g.writeStringField("title", Oscal.toMarkdown("Mappings from " + SafeText.mention(source.name()) + " to "
        + SafeText.mention(target.name())));
    g.writeStringField("last-modified", Oscal.dateTime(Oscal.latestDate(dates).orElse(Oscal.FALLBACK_DATE)));
    g.writeStringField("version", "source: " + SafeText.mention(source.edition()) + "; target: "
        + SafeText.mention(target.edition()));
    g.writeStringField("oscal-version", Oscal.OSCAL_VERSION);
    g.writeArrayFieldStart("props");
    OscalCatalogWriter.prop(g, Oscal.SOURCE_FRAMEWORK, Oscal.NS, source.id());
    OscalCatalogWriter.prop(g, Oscal.TARGET_FRAMEWORK, Oscal.NS, target.id());
    g.writeEndArray();
    g.writeEndObject();

    g.writeObjectFieldStart("provenance");
    g.writeStringField("method", curated.isEmpty() ? "automation" : "human");
    g.writeStringField("matching-rationale", Oscal.rationale(mostCommonRationale(mappings)));
    g.writeStringField("status", "complete");
    g.writeStringField("mapping-description", Oscal.toMarkdown("Every mapping the crosswalk holds from framework '"
        + source.id() + "' to framework '" + target.id() + "': " + curated.size() + " curated, "
        + derived.size() + " derived by composition. Each map gives its own matching rationale."));
    g.writeEndObject();

    g.writeArrayFieldStart("mappings");
    if (!curated.isEmpty()) {
      mapping(g, pair + "/curated", "human", source, target, curated);
    }
    if (!derived.isEmpty()) {
      mapping(g, pair + "/derived", "automation", source, target, derived);
    }
    g.writeEndArray();

    g.writeObjectFieldStart("back-matter");
    g.writeArrayFieldStart("resources");
    catalogResource(g, source);
    if (!target.id().equals(source.id())) {
      catalogResource(g, target);
    }
    for (Source s : sources) {
      sourceResource(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static Rationale mostCommonRationale(List<Mapping> mappings) {
    Map<Rationale, Integer> counts = new EnumMap<>(Rationale.class);
    mappings.forEach(m -> counts.merge(m.rationale(), 1, Integer::sum));
    Rationale best = null;
    for (Map.Entry<Rationale, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static void mapping(
      JsonGenerator g, String name, String method, Framework source, Framework target, List<Mapping> maps)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("uuid", OscalIds.uuid("mapping/" + name).toString());
    g.writeStringField("method", method);
    resourceReference(g, "source-resource", source);
    resourceReference(g, "target-resource", target);
    g.writeArrayFieldStart("maps");
    for (Mapping m : maps) {
      map(g, m);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void resourceReference(JsonGenerator g, String field, Framework framework) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("type", "catalog");
    g.writeStringField("href", "#" + catalogResourceUuid(framework.id()));
    g.writeEndObject();
  }

  private static void map(JsonGenerator g, Mapping m) throws IOException {
    g.writeStartObject();
    String key = m.source() + "\n" + m.target()
        + m.derivedVia().stream().map(v -> "\n" + v).collect(Collectors.joining());
    g.writeStringField("uuid", OscalIds.uuid("map/" + key).toString());
    g.writeStringField("matching-rationale", Oscal.rationale(m.rationale()));
    g.writeStringField("relationship", Oscal.relationship(m.relationship()));
    mappingItems(g, "sources", m.source());
    mappingItems(g, "targets", m.target());
    g.writeArrayFieldStart("props");
    OscalCatalogWriter.prop(g, Oscal.STRENGTH, Oscal.NS, Integer.toString(m.strength()));
    for (ElementRef via : m.derivedVia()) {
      OscalCatalogWriter.prop(g, Oscal.DERIVED_VIA, Oscal.NS, via.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    for (Citation c : m.citations()) {
      g.writeStartObject();
      g.writeStringField("href", "#" + sourceResourceUuid(c.source()));
      g.writeStringField("rel", "reference");
      if (c.locator().isPresent()) {
        g.writeStringField("text", Oscal.toMarkdown(c.locator().get()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("remarks", Oscal.toMarkdown(m.justification()));
    g.writeEndObject();
  }

  /** One mapping item per member: OSCAL's several sources (or targets) of one map are a joint end. */
  private static void mappingItems(JsonGenerator g, String field, MappingEnd end) throws IOException {
    g.writeArrayFieldStart(field);
    for (ElementRef element : end.members()) {
      g.writeStartObject();
      g.writeStringField("type", "control");
      g.writeStringField("id-ref", OscalIds.of(element.ref()));
      g.writeArrayFieldStart("props");
      OscalCatalogWriter.prop(g, Oscal.ELEMENT, Oscal.NS, element.toString());
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void catalogResource(JsonGenerator g, Framework f) throws IOException {
    g.writeStartObject();
    g.writeStringField("uuid", catalogResourceUuid(f.id()));
    g.writeStringField("title", Oscal.toMarkdown(SafeText.mention(f.name())));
    g.writeArrayFieldStart("props");
    OscalCatalogWriter.prop(g, Oscal.FRAMEWORK_ID, Oscal.NS, f.id());
    g.writeEndArray();
    g.writeArrayFieldStart("rlinks");
    g.writeStartObject();
    g.writeStringField("href", Oscal.catalogFileName(f.id()));
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The longest source URL a mapping collection links to. A collection repeats the title,
   * publisher and URL of each source its mappings cite, so a source cited from many framework
   * pairs appears once per pair: the title and publisher as mentions ({@link SafeText#mention}),
   * the URL only when at most this long, so the exports stay proportional to their input.
   */
  static final int MAX_URL = 2_048;

  private static void sourceResource(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    g.writeStringField("uuid", sourceResourceUuid(s.id()));
    g.writeStringField("title", Oscal.toMarkdown(SafeText.mention(s.title())));
    g.writeArrayFieldStart("props");
    OscalCatalogWriter.prop(g, Oscal.SOURCE_ID, Oscal.NS, s.id());
    if (s.publisher().isPresent()) {
      OscalCatalogWriter.prop(g, Oscal.PUBLISHER, Oscal.NS, SafeText.mention(s.publisher().get()));
    }
    if (s.date().isPresent()) {
      OscalCatalogWriter.prop(g, Oscal.DATE, Oscal.NS, s.date().get());
    }
    g.writeEndArray();
    Optional<String> url = Oscal.webLink(s.url()).filter(u -> u.length() <= MAX_URL);
    if (url.isPresent()) {
      g.writeArrayFieldStart("rlinks");
      g.writeStartObject();
      g.writeStringField("href", url.get());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The UUID of the back-matter resource that points at a framework's catalog file. */
  static String catalogResourceUuid(String frameworkId) {
    return OscalIds.uuid("resource/catalog/" + frameworkId).toString();
  }

  /** The UUID of the back-matter resource of a provenance source. */
  static String sourceResourceUuid(String sourceId) {
    return OscalIds.uuid("resource/source/" + sourceId).toString();
  }
}
