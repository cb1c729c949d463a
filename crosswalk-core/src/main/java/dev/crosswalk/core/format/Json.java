package dev.crosswalk.core.format;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Canonical writing of free-form JSON values held as maps, lists and scalars. */
final class Json {
  /** A JSON number, kept exactly as written. */
  record NumberText(String text) {}

  /** JSON {@code null} inside extensions. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private Json() {}

  /** Writes a value read by the reader; maps must already be sorted. */
  static void writeCanonical(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName((String) e.getKey());
        writeCanonical(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeCanonical(g, o);
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
}
