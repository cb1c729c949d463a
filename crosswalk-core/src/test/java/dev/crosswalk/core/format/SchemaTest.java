package dev.crosswalk.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped JSON Schema stays in step with what the reader accepts and the writer writes. */
class SchemaTest {

  @Test
  void schemaIsShippedAndNamesExactlyTheMembersTheReaderAccepts() throws Exception {
    Map<String, TreeSet<String>> schemaMembers = new TreeMap<>();
    try (InputStream in = getClass().getResourceAsStream("/dev/crosswalk/core/format/crosswalk-1.schema.json")) {
      assertNotNull(in, "schema missing from the jar");
      JsonParser p = new JsonFactory().createParser(in);
      // Collect "properties" keys of each $defs entry.
      String currentDef = null;
      int depth = 0;
      int propertiesDepth = -1;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT) {
          depth++;
        } else if (t == JsonToken.END_OBJECT) {
          if (depth == propertiesDepth) {
            propertiesDepth = -1;
          }
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (depth == 2 && "$defs".equals(p.getParsingContext().getParent().getCurrentName())) {
            currentDef = name;
          }
          if (depth == 3 && name.equals("properties") && currentDef != null) {
            propertiesDepth = depth + 1;
          } else if (depth == propertiesDepth) {
            schemaMembers.computeIfAbsent(currentDef, k -> new TreeSet<>()).add(name);
            p.nextToken();
            p.skipChildren();
          }
        }
      }
    }
    assertEquals(new TreeSet<>(List.of("description", "extensions", "id", "title", "attributes")),
        schemaMembers.get("control"));
    assertEquals(new TreeSet<>(List.of("derivedVia", "justification", "rationale", "relationship", "source",
        "sources", "strength", "target")), schemaMembers.get("mapping"));
    assertEquals(new TreeSet<>(List.of("aliases", "assessable", "attributes", "extensions", "id", "kind", "parent",
        "text", "title")), schemaMembers.get("requirement"));
    assertEquals(new TreeSet<>(List.of("attributes", "edition", "extensions", "id", "kind", "license", "name",
        "publisher", "sourceUrl")), schemaMembers.get("framework"));
    assertEquals(new TreeSet<>(List.of("element", "framework", "sources", "statement")), schemaMembers.get("addition"));
    assertEquals(new TreeSet<>(List.of("date", "id", "publisher", "title", "url")), schemaMembers.get("source"));
    assertEquals(new TreeSet<>(List.of("element", "framework", "reason", "sources")), schemaMembers.get("noCounterpart"));
  }
}
