package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import dev.crosswalk.core.internal.JsonFactories;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.ReadLimits;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads JSON Lines written by {@link JsonLinesExporter} (or by hand, in the same shape) back into
 * a {@link Crosswalk}, losslessly.
 *
 * <p>Strict, like the canonical reader: every line holds exactly one JSON object with a {@code
 * type} member and the members the canonical format allows for that type; malformed JSON, blank
 * lines, an object spread over several lines, duplicate keys, unknown types or members, wrong
 * types, missing required members and exceeded {@link ReadLimits limits} are rejected with a
 * {@link CrosswalkFormatException} naming the source, line and member. The lines may come in any
 * order; the crosswalk is validated as a whole after the last one. Instances are immutable and
 * thread-safe.
 */
public final class JsonLinesReader {
  private static final ImmutableMap<String, List<String>> MEMBERS = ImmutableMap.<String, List<String>>builder()
      .put("framework", List.of("id", "name", "edition", "publisher", "kind", "sourceUrl", "license", "extensions"))
      .put("source", List.of("id", "title", "url", "publisher", "date"))
      .put("requirement", List.of("id", "title", "kind", "parent", "text", "aliases", "assessable", "attributes",
          "extensions"))
      .put("control", List.of("id", "title", "description", "attributes", "extensions"))
      .put("mapping", List.of("source", "target", "relationship", "rationale", "strength", "justification", "sources",
          "derivedVia"))
      .put("noCounterpart", List.of("element", "framework", "reason", "sources"))
      .buildOrThrow();

  private final ReadLimits limits;
  private final JsonFactory factory;

  private JsonLinesReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static JsonLinesReader create() {
    return new JsonLinesReader(ReadLimits.DEFAULT);
  }

