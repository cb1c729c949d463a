package dev.crosswalk.core.format;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.internal.JsonFactories;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads documents in the canonical crosswalk JSON format (see {@code docs/format.md}).
 *
 * <p>Strict: malformed JSON, duplicate keys, unknown members outside {@code extensions}, wrong
 * types, missing required members, trailing content, a newer format major and any exceeded
 * {@link ReadLimits limit} are rejected with a {@link CrosswalkFormatException} naming the
 * source, line:column and JSON pointer. Streaming, so memory is bounded by what is kept, not by
 * the document. Instances are immutable and thread-safe.
 */
public final class CrosswalkReader {
  private static final String[] SECTIONS = {
      "frameworks", "sources", "requirements", "controls", "mappings", "noCounterparts"};

  private final ReadLimits limits;
  private final JsonFactory factory;

  private CrosswalkReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static CrosswalkReader create() {
    return new CrosswalkReader(ReadLimits.DEFAULT);
  }

  /** A reader with the given limits. */
  public static CrosswalkReader withLimits(ReadLimits limits) {
    return new CrosswalkReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one or more files as one crosswalk.
   *
   * @throws CrosswalkFormatException if a file is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the merged crosswalk is inconsistent
   * @throws CrosswalkDataException if a file cannot be read
   */
  public Crosswalk read(Path... paths) {
    CrosswalkBuilder builder = Crosswalk.builder();
    for (Path p : paths) {
      readInto(builder, p);
    }
    return builder.build();
  }

  /**
   * Reads one document from a stream as a whole crosswalk. The stream is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file or resource name
   * @throws CrosswalkFormatException if the stream is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    return builder.build();
  }

  /**
   * Reads one document from a JSON string as a whole crosswalk.
   *
   * @throws CrosswalkFormatException if the text is not a valid document
   */
  public Crosswalk read(String json, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    try (JsonParser p = factory.createParser(json)) {
      new Parse(p, sourceName).document(builder);
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
    return builder.build();
  }

  /** Reads one file into a builder, to merge several documents before validation. */
  public void readInto(CrosswalkBuilder builder, Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      readInto(builder, in, path.toString());
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + path + ": " + e, e);
    }
  }

