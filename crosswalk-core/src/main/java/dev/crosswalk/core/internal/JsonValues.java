package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.crosswalk.core.model.Extensions;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Free-form JSON values held as sorted maps, lists and scalars, and their canonical text (members
 * sorted by name, no white space, numbers as written): the form {@link Extensions} are kept in.
 * Shared by every reader and writer of crosswalk items. Not API.
 */
public final class JsonValues {
  /** A JSON number, kept exactly as written. */
  public record NumberText(String text) {}

  /** JSON {@code null}. */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final JsonFactory PLAIN = JsonFactory.builder().build();

  private JsonValues() {}

  /**
   * Reads the value at the parser's current token, which has already been read; objects become
   * sorted maps. A duplicate key fails here even when the parser does not check for them, and so
   * does a string or key that {@link InputText} refuses; limits are the parser's to enforce.
   *
   * @throws IOException if the parser fails, including on truncated input
   */
  public static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input: the document is truncated");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new TreeMap<>();
        while (next(p) == JsonToken.FIELD_NAME) {
          String key = checked(p, p.currentName());
          if (m.containsKey(key)) {
            // Jackson's wording, for readers whose factory leaves duplicates to us.
            throw new com.fasterxml.jackson.core.JsonParseException(p, "Duplicate field '" + key + "'");
          }
          next(p);
          m.put(key, read(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (next(p) != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return checked(p, p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new NumberText(p.getText());
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t);
    }
  }

  /**
   * The text, read from the parser's current token, when {@link InputText} accepts it.
   *
   * @throws com.fasterxml.jackson.core.JsonParseException at the token, naming the problem
   */
  public static String checked(JsonParser p, String text) throws IOException {
    String problem = InputText.problem(text);
    if (problem != null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, problem);
    }
    return text;
  }

  private static JsonToken next(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input: the document is truncated");
    }
    return t;
  }

  /** Writes a value read by {@link #read} in canonical form. */
  public static void write(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        write(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof NumberText n) {
      g.writeNumber(n.text());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value == NULL) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  /** The canonical text of a value read by {@link #read}. */
  public static String canonicalText(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PLAIN.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * The canonical, single-line text of extensions, whatever white space or member order they
   * were built with.
   *
   * @throws IOException if the extensions are not well-formed JSON
   */
  public static String canonical(Extensions extensions) throws IOException {
    if (extensions.isEmpty()) {
      return extensions.json();
    }
    try (JsonParser p = PLAIN.createParser(extensions.json())) {
      p.nextToken();
      Object tree = read(p);
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the extensions object");
      }
      return canonicalText(tree);
    }
  }

  /** Names a value's JSON type for error messages ("a string", "an object", ...; numbers as written). */
  public static String describe(Object v) {
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
    if (v instanceof NumberText n) {
      return "a number (" + n.text() + ")";
    }
    return "null";
  }

  /** Names a parser token for error messages ("an object", "a string", ...; "end of input" for null). */
  public static String describe(JsonToken t) {
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

  /** Escapes a member name for a JSON pointer (RFC 6901). */
  public static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
