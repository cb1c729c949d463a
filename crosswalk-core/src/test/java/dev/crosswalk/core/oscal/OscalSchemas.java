package dev.crosswalk.core.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * NIST's OSCAL JSON Schemas of the version the writers declare, vendored under
 * {@code src/test/resources/oscal-schema} (see the README there), and a validator for them.
 */
public final class OscalSchemas {
  /** The OSCAL version whose schemas are vendored; the writers must declare the same. */
  public static final String VERSION = "1.2.0";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** OSCAL's StringDatatype: no line break, no leading or trailing white space, not empty. */
  private static final Pattern ONE_LINE = Pattern.compile("\\S(.*\\S)?");
  private static Schema catalog;
  private static Schema mapping;

  private OscalSchemas() {}

  /** The violations of the catalog schema, each as "instance location: message"; empty when valid. */
  public static List<String> catalogViolations(byte[] document) {
    return violations(catalog(), document);
  }

  /** The violations of the mapping-collection schema; empty when valid. */
  public static List<String> mappingViolations(byte[] document) {
    return violations(mapping(), document);
  }

  private static synchronized Schema catalog() {
    if (catalog == null) {
      catalog = load("oscal_catalog_schema.json");
    }
    return catalog;
  }

  private static synchronized Schema mapping() {
    if (mapping == null) {
      mapping = load("oscal_mapping_schema.json");
    }
    return mapping;
  }

  private static Schema load(String file) {
    String path = "/oscal-schema/" + VERSION + "/" + file;
    try (InputStream in = OscalSchemas.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the test resources");
      }
      // Formats (date-time, uri, email) are asserted too: OSCAL's schemas state them as constraints.
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
          b -> b.schemaRegistryConfig(com.networknt.schema.SchemaRegistryConfig.builder()
              .formatAssertionsEnabled(true).build()));
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The violations of the catalog or mapping-collection schema once every text that a one-line
   * OSCAL string cannot hold (a line break, a control character, leading or trailing white space,
   * empty) is replaced by {@code x}: the document's structure alone, for random data whose text is
   * deliberately awkward.
   */
  public static List<String> structuralViolations(byte[] document) {
    try {
      JsonNode tree = MAPPER.readTree(document);
      Schema schema = tree.has("mapping-collection") ? mapping() : catalog();
      return schema.validate(oneLine(tree)).stream()
          .map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode oneLine(JsonNode node) {
    if (node.isTextual() && !ONE_LINE.matcher(node.textValue()).matches()) {
      return TextNode.valueOf("x");
    }
    if (node instanceof ObjectNode o) {
      o.properties().forEach(e -> e.setValue(oneLine(e.getValue())));
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        a.set(i, oneLine(a.get(i)));
      }
    }
    return node;
  }

  private static List<String> violations(Schema schema, byte[] document) {
    List<Error> errors = schema.validate(new String(document, StandardCharsets.UTF_8), InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
