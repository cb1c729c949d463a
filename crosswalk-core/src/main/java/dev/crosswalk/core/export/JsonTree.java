package dev.crosswalk.core.export;

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
 * Free-form JSON values held as sorted maps, lists and scalars, and their canonical text: the
 * same form the canonical reader gives {@link Extensions} (members sorted by name, no white
 * space, numbers as written).
 */
final class JsonTree {
  /** A JSON number, kept exactly as written. */
  record NumberText(String text) {}

  /** JSON {@code null}. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private static final JsonFactory PLAIN = JsonFactory.builder().build();

  private JsonTree() {}

  /**
   * Reads the value at the parser's current token, which has already been read; objects become
   * sorted maps. Duplicate keys are the parser's to reject.
   */
  static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new TreeMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          m.put(key, read(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
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
      default -> throw new IllegalStateException("unexpected token " + t);
    }
  }

  /** Writes a value read by {@link #read} in canonical form. */
  static void write(JsonGenerator g, Object value) throws IOException {
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
      throw new IllegalStateException("not a JSON value: " + value);
    }
  }

  /** The canonical text of a value read by {@link #read}. */
  static String canonicalText(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = PLAIN.createGenerator(out)) {
      write(g, value);
    }
    return out.toString();
  }

  /**
   * The canonical, single-line text of extensions, whatever white space or member order they
   * were built with.
   *
   * @throws IOException if the extensions are not well-formed JSON
   */
  static String canonical(Extensions extensions) throws IOException {
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
}