  /** Reads one document from a stream into a builder. The stream is not closed. */
  public void readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(in)) {
      new Parse(p, sourceName).document(builder);
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
  }

  private static CrosswalkException ioFailure(String sourceName, IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      String original = String.valueOf(jpe.getOriginalMessage());
      String problem = original.contains("end-of-input") ? "the document is truncated: " + original : original;
      return new CrosswalkFormatException(sourceName, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", problem, e);
    }
    return new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
  }

  /** The state of reading one document. */
  private final class Parse {
    private final JsonParser p;
    private final String source;
    private int elements;

    Parse(JsonParser p, String source) {
      this.p = p;
      this.source = source;
    }

    void document(CrosswalkBuilder builder) throws IOException {
      JsonToken first = next();
      if (first == null) {
        throw fail("the document is empty; expected a JSON object with 'formatVersion'");
      }
      if (first != JsonToken.START_OBJECT) {
        throw fail("expected a JSON object, got " + describe(first));
      }
      boolean versionSeen = false;
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!versionSeen && !name.equals("formatVersion")) {
          throw fail("'formatVersion' must be the first member of a document, found '" + name + "'");
        }
        switch (name) {
          case "formatVersion" -> {
            versionSeen = true;
            version(string());
          }
          case "frameworks" -> array(() -> builder.addFramework(framework(), origin()));
          case "sources" -> array(() -> builder.addSource(source(), origin()));
          case "requirements" -> array(() -> {
            Origin o = origin();
            builder.addRequirement(requirement(), o);
          });
          case "controls" -> array(() -> {
            Origin o = origin();
            builder.addControl(control(), o);
          });
          case "mappings" -> array(() -> {
            Origin o = origin();
            builder.addMapping(mapping(), o);
          });
          case "noCounterparts" -> array(() -> {
            Origin o = origin();
            builder.addNoCounterpart(noCounterpart(), o);
          });
          default -> throw unknown(name, "formatVersion", String.join(", ", Arrays.asList(SECTIONS)));
        }
      }
      if (!versionSeen) {
        throw fail("the document has no 'formatVersion'");
      }
      JsonToken trailing;
      try {
        trailing = p.nextToken();
      } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        throw e;
      } catch (JsonProcessingException e) {
        throw fail("unexpected content after the end of the document");
      }
      if (trailing != null) {
        throw fail("unexpected content after the end of the document: " + describe(trailing));
      }
    }

    private void version(String text) {
      FormatVersion v;
      try {
        v = FormatVersion.parse(text);
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage());
      }
      if (!FormatVersion.CURRENT.canRead(v)) {
        throw fail("format version " + v + " is not supported: this crosswalk-core reads format "
            + FormatVersion.CURRENT.major() + ".x" + (v.major() > FormatVersion.CURRENT.major()
                ? "; upgrade crosswalk-core to a version that reads format " + v.major() + ".x" : ""));
      }
    }

    // ---- items -------------------------------------------------------------------------------

    private Framework framework() throws IOException {
      Fields f = object("framework", "id", "name", "edition", "publisher", "kind", "sourceUrl", "license", "extensions");
      return item(() -> new Framework(f.req("id"), f.req("name"), f.req("edition"), f.req("publisher"),
          f.enumValue("kind", FrameworkKind.class), f.opt("sourceUrl"), f.opt("license"), f.extensions()));
    }

    private Source source() throws IOException {
      Fields f = object("source", "id", "title", "url", "publisher", "date");
      return item(() -> new Source(f.req("id"), f.req("title"), f.opt("url"), f.opt("publisher"), f.opt("date")));
    }

    private Requirement requirement() throws IOException {
      Fields f = object("requirement", "id", "title", "kind", "parent", "text", "aliases", "assessable",
          "attributes", "extensions");
      return item(() -> new Requirement(f.ref("id"), f.req("title"), f.req("kind"), f.optRef("parent"),
          f.opt("text").orElse(""), ImmutableList.copyOf(f.list("aliases")), f.bool("assessable", true), f.map("attributes"),
          f.extensions()));
    }

    private Control control() throws IOException {
      Fields f = object("control", "id", "title", "description", "attributes", "extensions");
      return item(() -> new Control(f.ref("id"), f.req("title"), f.req("description"), f.map("attributes"),
          f.extensions()));
    }

    private Mapping mapping() throws IOException {
      Fields f = object("mapping", "source", "target", "relationship", "rationale", "strength",
          "justification", "sources", "derivedVia");
      return item(() -> new Mapping(f.ref("source"), f.ref("target"),
          f.enumValue("relationship", Relationship.class), f.enumValue("rationale", Rationale.class),
          f.integer("strength"), f.req("justification"), ImmutableSortedSet.copyOf(f.nonEmptyList("sources")),
          f.list("derivedVia").stream().map(ElementRef::parse).collect(ImmutableList.toImmutableList())));
    }

    private NoCounterpart noCounterpart() throws IOException {
      Fields f = object("noCounterpart", "element", "framework", "reason", "sources");
      return item(() -> new NoCounterpart(f.ref("element"), f.req("framework"), f.req("reason"),
          ImmutableSortedSet.copyOf(f.nonEmptyList("sources"))));
    }

    /** Reads one object's members into {@link Fields}, rejecting unknown members. */
    private Fields object(String what, String... allowed) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail("expected a " + what + " object, got " + describe(p.currentToken()));
      }
      Fields fields = new Fields(what, origin());
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!Arrays.asList(allowed).contains(name)) {
          throw unknown(name, allowed);
        }
        JsonToken t = next();
        Origin at = origin();
        Object value = switch (name) {
          case "aliases", "sources", "derivedVia" -> stringArray(t);
          case "attributes" -> stringMap(t);
          case "extensions" -> extensionsValue(t);
          case "assessable" -> {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
              throw fail("expected true or false, got " + describe(t));
            }
            yield t == JsonToken.VALUE_TRUE;
          }
          case "strength" -> {
            if (t != JsonToken.VALUE_NUMBER_INT) {
              throw fail("expected an integer from 1 to 10, got " + describe(t));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
              throw fail("expected an integer from 1 to 10, got " + p.getText());
            }
            yield p.getIntValue();
          }
          default -> {
            if (t != JsonToken.VALUE_STRING) {
              throw fail("expected a string, got " + describe(t));
            }
            yield p.getText();
          }
        };
        fields.put(name, value, at);
      }
      return fields;
    }

    private <T> T item(ItemFactory<T> factory) {
      try {
        return factory.create();
      } catch (FieldFailure e) {
        throw e.failure;
      } catch (CrosswalkException | IllegalArgumentException | NullPointerException e) {
        // Constructors validate; report at the item with the item's pointer.
        Origin o = currentItem;
        throw new CrosswalkFormatException(source, o.line(), o.column(), o.pointer(), e.getMessage(), e);
      }
    }

    private Origin currentItem = new Origin("", 0, 0, "");

    private void array(IoAction perItem) throws IOException {
      JsonToken t = next();
      if (t != JsonToken.START_ARRAY) {
        throw fail("expected an array, got " + describe(t));
      }
      while ((t = next()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw fail("expected an object, got " + describe(t));
        }
        if (++elements > limits.maxElements()) {
          throw fail("the document holds more than " + limits.maxElements() + " items (ReadLimits.maxElements)");
        }
        currentItem = origin();
        perItem.run();
      }
    }

    private List<String> stringArray(JsonToken t) throws IOException {
      if (t != JsonToken.START_ARRAY) {
        throw fail("expected an array of strings, got " + describe(t));
      }
      List<String> out = new ArrayList<>();
      while ((t = next()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.VALUE_STRING) {
          throw fail("expected a string, got " + describe(t));
        }
        out.add(p.getText());
      }
      return out;
    }

    private Map<String, String> stringMap(JsonToken t) throws IOException {
      if (t != JsonToken.START_OBJECT) {
        throw fail("expected an object of strings, got " + describe(t));
      }
      Map<String, String> out = new TreeMap<>();
      while (next() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = next();
        if (v != JsonToken.VALUE_STRING) {
          throw fail("attribute '" + key + "' must be a string, got " + describe(v));
        }
        out.put(key, p.getText());
      }
      return out;
    }

    private Extensions extensionsValue(JsonToken t) throws IOException {
      if (t != JsonToken.START_OBJECT) {
        throw fail("'extensions' must be an object, got " + describe(t));
      }
      Object tree = anyValue(t);
      StringWriter out = new StringWriter();
      try (JsonGenerator g = factory.createGenerator(out)) {
        Json.writeCanonical(g, tree);
      }
      return new Extensions(out.toString());
    }

    private Object anyValue(JsonToken t) throws IOException {
      switch (t) {
        case START_OBJECT -> {
          Map<String, Object> m = new TreeMap<>();
          while (next() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            m.put(key, anyValue(next()));
          }
          return m;
        }
        case START_ARRAY -> {
          List<Object> l = new ArrayList<>();
          JsonToken e;
          while ((e = next()) != JsonToken.END_ARRAY) {
            l.add(anyValue(e));
          }
          return l;
        }
        case VALUE_STRING -> {
          return p.getText();
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          return new Json.NumberText(p.getText());
        }
        case VALUE_TRUE -> {
          return Boolean.TRUE;
        }
        case VALUE_FALSE -> {
          return Boolean.FALSE;
        }
        case VALUE_NULL -> {
          return Json.NULL;
        }
        default -> throw fail("unexpected " + describe(t));
      }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private JsonToken next() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null && p.getParsingContext().getParent() != null) {
        throw fail("unexpected end of input: the document is truncated");
      }
      return t;
    }

    private Origin origin() {
      JsonLocation loc = p.currentTokenLocation();
      return new Origin(source, loc.getLineNr(), loc.getColumnNr(), pointer());
    }

    private String pointer() {
      return p.getParsingContext().pathAsPointer().toString();
    }

    private CrosswalkFormatException fail(String problem) {
      JsonLocation loc = p.currentTokenLocation();
      return new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(), pointer(), problem, null);
    }

    private CrosswalkFormatException unknown(String name, String... allowed) {
      return fail("unknown member '" + name + "'; allowed here: " + String.join(", ", allowed)
          + " (put your own data inside 'extensions')");
    }

    private String describe(JsonToken t) {
      if (t == null) {
        return "end of input";
      }
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> t.toString();
      };
    }

    private String string() throws IOException {
      JsonToken t = next();
      if (t != JsonToken.VALUE_STRING) {
        throw fail("expected a string, got " + describe(t));
      }
      return p.getText();
    }

    /** The members of one object, with typed, located access. */
    private final class Fields {
      private final String what;
      private final Origin at;
      private final Map<String, Object> values = new TreeMap<>();
      private final Map<String, Origin> origins = new TreeMap<>();

      Fields(String what, Origin at) {
        this.what = what;
        this.at = at;
      }

      void put(String name, Object value, Origin origin) {
        values.put(name, value);
        origins.put(name, origin);
      }

      String req(String name) {
        Object v = values.get(name);
        if (v == null) {
          throw new FieldFailure(new CrosswalkFormatException(source, at.line(), at.column(), at.pointer(),
              "the " + what + " has no '" + name + "'; it is required", null));
        }
        return (String) v;
      }

      Optional<String> opt(String name) {
        return Optional.ofNullable((String) values.get(name));
      }

      ElementRef ref(String name) {
        String text = req(name);
        try {
          return ElementRef.parse(text);
        } catch (CrosswalkException e) {
          throw failAt(name, e.getMessage());
        }
      }

      Optional<ElementRef> optRef(String name) {
        return values.containsKey(name) ? Optional.of(ref(name)) : Optional.empty();
      }

      <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = req(name);
        try {
          return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
          throw failAt(name, "'" + text + "' is not a valid " + name + "; use one of "
              + Arrays.toString(type.getEnumConstants()));
        }
      }

      int integer(String name) {
        Object v = values.get(name);
        if (v == null) {
          req(name);
        }
        return (Integer) v;
      }

      boolean bool(String name, boolean absent) {
        Object v = values.get(name);
        return v == null ? absent : (Boolean) v;
      }

      @SuppressWarnings("unchecked")
      List<String> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
      }

      List<String> nonEmptyList(String name) {
        if (!values.containsKey(name)) {
          req(name);
        }
        List<String> l = list(name);
        if (l.isEmpty()) {
          throw failAt(name, "'" + name + "' must not be empty");
        }
        return l;
      }

      @SuppressWarnings("unchecked")
      ImmutableSortedMap<String, String> map(String name) {
        Object v = values.get(name);
        return v == null ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOf((Map<String, String>) v);
      }

      Extensions extensions() {
        Object v = values.get("extensions");
        return v == null ? Extensions.EMPTY : (Extensions) v;
      }

      private FieldFailure failAt(String name, String problem) {
        Origin o = origins.getOrDefault(name, at);
        return new FieldFailure(new CrosswalkFormatException(source, o.line(), o.column(), o.pointer(), problem, null));
      }
    }
  }

  /** Carries a located failure out of an item factory. */
  private static final class FieldFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient CrosswalkFormatException failure;

    FieldFailure(CrosswalkFormatException failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  @FunctionalInterface
  private interface ItemFactory<T> {
    T create();
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }
}
