package dev.crosswalk.core.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Inputs and helpers for the OSCAL tests. */
final class OscalFixtures {
  private static final JsonFactory PLAIN = JsonFactory.builder().build();
  private OscalFixtures() {}

  /**
   * A small crosswalk with HIPAA-style refs (parentheses, a section that is a grouping node, an
   * alias), SOC 2 refs, a control catalog, curated and derived mappings, dated sources, extensions
   * and text holding Markdown characters.
   */
  static Crosswalk hipaaLike() {
    return builder().build();
  }

  static CrosswalkBuilder builder() {
    return Crosswalk.builder()
        .addFramework(new Framework("hipaa", "HIPAA Security Rule", "45 CFR Part 164 (eCFR as checked 2026-11-22)",
            "U.S. Department of Health and Human Services", FrameworkKind.REGULATION,
            Optional.of("https://www.ecfr.gov/current/title-45/part-164"), Optional.of("public domain"), com.google.common.collect.ImmutableSortedMap.of(),
            new Extensions("{\"owner\":\"team \\\"x\\\"\"}")))
        .addFramework(Framework.of("soc2", "SOC 2 Trust Services Criteria", "TSC 2017", "AICPA",
            FrameworkKind.ATTESTATION_CRITERIA))
        .addFramework(Framework.of("controls", "Common controls", "1.0", "crosswalk maintainers",
            FrameworkKind.CONTROL_CATALOG))
        .addSource(new Source("ecfr", "45 CFR Part 164", Optional.of("https://www.ecfr.gov/"), Optional.of("HHS"),
            Optional.of("2026-11-22")))
        .addSource(Source.of("analysis", "crosswalk analysis"))
        .addRequirement(Requirement.builder("hipaa:164.312", "Technical safeguards").kind("section")
            .assessable(false).attribute("rule", "security").build())
        .addRequirement(Requirement.builder("hipaa:164.312(a)(1)", "Access control").kind("standard")
            .parent("164.312").attribute("designation", "required").text("Implement technical policies.").build())
        .addRequirement(Requirement.builder("hipaa:164.312(a)(2)(iv)", "Encryption and decryption")
            .kind("implementation-specification").parent("164.312(a)(1)").attribute("designation", "addressable")
            .text("Implement a mechanism to encrypt and decrypt *electronic* protected health information [ePHI].")
            .alias("164.312(a)(2)(iv)-2003").build())
        .addRequirement(Requirement.builder("hipaa:164.312(b)", "Audit controls").kind("standard")
            .parent("164.312").attribute("designation", "required")
            .text("Implement hardware, software, and/or procedural mechanisms\nthat record and examine activity.")
            .build())
        .addRequirement(Requirement.builder("soc2:CC7", "System operations").kind("series").assessable(false).build())
        .addRequirement(Requirement.builder("soc2:CC7.2", "Monitoring of system components").kind("criterion")
            .parent("CC7").attribute("category", "security").build())
        .addRequirement(Requirement.builder("soc2:CC6.1", "Logical access security").kind("criterion").build())
        .addControl(Control.of("controls:LOG-01", "Central logging", "Logs go to one place; see {{ insert }}.",
            Map.of("domain", "LOG")))
        .addMapping(Mapping.curated("hipaa:164.312(b)", "soc2:CC7.2", Relationship.SUBSET_OF, Rationale.SEMANTIC, 8,
            "Monitoring covers audit controls \\ and more.", List.of("ecfr", "analysis")))
        .addMapping(Mapping.curated("hipaa:164.312(a)(2)(iv)", "soc2:CC6.1", Relationship.INTERSECTS_WITH,
            Rationale.FUNCTIONAL, 5, "Encryption is one logical access measure.", List.of("analysis")))
        .addMapping(Mapping.curated("hipaa:164.312(a)(1)", "soc2:CC6.1", Relationship.EQUAL, Rationale.SYNTACTIC, 9,
            "Same words.", List.of("analysis")))
        .addMapping(Mapping.curated("controls:LOG-01", "hipaa:164.312(b)", Relationship.SUPERSET_OF,
            Rationale.FUNCTIONAL, 7, "Central logging records activity.", List.of("ecfr")))
        .addMapping(new Mapping(ElementRef.parse("controls:LOG-01"), ElementRef.parse("soc2:CC7.2"),
            Relationship.NOT_RELATED, Rationale.SEMANTIC, 1, "Derived through audit controls.", dev.crosswalk.core.model.Citation.ofSources(ImmutableSortedSet.of("ecfr")), ImmutableList.of(ElementRef.parse("hipaa:164.312(b)"))))
        .addNoCounterpart(NoCounterpart.of(ElementRef.parse("hipaa:164.312(a)(2)(iv)"), "controls",
            "No encryption control yet.", ImmutableSortedSet.of("analysis")));
  }