  /**
   * A reader with the given limits; {@code maxElements} bounds the number of lines of one input,
   * the others apply as in the canonical reader.
   */
  public static JsonLinesReader withLimits(ReadLimits limits) {
    return new JsonLinesReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one or more files as one crosswalk.
   *
   * @throws CrosswalkFormatException if a file is not valid JSON Lines of this shape
   * @throws dev.crosswalk.core.CrosswalkValidationException if the merged crosswalk is inconsistent
   * @throws CrosswalkDataException if a file cannot be read
   */
  public Crosswalk read(Path... files) {
    CrosswalkBuilder builder = Crosswalk.builder();
    for (Path file : files) {
      readInto(builder, file);
    }
    return builder.build();
  }

  /**
   * Reads a stream, which is not closed, as one crosswalk.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws CrosswalkFormatException if the input is not valid JSON Lines of this shape
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    return builder.build();
  }

  /**
   * Reads JSON Lines text as one crosswalk.
   *
   * @throws CrosswalkFormatException if the text is not valid JSON Lines of this shape
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(String jsonLines, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    requireNonNull(jsonLines, "jsonLines");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(jsonLines)) {
      new Parse(p, sourceName).lines(builder);
    } catch (IOException e) {
      throw failure(sourceName, e);
    }
    return builder.build();
  }

  /**
   * Reads one file into a builder, to merge several inputs before validation.
   *
   * @throws CrosswalkFormatException if the file is not valid JSON Lines of this shape
   * @throws CrosswalkDataException if the file cannot be read
   */
  public void readInto(CrosswalkBuilder builder, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      readInto(builder, in, file.toString());
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + file + ": " + e, e);
    }
  }

  /**
   * Reads a stream, which is not closed, into a builder.
   *
   * @throws CrosswalkFormatException if the input is not valid JSON Lines of this shape
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public void readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      new Parse(p, sourceName).lines(builder);
    } catch (IOException e) {
      throw failure(sourceName, e);
    }
  }

  private static CrosswalkException failure(String sourceName, IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      return new CrosswalkFormatException(sourceName, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", String.valueOf(jpe.getOriginalMessage()), e);
    }
    return new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
  }

  /** The state of reading one input. */
  private final class Parse {
    private final JsonParser p;
    private final String source;

    Parse(JsonParser p, String source) {
      this.p = p;
      this.source = source;
    }

    void lines(CrosswalkBuilder builder) throws IOException {
      try {
        readLines(builder);
      } catch (JsonProcessingException e) {
        // Limit violations carry no location; report where the parser stopped.
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(), "",
            String.valueOf(e.getOriginalMessage()), e);
      }
    }

    private void readLines(CrosswalkBuilder builder) throws IOException {
      long expectedLine = 1;
      int count = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation start = p.currentTokenLocation();
        long line = start.getLineNr();
        long column = start.getColumnNr();
        if (line < expectedLine) {
          throw new CrosswalkFormatException(source, line, column, "",
              "more than one value on line " + line + "; JSON Lines holds one object per line", null);
        }
        if (line > expectedLine) {
          throw new CrosswalkFormatException(source, expectedLine, 0, "",
              "line " + expectedLine + " is blank; JSON Lines holds one object per line, with no blank lines", null);
        }
        if (t != JsonToken.START_OBJECT) {
          throw new CrosswalkFormatException(source, line, column, "",
              "expected a JSON object with a 'type' member, got " + describe(t), null);
        }
        if (++count > limits.maxElements()) {
          throw new CrosswalkFormatException(source, line, column, "",
              "the input holds more than " + limits.maxElements() + " lines (ReadLimits.maxElements)", null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) JsonTree.read(p);
        long endLine = p.currentLocation().getLineNr();
        if (endLine != line) {
          throw new CrosswalkFormatException(source, line, column, "",
              "the object starting on line " + line + " ends on line " + endLine
                  + "; JSON Lines holds each object on one line", null);
        }
        new Item(members, new Origin(source, line, column, "")).addTo(builder);
        expectedLine = line + 1;
      }
    }
  }

  /** One line's object, with typed, located access to its members. */
  private static final class Item {
    private final Map<String, Object> members;
    private final Origin at;

    Item(Map<String, Object> members, Origin at) {
      this.members = members;
      this.at = at;
    }

    void addTo(CrosswalkBuilder builder) {
      Object type = members.get("type");
      if (type == null) {
        throw fail("", "the object has no 'type'; use one of " + MEMBERS.keySet());
      }
      if (!(type instanceof String typeName) || !MEMBERS.containsKey(typeName)) {
        throw fail("/type", "'type' must be one of " + MEMBERS.keySet() + ", got " + show(type));
      }
      List<String> allowed = MEMBERS.get(typeName);
      for (String name : members.keySet()) {
        if (!name.equals("type") && !allowed.contains(name)) {
          throw fail("/" + escape(name), "unknown member '" + name + "' for type '" + typeName + "'; allowed: type, "
              + String.join(", ", allowed) + " (put your own data inside 'extensions')");
        }
      }
      try {
        switch (typeName) {
          case "framework" -> builder.addFramework(new Framework(req("id"), req("name"), req("edition"),
              req("publisher"), enumValue("kind", FrameworkKind.class), opt("sourceUrl"), opt("license"),
              extensions()), at);
          case "source" -> builder.addSource(
              new Source(req("id"), req("title"), opt("url"), opt("publisher"), opt("date")), at);
          case "requirement" -> builder.addRequirement(new Requirement(ref("id"), req("title"), req("kind"),
              opt("parent").map(v -> ref("parent")), opt("text").orElse(""), ImmutableList.copyOf(list("aliases")),
              bool("assessable", true), map("attributes"), extensions()), at);
          case "control" -> builder.addControl(new Control(ref("id"), req("title"), req("description"),
              map("attributes"), extensions()), at);
          case "mapping" -> builder.addMapping(new Mapping(ref("source"), ref("target"),
              enumValue("relationship", Relationship.class), enumValue("rationale", Rationale.class),
              strength(), req("justification"), ImmutableSortedSet.copyOf(nonEmptyList("sources")),
              refs("derivedVia")), at);
          case "noCounterpart" -> builder.addNoCounterpart(new NoCounterpart(ref("element"), req("framework"),
              req("reason"), ImmutableSortedSet.copyOf(nonEmptyList("sources"))), at);
          default -> throw new IllegalStateException(typeName);
        }
      } catch (CrosswalkFormatException e) {
        throw e;
      } catch (CrosswalkException | IllegalArgumentException e) {
        // The records' constructors validate; report at the line.
        throw fail("", "invalid " + typeName + ": " + e.getMessage());
      }
    }

    private String req(String name) {
      Object v = members.get(name);
      if (v == null) {
        throw fail("", "the object has no '" + name + "'; it is required");
      }
      if (!(v instanceof String s)) {
        throw fail("/" + name, "'" + name + "' must be a string, got " + show(v));
      }
      return s;
    }

    private Optional<String> opt(String name) {
      return members.containsKey(name) ? Optional.of(req(name)) : Optional.empty();
    }

    private ElementRef ref(String name) {
      String text = req(name);
      try {
        return ElementRef.parse(text);
      } catch (CrosswalkException e) {
        throw fail("/" + name, e.getMessage());
      }
    }

    private ImmutableList<ElementRef> refs(String name) {
      List<ElementRef> out = new ArrayList<>();
      List<String> texts = list(name);
      for (int i = 0; i < texts.size(); i++) {
        try {
          out.add(ElementRef.parse(texts.get(i)));
        } catch (CrosswalkException e) {
          throw fail("/" + name + "/" + i, e.getMessage());
        }
      }
      return ImmutableList.copyOf(out);
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String text = req(name);
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw fail("/" + name, "'" + text + "' is not a valid " + name + "; use one of "
          + Arrays.toString(type.getEnumConstants()));
    }

    private int strength() {
      Object v = members.get("strength");
      if (v == null) {
        throw fail("", "the object has no 'strength'; it is required");
      }
      if (v instanceof JsonTree.NumberText n && n.text().matches("-?[0-9]{1,9}")) {
        return Integer.parseInt(n.text());
      }
      throw fail("/strength", "expected an integer from 1 to 10, got " + show(v));
    }

    private boolean bool(String name, boolean absent) {
      Object v = members.get(name);
      if (v == null) {
        return absent;
      }
      if (!(v instanceof Boolean b)) {
        throw fail("/" + name, "expected true or false, got " + show(v));
      }
      return b;
    }

    private List<String> list(String name) {
      Object v = members.get(name);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof List<?> l)) {
        throw fail("/" + name, "'" + name + "' must be an array of strings, got " + show(v));
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        if (!(l.get(i) instanceof String s)) {
          throw fail("/" + name + "/" + i, "expected a string, got " + show(l.get(i)));
        }
        out.add(s);
      }
      return out;
    }

    private List<String> nonEmptyList(String name) {
      if (!members.containsKey(name)) {
        throw fail("", "the object has no '" + name + "'; it is required");
      }
      List<String> l = list(name);
      if (l.isEmpty()) {
        throw fail("/" + name, "'" + name + "' must not be empty");
      }
      return l;
    }

    private ImmutableSortedMap<String, String> map(String name) {
      Object v = members.get(name);
      if (v == null) {
        return ImmutableSortedMap.of();
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw fail("/" + name, "'" + name + "' must be an object of strings, got " + show(v));
      }
      Map<String, String> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String s)) {
          throw fail("/" + name + "/" + escape((String) e.getKey()),
              "attribute '" + e.getKey() + "' must be a string, got " + show(e.getValue()));
        }
        out.put((String) e.getKey(), s);
      }
      return ImmutableSortedMap.copyOf(out);
    }

    private Extensions extensions() {
      Object v = members.get("extensions");
      if (v == null) {
        return Extensions.EMPTY;
      }
      if (!(v instanceof Map<?, ?>)) {
        throw fail("/extensions", "'extensions' must be an object, got " + show(v));
      }
      try {
        return new Extensions(JsonTree.canonicalText(v));
      } catch (IOException e) {
        throw fail("/extensions", "cannot hold the extensions: " + e.getMessage());
      }
    }

    private CrosswalkFormatException fail(String pointer, String problem) {
      return new CrosswalkFormatException(at.source(), at.line(), at.column(), pointer, problem, null);
    }

    private static String escape(String name) {
      return name.replace("~", "~0").replace("/", "~1");
    }

    private static String show(Object v) {
      if (v instanceof String) {
        return "a string";
      }
      if (v instanceof Map<?, ?>) {
        return "an object";
      }
      if (v instanceof List<?>) {
        return "an array";
      }
      if (v instanceof Boolean) {
        return "a boolean";
      }
      if (v instanceof JsonTree.NumberText n) {
        return n.text();
      }
      return "null";
    }
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
