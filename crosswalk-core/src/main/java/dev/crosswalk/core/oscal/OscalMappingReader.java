package dev.crosswalk.core.oscal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an OSCAL 1.2 mapping collection in JSON back into {@link Mapping}s and the provenance
 * {@link Source}s they cite (see {@code docs/oscal.md}).
 *
 * <p>Reads what {@link OscalMappingWriter} writes, exactly: each {@code map} becomes one mapping,
 * its several {@code sources} (or {@code targets}) a {@linkplain Joint joint end}, its
 * {@code reference} links citations (a link's {@code text} is the locator), and the crosswalk
 * props ({@code strength}, {@code derived-via}, {@code element}) what OSCAL has no member for. A
 * mapping item without an {@code element} prop names the element of the collection's framework
 * whose OSCAL id is its {@code id-ref} ({@link OscalIds#ref(String)}), so collections of other
 * tools that carry a strength prop, remarks and reference links read too.
 *
 * <p>Strict where a value is used (types, required members, known tokens, the strength range,
 * links to back-matter resources that exist) and bounded: the {@link ReadLimits} apply while
 * streaming, {@code maxElements} to the number of maps and mapping items. Members OSCAL allows and
 * crosswalk does not use are skipped. Every fault is a one-line {@link CrosswalkFormatException}
 * naming the source, line:column and JSON pointer. Immutable and thread-safe.
 */
public final class OscalMappingReader {
  private final ReadLimits limits;
  private final JsonFactory factory;

  private OscalMappingReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static OscalMappingReader create() {
    return new OscalMappingReader(ReadLimits.DEFAULT);
  }

  /** A copy of this reader with the given limits. */
  public OscalMappingReader withLimits(ReadLimits limits) {
    return new OscalMappingReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a mapping collection file.
   *
   * @throws CrosswalkFormatException if the file is not a mapping collection crosswalk can read
   * @throws CrosswalkDataException if the file cannot be read
   */
  public OscalMappingCollection read(Path path) {
    return InputFiles.read(path, this::read);
  }

  /**
   * Reads a mapping collection from a stream, which is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws CrosswalkFormatException if the stream is not a mapping collection crosswalk can read
   */
  public OscalMappingCollection read(InputStream in, String sourceName) {
    return parse(in, sourceName).collection();
  }

  /**
   * Reads a mapping collection held in a string.
   *
   * @throws CrosswalkFormatException if the text is not a mapping collection crosswalk can read
   */
  public OscalMappingCollection read(String json, String sourceName) {
    return read(InputFiles.utf8(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName")), sourceName);
  }

  /**
   * Reads a mapping collection file into a builder that holds (or will hold) the frameworks'
   * elements, e.g. from their catalogs.
   *
   * @return what was read
   * @throws CrosswalkFormatException if the file is not a mapping collection crosswalk can read
   * @throws CrosswalkDataException if the file cannot be read
   * @see #readInto(CrosswalkBuilder, InputStream, String)
   */
  public OscalMappingCollection readInto(CrosswalkBuilder builder, Path path) {
    return InputFiles.read(path, (in, name) -> readInto(builder, in, name));
  }

  /**
   * Reads a mapping collection from a stream into a builder: each mapping with its
   * {@link Origin}, and each source the builder does not already hold an equal copy of (so several
   * collections citing one source can be read into one builder). Whether the elements exist is
   * checked by {@link CrosswalkBuilder#build()}. The stream is not closed.
   *
   * @return what was read
   * @throws CrosswalkFormatException if the stream is not a mapping collection crosswalk can read
   */
  public OscalMappingCollection readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    Parse parse = parse(in, sourceName);
    OscalMappingCollection collection = parse.collection();
    Map<String, Source> held = new HashMap<>();
    builder.entries(ItemKind.SOURCE).stream().map(e -> (Source) e.value()).forEach(s -> held.putIfAbsent(s.id(), s));
    for (int i = 0; i < parse.sources.size(); i++) {
      Source s = parse.sources.get(i);
      if (!s.equals(held.get(s.id()))) {
        builder.addSource(s, parse.sourceOrigins.get(i));
      }
    }
    for (Read m : parse.maps) {
      builder.addMapping(m.mapping(), m.origin());
    }
    return collection;
  }

  private Parse parse(InputStream in, String sourceName) {
    return OscalParse.read(factory, limits, in, sourceName, Parse::new, parse -> {
      parse.document();
      parse.resolve();
      return parse;
    });
  }


  /** The relationship an OSCAL token names; {@code equivalent-to} is read as {@code EQUAL}. */
  static Optional<Relationship> relationship(String token) {
    return switch (token) {
      case "equal-to", "equivalent-to" -> Optional.of(Relationship.EQUAL);
      case "subset-of" -> Optional.of(Relationship.SUBSET_OF);
      case "superset-of" -> Optional.of(Relationship.SUPERSET_OF);
      case "intersects-with" -> Optional.of(Relationship.INTERSECTS_WITH);
      case "no-relationship" -> Optional.of(Relationship.NOT_RELATED);
      default -> Optional.empty();
    };
  }

  private record Prop(String name, String ns, String value, Origin origin) {}

  private record Item(String idRef, Optional<String> element, Origin origin) {}

  private record Link(String href, String rel, Optional<String> text, Origin origin) {}

  /** A map as read, resolved into a mapping at the end. */
  private static final class RawMap {
    final Origin origin;
    Optional<String> collectionRationale = Optional.empty();
    Optional<String> rationale = Optional.empty();
    Optional<String> relationship = Optional.empty();
    List<Item> sources;
    List<Item> targets;
    final List<Prop> props = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    Optional<String> remarks = Optional.empty();

    RawMap(Origin origin) {
      this.origin = origin;
    }
  }

  /** A mapping with where its map starts. */
  private record Read(Mapping mapping, Origin origin) {}

  /** A back-matter resource as read. */
  private record Resource(String uuid, Optional<String> title, List<Prop> props, List<String> hrefs, Origin origin) {}

  /** The state of reading one document. */
  private final class Parse extends OscalParse {
    private int elements;
    private Origin collectionOrigin;
    private boolean mappingsSeen;
    private final List<Prop> metadataProps = new ArrayList<>();
    private Optional<String> provenanceRationale = Optional.empty();
    private final List<RawMap> raw = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<String> resourceHrefs = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Origin> sourceOrigins = new ArrayList<>();
    final List<Read> maps = new ArrayList<>();
    private String sourceFramework;
    private String targetFramework;

    Parse(JsonParser p, String source) {
      super(p, source);
    }

    OscalMappingCollection collection() {
      return new OscalMappingCollection(sourceFramework, targetFramework, ImmutableList.copyOf(sources),
          ImmutableList.copyOf(maps.stream().map(Read::mapping).toList()));
    }

    void document() throws IOException {
      collectionOrigin = document("mapping-collection", "an OSCAL mapping collection", this::collection);
    }

    private void collection(JsonToken t) throws IOException {
      expectObject(t, "the mapping collection");
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = next();
        switch (name) {
          case "metadata" -> {
            expectObject(v, "the metadata");
            while (next() == JsonToken.FIELD_NAME) {
              JsonToken m = next();
              if (p.currentName().equals("props")) {
                array(m, "props", () -> metadataProps.add(prop()));
              } else {
                p.skipChildren();
              }
            }
          }
          case "provenance" -> {
            expectObject(v, "the provenance");
            while (next() == JsonToken.FIELD_NAME) {
              JsonToken m = next();
              if (p.currentName().equals("matching-rationale")) {
                provenanceRationale = Optional.of(string(m));
              } else {
                p.skipChildren();
              }
            }
          }
          case "mappings" -> {
            mappingsSeen = true;
            if (v == JsonToken.START_OBJECT) {
              mapping(); // OSCAL also allows one mapping as an object
            } else {
              array(v, "mappings", this::mapping);
            }
          }
          case "back-matter" -> {
            expectObject(v, "the back-matter");
            while (next() == JsonToken.FIELD_NAME) {
              JsonToken m = next();
              if (p.currentName().equals("resources")) {
                array(m, "resources", this::resource);
              } else {
                p.skipChildren();
              }
            }
          }
          default -> p.skipChildren();
        }
      }
    }

    /** Reads one mapping (a set of maps); the current token is its START_OBJECT. */
    private void mapping() throws IOException {
      Optional<String> rationale = Optional.empty();
      List<RawMap> mine = new ArrayList<>();
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = next();
        switch (name) {
          case "matching-rationale" -> rationale = Optional.of(string(v));
          case "source-resource", "target-resource" -> {
            expectObject(v, "'" + name + "'");
            Map<String, String> ref = strings("'" + name + "'", "href");
            if (ref.containsKey("href")) {
              resourceHrefs.add(name + "=" + ref.get("href"));
            }
          }
          case "maps" -> array(v, "maps", () -> mine.add(map()));
          default -> p.skipChildren();
        }
      }
      // The mapping's matching-rationale, wherever it stands, applies to maps without their own.
      for (RawMap m : mine) {
        m.collectionRationale = rationale;
        raw.add(m);
      }
    }

    /** Reads one map; the current token is its START_OBJECT. */
    private RawMap map() throws IOException {
      count("maps and mapping items");
      RawMap m = new RawMap(origin());
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = next();
        switch (name) {
          case "matching-rationale" -> m.rationale = Optional.of(string(v));
          case "relationship" -> m.relationship = Optional.of(string(v));
          case "sources" -> {
            List<Item> items = new ArrayList<>();
            array(v, "sources", () -> items.add(item()));
            m.sources = items;
          }
          case "targets" -> {
            List<Item> items = new ArrayList<>();
            array(v, "targets", () -> items.add(item()));
            m.targets = items;
          }
          case "props" -> array(v, "props", () -> m.props.add(prop()));
          case "links" -> array(v, "links", () -> {
            Origin at = origin();
            Map<String, String> link = strings("a link", "href", "rel", "text");
            if (!link.containsKey("href")) {
              throw failAt(at, "a link needs an 'href'");
            }
            m.links.add(new Link(link.get("href"), link.getOrDefault("rel", ""),
                Optional.ofNullable(link.get("text")), at));
          });
          case "remarks" -> m.remarks = Optional.of(string(v));
          default -> p.skipChildren();
        }
      }
      return m;
    }

    /** Reads a mapping item; the current token is its START_OBJECT. */
    private Item item() throws IOException {
      count("maps and mapping items");
      Origin at = origin();
      String type = null;
      String idRef = null;
      Optional<String> element = Optional.empty();
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = next();
        switch (name) {
          case "type" -> type = string(v);
          case "id-ref" -> idRef = string(v);
          case "props" -> {
            List<Prop> props = new ArrayList<>();
            array(v, "props", () -> props.add(prop()));
            element = ours(props, Oscal.ELEMENT).map(Prop::value);
          }
          default -> p.skipChildren();
        }
      }
      if (type == null || idRef == null) {
        throw failAt(at, "a mapping item needs a 'type' and an 'id-ref'");
      }
      if (!type.equals("control")) {
        throw failAt(at, "mapping item '" + idRef + "' has type '" + type + "'; crosswalk maps whole elements,"
            + " so only type 'control' is read");
      }
      return new Item(idRef, element, at);
    }

    private void resource() throws IOException {
      Origin at = origin();
      String uuid = null;
      Optional<String> title = Optional.empty();
      List<Prop> props = new ArrayList<>();
      List<String> hrefs = new ArrayList<>();
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = next();
        switch (name) {
          case "uuid" -> uuid = string(v);
          case "title" -> title = Optional.of(string(v));
          case "props" -> array(v, "props", () -> props.add(prop()));
          case "rlinks" -> array(v, "rlinks", () -> {
            String href = strings("an rlink", "href").get("href");
            if (href != null) {
              hrefs.add(href);
            }
          });
          default -> p.skipChildren();
        }
      }
      if (uuid == null) {
        throw failAt(at, "a back-matter resource needs a 'uuid'");
      }
      resources.add(new Resource(uuid, title, props, hrefs, at));
    }

    private Prop prop() throws IOException {
      Origin at = origin();
      Map<String, String> m = strings("a prop", "name", "ns", "value");
      if (!m.containsKey("name") || !m.containsKey("value")) {
        throw failAt(at, "a prop needs a 'name' and a 'value'");
      }
      return new Prop(m.get("name"), m.getOrDefault("ns", Oscal.OSCAL_NS), m.get("value"), at);
    }

    // ---- resolving --------------------------------------------------------------------------

    void resolve() {
      if (!mappingsSeen) {
        throw failAt(collectionOrigin, "the mapping collection has no 'mappings'; it is required");
      }
      Map<String, String> sourceIdOf = new HashMap<>();
      Map<String, String> frameworkOfResource = new HashMap<>();
      for (Resource r : resources) {
        Optional<Prop> sourceId = ours(r.props(), Oscal.SOURCE_ID);
        ours(r.props(), Oscal.FRAMEWORK_ID).ifPresent(f -> frameworkOfResource.put("#" + r.uuid(), f.value()));
        if (sourceId.isPresent()) {
          String title = r.title().map(Oscal::fromMarkdown)
              .orElseThrow(() -> failAt(r.origin(), "source resource '" + sourceId.get().value() + "' has no 'title'"));
          try {
            sources.add(new Source(sourceId.get().value(), title, r.hrefs().stream().findFirst(),
                ours(r.props(), Oscal.PUBLISHER).map(Prop::value), ours(r.props(), Oscal.DATE).map(Prop::value)));
          } catch (CrosswalkException | IllegalArgumentException | NullPointerException e) {
            throw failAt(r.origin(), "the back-matter resource is not a valid source: " + e.getMessage());
          }
          sourceOrigins.add(r.origin());
          sourceIdOf.put("#" + r.uuid(), sourceId.get().value());
        }
      }
      sourceFramework = framework(Oscal.SOURCE_FRAMEWORK, "source-resource", frameworkOfResource);
      targetFramework = framework(Oscal.TARGET_FRAMEWORK, "target-resource", frameworkOfResource);
      for (RawMap m : raw) {
        maps.add(new Read(mapping(m, sourceIdOf), m.origin));
      }
    }

    /** The collection's source or target framework: the metadata prop, else the resource's framework-id. */
    private String framework(String prop, String resource, Map<String, String> frameworkOfResource) {
      Optional<String> named = ours(metadataProps, prop).map(Prop::value);
      if (named.isEmpty()) {
        named = resourceHrefs.stream().filter(h -> h.startsWith(resource + "="))
            .map(h -> frameworkOfResource.get(h.substring(resource.length() + 1)))
            .filter(f -> f != null).findFirst();
      }
      String id = named.orElseThrow(() -> failAt(collectionOrigin, "the mapping collection does not say which"
          + " framework its " + resource.replace("-resource", "") + "s are in: give the metadata a '" + prop
          + "' prop (ns " + Oscal.NS + ") or the " + resource + " a back-matter resource with a 'framework-id' prop"));
      try {
        ElementRef.of(id, "x");
      } catch (RuntimeException e) {
        throw failAt(collectionOrigin, "'" + id + "' is not a framework id: " + e.getMessage());
      }
      return id;
    }

    private Mapping mapping(RawMap m, Map<String, String> sourceIdOf) {
      if (m.sources == null || m.targets == null) {
        throw failAt(m.origin, "a map needs 'sources' and 'targets'");
      }
      String token = m.relationship.orElseThrow(() -> failAt(m.origin, "a map needs a 'relationship'"));
      Relationship relationship = relationship(token).orElseThrow(() -> failAt(m.origin, "'" + token
          + "' is not a relationship; use equal-to, equivalent-to, subset-of, superset-of, intersects-with"
          + " or no-relationship"));
      String rationaleToken = m.rationale.or(() -> m.collectionRationale).or(() -> provenanceRationale)
          .orElseThrow(() -> failAt(m.origin, "the map has no 'matching-rationale', nor does its mapping or the"
              + " provenance"));
      Rationale rationale = switch (rationaleToken) {
        case "syntactic", "semantic", "functional" -> Rationale.valueOf(rationaleToken.toUpperCase(Locale.ROOT));
        default -> throw failAt(m.origin, "'" + rationaleToken + "' is not a matching rationale; use syntactic,"
            + " semantic or functional");
      };
      Prop strengthProp = ours(m.props, Oscal.STRENGTH).orElseThrow(() -> failAt(m.origin, "the map has no"
          + " 'strength' prop (ns " + Oscal.NS + "); crosswalk mappings need a strength from 1 to 10"));
      int strength;
      try {
        strength = Integer.parseInt(strengthProp.value());
      } catch (NumberFormatException e) {
        strength = 0;
      }
      if (strength < 1 || strength > 10) {
        throw failAt(strengthProp.origin(), "strength '" + strengthProp.value() + "' is not a strength; use a whole"
            + " number from 1 to 10");
      }
      String justification = m.remarks.map(Oscal::fromMarkdown).filter(s -> !s.isBlank())
          .orElseThrow(() -> failAt(m.origin, "the map has no 'remarks'; crosswalk reads the justification there"));
      List<Citation> citations = new ArrayList<>();
      for (Link link : m.links) {
        if (!link.rel().equals("reference")) {
          continue;
        }
        String id = sourceIdOf.get(link.href());
        if (id == null) {
          throw failAt(link.origin(), "link '" + link.href() + "' does not point at a back-matter resource with a"
              + " 'source-id' prop");
        }
        try {
          citations.add(link.text().map(t -> Citation.of(id, Oscal.fromMarkdown(t))).orElseGet(() -> Citation.of(id)));
        } catch (CrosswalkException | IllegalArgumentException e) {
          throw failAt(link.origin(), "the link is not a valid citation: " + e.getMessage());
        }
      }
      if (citations.isEmpty()) {
        throw failAt(m.origin, "the map has no 'reference' link to a source; crosswalk mappings cite at least one");
      }
      List<ElementRef> via = new ArrayList<>();
      try {
        for (Prop prop : m.props) {
          if (prop.ns().equals(Oscal.NS) && prop.name().equals(Oscal.DERIVED_VIA)) {
            via.add(ElementRef.parse(prop.value()));
          }
        }
        return new Mapping(end(m, m.sources, sourceFramework), end(m, m.targets, targetFramework), relationship,
            rationale, strength, justification, ImmutableSortedSet.copyOf(citations), ImmutableList.copyOf(via));
      } catch (CrosswalkFormatException e) {
        throw e;
      } catch (CrosswalkException | IllegalArgumentException e) {
        throw failAt(m.origin, "the map is not a valid mapping: " + e.getMessage());
      }
    }

    private MappingEnd end(RawMap m, List<Item> items, String framework) {
      if (items.isEmpty()) {
        throw failAt(m.origin, "a map needs at least one source and one target");
      }
      List<ElementRef> members = new ArrayList<>();
      for (Item item : items) {
        ElementRef ref;
        try {
          ref = item.element().isPresent() ? ElementRef.parse(item.element().get())
              : ElementRef.of(framework, OscalIds.ref(item.idRef()).orElse(item.idRef()));
        } catch (CrosswalkException | IllegalArgumentException e) {
          throw failAt(item.origin(), "mapping item '" + item.idRef() + "' does not name an element: " + e.getMessage());
        }
        if (!ref.framework().equals(framework)) {
          throw failAt(item.origin(), "mapping item " + ref + " is not in framework '" + framework
              + "', which the collection maps " + (framework.equals(sourceFramework) ? "from" : "to"));
        }
        if (!OscalIds.of(ref.ref()).equals(item.idRef())) {
          throw failAt(item.origin(), "mapping item's 'id-ref' '" + item.idRef() + "' is not the OSCAL id of its element "
              + ref + " ('" + OscalIds.of(ref.ref()) + "')");
        }
        members.add(ref);
      }
      return members.size() == 1 ? members.get(0) : Joint.of(members);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private void count(String what) {
      if (++elements > limits.maxElements()) {
        throw fail("the mapping collection holds more than " + limits.maxElements() + " " + what
            + " (ReadLimits.maxElements)");
      }
    }
  }

  private static Optional<Prop> ours(List<Prop> props, String name) {
    return props.stream().filter(pr -> pr.ns().equals(Oscal.NS) && pr.name().equals(name)).findFirst();
  }
}
