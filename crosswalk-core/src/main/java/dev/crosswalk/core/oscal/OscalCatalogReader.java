package dev.crosswalk.core.oscal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads an OSCAL catalog in JSON into one {@link Framework} with its {@link Requirement}s (and,
 * for catalogs crosswalk wrote, its {@link Control}s); see {@code docs/oscal.md}.
 *
 * <p>Reads catalogs {@link OscalCatalogWriter} wrote back into the same framework, requirements and
 * controls, and third-party catalogs such as NIST SP 800-53 rev 5: every group with an id or a
 * label and every control, nested or not, becomes a requirement. Its ref is the control's
 * {@code label} prop (the one without a {@code class}, else the first), else its OSCAL id; the
 * statement parts are flattened to text. Members OSCAL allows and crosswalk does not use are
 * skipped.
 *
 * <p>The input must be UTF-8 (a leading byte order mark is skipped); overlong forms, encoded
 * surrogates and other invalid sequences are rejected, also inside members that are skipped.
 *
 * <p>Streaming and bounded: the {@link ReadLimits} (nesting depth, string length, document size,
 * number of groups and controls) are enforced while reading, also inside skipped members.
 * Malformed JSON, a wrong type where a value is used, a missing required member, an exceeded limit
 * and an element the model rejects all give a {@link CrosswalkFormatException} naming the source,
 * line:column and JSON pointer. Instances are immutable and thread-safe.
 */
public final class OscalCatalogReader {
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final String UNKNOWN_PUBLISHER = "unknown publisher";

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final Optional<String> frameworkId;

  private OscalCatalogReader(ReadLimits limits, Optional<String> frameworkId) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
    this.frameworkId = frameworkId;
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static OscalCatalogReader create() {
    return new OscalCatalogReader(ReadLimits.DEFAULT, Optional.empty());
  }

  /** A copy of this reader with the given limits. */
  public OscalCatalogReader withLimits(ReadLimits limits) {
    return new OscalCatalogReader(limits, frameworkId);
  }

