package dev.crosswalk.core.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.oscal.ParsedCatalog.Node;
import dev.crosswalk.core.oscal.ParsedCatalog.Part;
import dev.crosswalk.core.oscal.ParsedCatalog.Prop;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The resolving half of {@link OscalCatalogReader}: makes the framework, requirements and
 * controls of a {@link ParsedCatalog} (refs from labels or ids, parents, flattened statement text,
 * attributes, crosswalk's own props) and adds them to a builder only when every one is valid. A
 * fault is located at the group, control or prop it comes from. One catalog per instance. Not API.
 */
final class CatalogResolver {
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final String UNKNOWN_PUBLISHER = "unknown publisher";

  private final JsonFactory factory;
  private final Optional<String> frameworkId;
  private final List<Node> nodes;
  private final boolean metadataSeen;
  private final Origin metadataOrigin;
  private final Optional<String> title;
  private final Optional<String> version;
  private final List<Prop> metadataProps;
  private final Optional<String> canonicalHref;
  private final Map<String, String> parties;
  private final Map<String, List<String>> responsibleParties;
  private final Map<String, String> resourceHrefs;

  /**
   * A resolver of one parsed catalog.
   *
   * @param factory parses the JSON of an {@code extensions} prop, within the reader's limits
   * @param frameworkId the framework id the reader was told to use, if any
   */
  CatalogResolver(ParsedCatalog catalog, JsonFactory factory, Optional<String> frameworkId) {
    this.factory = factory;
    this.frameworkId = frameworkId;
    this.nodes = catalog.nodes();
    this.metadataSeen = catalog.metadataSeen();
    this.metadataOrigin = catalog.metadataOrigin();
    this.title = catalog.title();
    this.version = catalog.version();
    this.metadataProps = catalog.metadataProps();
    this.canonicalHref = catalog.canonicalHref();
    this.parties = catalog.parties();
    this.responsibleParties = catalog.responsibleParties();
    this.resourceHrefs = catalog.resourceHrefs();
  }

  /** A fault at a position the parser recorded. */
  private static CrosswalkFormatException failAt(Origin o, String problem) {
    return new CrosswalkFormatException(o.source(), o.line(), o.column(), o.pointer(), OscalParse.oneLine(problem),
        null);
  }

  /**
   * Adds the framework and its elements to {@code builder}, each with its origin, and returns the
   * framework; nothing is added when any of them is invalid.
   *
   * @throws CrosswalkFormatException at the first element that is not valid
   */
  Framework resolve(CrosswalkBuilder builder, Origin catalogOrigin) {
    if (!metadataSeen) {
      throw failAt(catalogOrigin, "the catalog has no 'metadata'");
    }
    Framework framework = framework();
    for (Node node : nodes) {
      node.ref = refOf(node);
    }
    List<Object> elements = new ArrayList<>();
    for (Node node : nodes) {
      if (node.ref.isPresent()) {
        elements.add(element(framework.id(), node));
      }
    }
    // Only a fully read catalog reaches the caller's builder.
    builder.addFramework(framework, metadataOrigin);
    for (int i = 0, n = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      if (node.ref.isPresent()) {
        Object e = elements.get(n++);
        if (e instanceof Control c) {
          builder.addControl(c, node.origin);
        } else {
          builder.addRequirement((Requirement) e, node.origin);
        }
      }
    }
    return framework;
  }

  private Framework framework() {
    String name = title.map(Oscal::fromMarkdown).filter(s -> !s.isBlank())
        .orElseThrow(() -> failAt(metadataOrigin, "the metadata has no 'title'; it is required"));
    String edition = version.filter(s -> !s.isBlank())
        .orElseThrow(() -> failAt(metadataOrigin, "the metadata has no 'version'; it is required"));
    String id = frameworkId
        .or(() -> ours(metadataProps, Oscal.FRAMEWORK_ID).map(Prop::value))
        .orElseGet(() -> slug(name));
    FrameworkKind kind = FrameworkKind.STANDARD;
    Optional<Prop> kindProp = ours(metadataProps, Oscal.FRAMEWORK_KIND);
    if (kindProp.isPresent()) {
      try {
        kind = FrameworkKind.valueOf(kindProp.get().value());
      } catch (IllegalArgumentException e) {
        throw failAt(kindProp.get().origin(), "'" + kindProp.get().value() + "' is not a framework kind; use one of "
            + java.util.Arrays.toString(FrameworkKind.values()));
      }
    }
    Optional<String> sourceUrl = canonicalHref.flatMap(h ->
        h.startsWith("#") ? Optional.ofNullable(resourceHrefs.get(h.substring(1))) : Optional.of(h));
    Optional<String> license = ours(metadataProps, Oscal.LICENSE).map(Prop::value);
    Extensions extensions = extensions(metadataProps);
    try {
      java.util.TreeMap<String, String> attributes = new java.util.TreeMap<>();
      for (Prop pr : metadataProps) {
        if (pr.ns().equals(Oscal.ATTRIBUTE_NS)) {
          attributes.merge(pr.name(), pr.value(), (a, b) -> a + "; " + b);
        }
      }
      return new Framework(id, name, edition, publisher(), kind, sourceUrl, license,
          com.google.common.collect.ImmutableSortedMap.copyOf(attributes), extensions);
    } catch (CrosswalkException | IllegalArgumentException | NullPointerException e) {
      throw failAt(metadataOrigin, e.getMessage());
    }
  }

  private String publisher() {
    for (String role : List.of(Oscal.PUBLISHER_ROLE, "creator")) {
      for (String uuid : responsibleParties.getOrDefault(role, List.of())) {
        String name = parties.get(uuid);
        if (name != null && !name.isBlank()) {
          return name;
        }
      }
    }
    return parties.values().stream().filter(n -> !n.isBlank()).findFirst().orElse(UNKNOWN_PUBLISHER);
  }

  private Optional<String> refOf(Node node) {
    Optional<Prop> label = ParsedCatalog.labelOf(node.props);
    Optional<String> ref = label.map(l -> l.value().strip()).or(() -> node.id);
    if (ref.isEmpty() && !node.group) {
      throw failAt(node.origin, "the control has neither a 'label' prop nor an 'id'");
    }
    return ref;
  }

  /** The requirement or control a node stands for. */
  private Object element(String framework, Node node) {
    String what = (node.group ? "group" : "control") + " '" + node.ref.get() + "'";
    String title = node.title.map(Oscal::fromMarkdown)
        .orElseThrow(() -> failAt(node.origin, "the " + what + " has no 'title'; it is required"));
    boolean ours = node.props.stream().anyMatch(pr -> pr.ns().equals(Oscal.NS));
    String text = statement(node.parts);
    Map<String, String> attributes = attributes(node);
    try {
      ElementRef id = ElementRef.of(framework, node.ref.get());
      Extensions extensions = extensions(node.props);
      if (ours(node.props, Oscal.ELEMENT).map(pr -> pr.value().equals("control")).orElse(false)) {
        return new Control(id, title, text, ImmutableSortedMap.copyOf(attributes), extensions);
      }
      boolean withdrawn = node.props.stream().anyMatch(pr -> pr.ns().equals(Oscal.OSCAL_NS)
          && pr.name().equals("status") && pr.value().equals("withdrawn"));
      Optional<Prop> assessableProp = ours(node.props, Oscal.ASSESSABLE);
      boolean assessable = assessableProp.isPresent()
          ? Boolean.parseBoolean(assessableProp.get().value())
          : !node.group && !withdrawn;
      String kind = ours(node.props, Oscal.KIND).map(Prop::value).orElse(node.group ? "group" : "control");
      List<String> aliases = new ArrayList<>();
      if (ours) {
        node.props.stream().filter(pr -> pr.ns().equals(Oscal.NS) && pr.name().equals(Oscal.ALIAS))
            .forEach(pr -> aliases.add(pr.value()));
      } else if (ParsedCatalog.labelOf(node.props).isPresent() && node.id.isPresent() && !node.id.get().equals(id.ref())) {
        aliases.add(node.id.get());
      }
      Optional<ElementRef> parent = parentOf(node).map(pn -> ElementRef.of(framework, pn.ref.get()));
      return new Requirement(id, title, kind, parent, text, ImmutableList.copyOf(aliases),
          assessable, ImmutableSortedMap.copyOf(attributes), extensions);
    } catch (CrosswalkFormatException e) {
      throw e;
    } catch (CrosswalkException | IllegalArgumentException | NullPointerException e) {
      throw failAt(node.origin, "the " + what + " is not a valid element: " + e.getMessage());
    }
  }

  private Optional<Node> parentOf(Node node) {
    Node n = node.parent;
    while (n != null && n.ref.isEmpty()) {
      n = n.parent;
    }
    return Optional.ofNullable(n);
  }

  /**
   * The attributes of an element: each prop in crosswalk's attribute namespace by its name, and
   * each other prop except the chosen label and crosswalk's own as {@code name} or
   * {@code name.class}; values of a repeated key are joined with {@code "; "}.
   */
  private Map<String, String> attributes(Node node) {
    Optional<Prop> label = ParsedCatalog.labelOf(node.props);
    Map<String, String> out = new TreeMap<>();
    for (Prop pr : node.props) {
      if (pr.ns().equals(Oscal.NS) || (label.isPresent() && pr == label.get())) {
        continue;
      }
      String key = pr.ns().equals(Oscal.ATTRIBUTE_NS)
          ? pr.name() : pr.name() + pr.className().map(c -> "." + c).orElse("");
      if (KEY.matcher(key).matches()) {
        out.merge(key, pr.value(), (a, b) -> a + "; " + b);
      }
    }
    for (List<String> link : node.withdrawnTo) {
      out.merge(link.get(0), link.get(1), (a, b) -> a + "; " + b);
    }
    return out;
  }

  private Extensions extensions(List<Prop> props) {
    Optional<Prop> prop = ours(props, Oscal.EXTENSIONS);
    if (prop.isEmpty()) {
      return Extensions.EMPTY;
    }
    try {
      return new Extensions(canonicalObject(prop.get().value()));
    } catch (IOException | RuntimeException e) {
      throw failAt(prop.get().origin(), "the 'extensions' prop must hold a JSON object: " + e.getMessage());
    }
  }

  private String canonicalObject(String json) throws IOException {
    try (JsonParser q = factory.createParser(json)) {
      if (q.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not an object");
      }
      Object tree = JsonValues.read(q);
      if (q.nextToken() != null) {
        throw new IOException("trailing content after the object");
      }
      return JsonValues.canonicalText(tree);
    }
  }

  /** The first prop of crosswalk's namespace with this name. */
  private static Optional<Prop> ours(List<Prop> props, String name) {
    return props.stream().filter(pr -> pr.ns().equals(Oscal.NS) && pr.name().equals(name)).findFirst();
  }

  /**
   * The text of the statement parts: each statement's own prose as written, then one line per
   * sub-part, indented two spaces per level below the first, holding its label and its trimmed
   * prose; Markdown backslash escapes are resolved; statements are joined with a line break.
   */
  private static String statement(List<Part> parts) {
    List<String> lines = new ArrayList<>();
    for (Part part : parts) {
      if (part.name().equals("statement") && part.ns().equals(Oscal.OSCAL_NS)) {
        flatten(part, 0, lines);
      }
    }
    return String.join("\n", lines);
  }

  private static void flatten(Part part, int depth, List<String> lines) {
    String prose = part.prose().map(Oscal::fromMarkdown).map(s -> depth == 0 ? s : s.strip()).orElse("");
    String label = part.label().map(String::strip).orElse("");
    String head = label.isEmpty() ? prose : prose.isEmpty() ? label : label + " " + prose;
    if (!head.isEmpty()) {
      lines.add(depth <= 1 ? head : "  ".repeat(depth - 1) + head);
    }
    for (Part child : part.parts()) {
      flatten(child, depth + 1, lines);
    }
  }

  /** A framework id from a title: lower case, other runs as '-', at most 64 characters. */
  static String slug(String title) {
    String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+", "");
    if (s.length() > 64) {
      s = s.substring(0, 64);
    }
    s = s.replaceAll("-+$", "");
    return s.isEmpty() ? "catalog" : s;
  }
}