  /** A test resource of this package as bytes. */
  static byte[] resource(String name) {
    try (InputStream in = OscalFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON into maps (member order kept), lists, strings, booleans, numbers and null. */
  static Object json(byte[] bytes) {
    try (JsonParser p = PLAIN.createParser(bytes)) {
      p.nextToken();
      return tree(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Object json(String text) {
    return json(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Object tree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          p.nextToken();
          m.put(key, tree(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(tree(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Reads the maps of a mapping collection back into mappings, using only what the document holds:
   * the element props of sources and targets (checked against the id-refs), the relationship and
   * rationale tokens, the strength and derived-via props, the remarks, and the source ids of the
   * back-matter resources the links point at. Sorted in {@link Mapping#ORDER}.
   */
  static List<Mapping> mappingsOf(byte[] collection) {
    Object doc = at(json(collection), "mapping-collection");
    Map<String, String> sourceIds = new LinkedHashMap<>();
    for (Object resource : OscalFixtures.<List<Object>>at(doc, "back-matter", "resources")) {
      for (Object prop : OscalFixtures.<List<Object>>at(resource, "props")) {
        if ("source-id".equals(at(prop, "name"))) {
          sourceIds.put("#" + at(resource, "uuid"), at(prop, "value"));
        }
      }
    }
    List<Mapping> out = new ArrayList<>();
    for (Object mapping : OscalFixtures.<List<Object>>at(doc, "mappings")) {
      for (Object map : OscalFixtures.<List<Object>>at(mapping, "maps")) {
        int strength = 0;
        List<ElementRef> via = new ArrayList<>();
        for (Object prop : OscalFixtures.<List<Object>>at(map, "props")) {
          String value = at(prop, "value");
          switch ((String) at(prop, "name")) {
            case "strength" -> strength = Integer.parseInt(value);
            case "derived-via" -> via.add(ElementRef.parse(value));
            default -> throw new AssertionError("unexpected prop " + prop);
          }
        }
        List<dev.crosswalk.core.model.Citation> sources = new ArrayList<>();
        for (Object link : OscalFixtures.<List<Object>>at(map, "links")) {
          String text = ((Map<?, ?>) link).containsKey("text") ? Oscal.fromMarkdown(at(link, "text")) : null;
          sources.add(new dev.crosswalk.core.model.Citation(sourceIds.get((String) at(link, "href")),
              java.util.Optional.ofNullable(text)));
        }
        out.add(new Mapping(item(map, "sources"), item(map, "targets"), relationship(at(map, "relationship")),
            Rationale.valueOf(((String) at(map, "matching-rationale")).toUpperCase(java.util.Locale.ROOT)), strength,
            Oscal.fromMarkdown(at(map, "remarks")), ImmutableSortedSet.copyOf(sources), ImmutableList.copyOf(via)));
      }
    }
    out.sort(Mapping.ORDER);
    return out;
  }

  private static dev.crosswalk.core.model.MappingEnd item(Object map, String field) {
    List<Object> items = at(map, field);
    List<ElementRef> refs = new ArrayList<>();
    for (Object item : items) {
      ElementRef ref = ElementRef.parse(at(item, "props", 0, "value"));
      if (!"control".equals(at(item, "type")) || !OscalIds.of(ref.ref()).equals(at(item, "id-ref"))) {
        throw new AssertionError("type or id-ref does not match " + ref + ": " + item);
      }
      refs.add(ref);
    }
    return refs.size() == 1 ? refs.get(0) : dev.crosswalk.core.model.Joint.ofMembers(refs);
  }


  /** The relationship an OSCAL 1.2 relationship token stands for. */
  static Relationship relationship(String token) {
    return switch (token) {
      case "equal-to", "equivalent-to" -> Relationship.EQUAL;
      case "subset-of" -> Relationship.SUBSET_OF;
      case "superset-of" -> Relationship.SUPERSET_OF;
      case "intersects-with" -> Relationship.INTERSECTS_WITH;
      case "no-relationship" -> Relationship.NOT_RELATED;
      default -> throw new AssertionError("not an OSCAL 1.2 relationship: " + token);
    };
  }

  /** Follows a path of member names and array indexes through a parsed tree. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object tree, Object... path) {
    Object o = tree;
    for (Object step : path) {
      if (step instanceof Integer i) {
        o = ((List<Object>) o).get(i);
      } else {
        o = ((Map<String, Object>) o).get((String) step);
      }
      if (o == null) {
        throw new AssertionError("nothing at " + List.of(path));
      }
    }
    return (T) o;
  }
}
