package dev.crosswalk.core.oscal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.oscal.ParsedCatalog.Node;
import dev.crosswalk.core.oscal.ParsedCatalog.Part;
import dev.crosswalk.core.oscal.ParsedCatalog.Prop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsing half of {@link OscalCatalogReader}: reads one OSCAL catalog document, streaming,
 * into a {@link ParsedCatalog} of what crosswalk uses (metadata, parties, back-matter links,
 * groups and controls with their props and parts), skipping the rest. Every fault of the JSON is
 * located here; {@link CatalogResolver} turns the result into a framework and its elements. One
 * document per instance; not thread-safe. Not API.
 */
final class CatalogParser extends OscalParse {
  private final int maxElements;
  private final List<Node> nodes = new ArrayList<>();
  private int elements;
  private boolean metadataSeen;
  private Origin metadataOrigin;
  private Optional<String> title = Optional.empty();
  private Optional<String> version = Optional.empty();
  private final List<Prop> metadataProps = new ArrayList<>();
  private Optional<String> canonicalHref = Optional.empty();
  private final Map<String, String> parties = new LinkedHashMap<>();
  private final Map<String, List<String>> responsibleParties = new HashMap<>();
  private final Map<String, String> resourceHrefs = new HashMap<>();

  /** A parser of one document, refusing more than {@code maxElements} groups and controls. */
  CatalogParser(JsonParser p, String source, int maxElements) {
    super(p, source);
    this.maxElements = maxElements;
  }

  /** Reads the whole document, which must hold a {@code catalog} member and nothing after it. */
  ParsedCatalog document() throws IOException {
    Origin catalogOrigin = document("catalog", "an OSCAL catalog", this::catalog);
    return new ParsedCatalog(catalogOrigin, metadataSeen, metadataOrigin, title, version, metadataProps,
        canonicalHref, parties, responsibleParties, resourceHrefs, nodes);
  }

  private void catalog(JsonToken t) throws IOException {
    expectObject(t, "the catalog");
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "metadata" -> metadata(v);
        case "groups" -> array(v, "groups", () -> node(true, null));
        case "controls" -> array(v, "controls", () -> node(false, null));
        case "back-matter" -> backMatter(v);
        default -> p.skipChildren();
      }
    }
  }

  private void metadata(JsonToken t) throws IOException {
    expectObject(t, "the metadata");
    metadataSeen = true;
    metadataOrigin = origin();
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "title" -> title = Optional.of(string(v));
        case "version" -> version = Optional.of(string(v));
        case "props" -> array(v, "props", () -> metadataProps.add(prop()));
        case "links" -> array(v, "links", () -> {
          Map<String, String> link = strings("a link", "href", "rel");
          if ("canonical".equals(link.get("rel")) && link.containsKey("href") && canonicalHref.isEmpty()) {
            canonicalHref = Optional.of(link.get("href"));
          }
        });
        case "parties" -> array(v, "parties", () -> {
          Map<String, String> party = strings("a party", "uuid", "name");
          if (party.containsKey("uuid") && party.containsKey("name")) {
            parties.putIfAbsent(party.get("uuid"), party.get("name"));
          }
        });
        case "responsible-parties" -> array(v, "responsible-parties", this::responsibleParty);
        default -> p.skipChildren();
      }
    }
  }

  private void responsibleParty() throws IOException {
    String role = null;
    List<String> uuids = new ArrayList<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "role-id" -> role = string(v);
        case "party-uuids" -> {
          if (v != JsonToken.START_ARRAY) {
            throw fail("'party-uuids' must be an array, got " + JsonValues.describe(v));
          }
          while (next() != JsonToken.END_ARRAY) {
            uuids.add(string(p.currentToken()));
          }
        }
        default -> p.skipChildren();
      }
    }
    if (role != null) {
      responsibleParties.computeIfAbsent(role, r -> new ArrayList<>()).addAll(uuids);
    }
  }

  private void backMatter(JsonToken t) throws IOException {
    expectObject(t, "the back-matter");
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      if (name.equals("resources")) {
        array(v, "resources", this::resource);
      } else {
        p.skipChildren();
      }
    }
  }

  private void resource() throws IOException {
    String uuid = null;
    List<String> hrefs = new ArrayList<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "uuid" -> uuid = string(v);
        case "rlinks" -> array(v, "rlinks", () -> {
          String href = strings("an rlink", "href").get("href");
          if (href != null) {
            hrefs.add(href);
          }
        });
        default -> p.skipChildren();
      }
    }
    if (uuid != null && !hrefs.isEmpty()) {
      resourceHrefs.putIfAbsent(uuid, hrefs.get(0));
    }
  }

  /** Reads a group or control; the current token is its START_OBJECT. */
  private void node(boolean group, Node parent) throws IOException {
    if (++elements > maxElements) {
      throw fail("the catalog holds more than " + maxElements + " groups and controls"
          + " (ReadLimits.maxElements)");
    }
    Node node = new Node(group, parent, origin());
    nodes.add(node);
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      switch (name) {
        case "id" -> node.id = Optional.of(string(v));
        case "title" -> node.title = Optional.of(string(v));
        case "props" -> array(v, "props", () -> node.props.add(prop()));
        case "parts" -> array(v, "parts", () -> node.parts.add(part()));
        case "links" -> array(v, "links", () -> {
          Map<String, String> link = strings("a link", "href", "rel");
          String rel = link.get("rel");
          if (("incorporated-into".equals(rel) || "moved-to".equals(rel)) && link.containsKey("href")) {
            node.withdrawnTo.add(List.of(rel, link.get("href")));
          }
        });
        case "controls" -> array(v, "controls", () -> node(false, node));
        case "groups" -> {
          if (!group) {
            throw fail("a control cannot hold 'groups'; only a group or the catalog can");
          }
          array(v, "groups", () -> node(true, node));
        }
        default -> p.skipChildren();
      }
    }
  }

  /** Reads a prop; the current token is its START_OBJECT. */
  private Prop prop() throws IOException {
    Origin at = origin();
    Map<String, String> m = strings("a prop", "name", "ns", "value", "class");
    if (!m.containsKey("name") || !m.containsKey("value")) {
      throw new CrosswalkFormatException(source, at.line(), at.column(), at.pointer(),
          "a prop needs a 'name' and a 'value'", null);
    }
    return new Prop(m.get("name"), m.getOrDefault("ns", Oscal.OSCAL_NS), m.get("value"),
        Optional.ofNullable(m.get("class")), at);
  }

  /** Reads a part; the current token is its START_OBJECT. */
  private Part part() throws IOException {
    Origin at = origin();
    String name = null;
    String ns = Oscal.OSCAL_NS;
    String prose = null;
    String label = null;
    List<Part> parts = new ArrayList<>();
    while (next() == JsonToken.FIELD_NAME) {
      String member = p.currentName();
      JsonToken v = next();
      switch (member) {
        case "name" -> name = string(v);
        case "ns" -> ns = string(v);
        case "prose" -> prose = string(v);
        case "props" -> {
          List<Prop> props = new ArrayList<>();
          array(v, "props", () -> props.add(prop()));
          label = ParsedCatalog.labelOf(props).map(Prop::value).orElse(null);
        }
        case "parts" -> array(v, "parts", () -> parts.add(part()));
        default -> p.skipChildren();
      }
    }
    if (name == null) {
      throw new CrosswalkFormatException(source, at.line(), at.column(), at.pointer(), "a part needs a 'name'", null);
    }
    return new Part(name, ns, Optional.ofNullable(label), Optional.ofNullable(prose), parts);
  }
}