  /**
   * A copy of this reader that gives the framework this id. Without one, the reader uses the id a
   * crosswalk catalog records, else one derived from the catalog's title (lower case, runs of
   * other characters than letters and digits as {@code -}, at most 64 characters).
   *
   * @throws dev.crosswalk.core.InvalidReferenceException if the id is not a valid framework id
   */
  public OscalCatalogReader withFrameworkId(String id) {
    ElementRef.of(requireNonNull(id, "id"), "x"); // validates the id
    return new OscalCatalogReader(limits, Optional.of(id));
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a catalog file as a crosswalk holding its one framework.
   *
   * @throws CrosswalkFormatException if the file is not a valid catalog or its elements are
   *     inconsistent (duplicate refs or aliases)
   * @throws CrosswalkDataException if the file cannot be read
   */
  public Crosswalk read(Path path) {
    return InputFiles.read(path, this::read);
  }

  /**
   * Reads a catalog from a stream as a crosswalk holding its one framework. The stream is not
   * closed.
   *
   * @param sourceName the name used in error messages, e.g. a file or resource name
   * @throws CrosswalkFormatException if the stream is not a valid catalog or its elements are
   *     inconsistent
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    try {
      return builder.build();
    } catch (CrosswalkValidationException e) {
      Origin o = e.violations().stream().map(Violation::origin).flatMap(Optional::stream).findFirst()
          .orElse(new Origin(sourceName, 0, 0, ""));
      throw new CrosswalkFormatException(sourceName, o.line(), o.column(), o.pointer(), e.getMessage(), e);
    }
  }

  /**
   * Reads a catalog held in a string as a crosswalk holding its one framework.
   *
   * @throws CrosswalkFormatException if the text is not a valid catalog
   */
  public Crosswalk read(String json, String sourceName) {
    return read(InputFiles.utf8(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName")), sourceName);
  }

  /**
   * Reads a catalog file into a builder, to merge it with other data before validation.
   *
   * @return the framework read
   * @throws CrosswalkFormatException if the file is not a valid catalog
   * @throws CrosswalkDataException if the file cannot be read
   */
  public Framework readInto(CrosswalkBuilder builder, Path path) {
    return InputFiles.read(path, (in, name) -> readInto(builder, in, name));
  }

  /**
   * Reads a catalog from a stream into a builder; each element is added with its {@link Origin},
   * so that {@link CrosswalkBuilder#build()} names the input at fault. The stream is not closed.
   *
   * @return the framework read
   * @throws CrosswalkFormatException if the stream is not a valid catalog
   */
  public Framework readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    return OscalParse.read(factory, limits, in, sourceName, Parse::new, parse -> parse.document(builder));
  }

  /** An I/O failure outside parsing: the stream failed, or the parser could not be set up or closed. */

  /** A prop as read. */
  private record Prop(String name, String ns, String value, Optional<String> className, Origin origin) {}

  /** A part as read: name, label, prose and sub-parts. */
  private record Part(String name, String ns, Optional<String> label, Optional<String> prose, List<Part> parts) {}

  /** A group or control as read; resolved into a requirement or control at the end. */
  private static final class Node {
    final boolean group;
    final Node parent;
    final Origin origin;
    Optional<String> id = Optional.empty();
    Optional<String> title = Optional.empty();
    final List<Prop> props = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    /** Links of a withdrawn control: rel ({@code incorporated-into}, {@code moved-to}) and href. */
    final List<List<String>> withdrawnTo = new ArrayList<>();
    Optional<String> ref = Optional.empty();

    Node(boolean group, Node parent, Origin origin) {
      this.group = group;
      this.parent = parent;
      this.origin = origin;
    }
  }

  /** The state of reading one document. */
  private final class Parse extends OscalParse {
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

    Parse(JsonParser p, String source) {
      super(p, source);
    }

    Framework document(CrosswalkBuilder builder) throws IOException {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw fail("the document is empty; expected an OSCAL JSON object with a 'catalog' member");
      }
      if (first != JsonToken.START_OBJECT) {
        throw fail("expected an OSCAL JSON object with a 'catalog' member, got " + JsonValues.describe(first));
      }
      Origin catalogOrigin = null;
      List<String> others = new ArrayList<>();
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = next();
        if (name.equals("catalog")) {
          catalogOrigin = origin();
          catalog(t);
        } else {
          if (others.size() < 5) {
            others.add(name);
          }
          p.skipChildren();
        }
      }
      if (catalogOrigin == null) {
        throw fail("not an OSCAL catalog: the document has no 'catalog' member"
            + (others.isEmpty() ? "" : " (found " + String.join(", ", others) + ")"));
      }
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw fail("unexpected content after the end of the document: " + JsonValues.describe(trailing));
      }
      return resolve(builder, catalogOrigin);
    }

    // ---- reading ----------------------------------------------------------------------------

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
      if (++elements > limits.maxElements()) {
        throw fail("the catalog holds more than " + limits.maxElements() + " groups and controls"
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
            label = labelOf(props).map(Prop::value).orElse(null);
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

    /**
     * Reads an object of string members; members not named are skipped, named ones must be
     * strings. The current token is the object's START_OBJECT.
     */

    // ---- resolving --------------------------------------------------------------------------

    private Framework resolve(CrosswalkBuilder builder, Origin catalogOrigin) {
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
      Optional<Prop> label = labelOf(node.props);
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
        } else if (labelOf(node.props).isPresent() && node.id.isPresent() && !node.id.get().equals(id.ref())) {
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
      Optional<Prop> label = labelOf(node.props);
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
  }

  /** The label prop: the OSCAL-namespace {@code label} without a class, else the first one. */
  private static Optional<Prop> labelOf(List<Prop> props) {
    Optional<Prop> first = Optional.empty();
    for (Prop pr : props) {
      if (pr.name().equals("label") && pr.ns().equals(Oscal.OSCAL_NS)) {
        if (pr.className().isEmpty()) {
          return Optional.of(pr);
        }
        if (first.isEmpty()) {
          first = Optional.of(pr);
        }
      }
    }
    return first;
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
