package dev.crosswalk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.export.JsonLinesReader;
import dev.crosswalk.core.export.MappingsCsvReader;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.core.oscal.OscalCatalogReader;
import dev.crosswalk.core.overlay.OverlayReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reader refuses a text holding U+0000 or an unpaired surrogate, written as a JSON escape
 * ({@code \u0000}, {@code \ud800}) or, in CSV, as the raw character, with a located
 * {@link CrosswalkFormatException}. Before, each reader accepted them: a NUL reached the HTML
 * report and CSV exports as a raw NUL byte, and a lone surrogate failed (or became {@code ?}) in
 * a later export.
 */
class InputTextTest {
  private static final String NUL = "\\u0000";
  private static final String SURROGATE = "\\ud800";
  private static final String LOW_SURROGATE_FIRST = "\\udc00\\ud800";

  /** One reader and a valid input with {@code BAD} where the bad text goes. */
  private record Reader(String name, String template, Function<String, Object> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String CANONICAL = """
      {"formatVersion": "1.0",
       "frameworks": [{"id": "f", "name": "F", "edition": "1", "publisher": "p", "kind": "STANDARD"}],
       "requirements": [{"id": "f:r", "title": "a BAD title", "kind": "standard"}]}""";

  private static Stream<Reader> readers() {
    return Stream.of(
        new Reader("canonical JSON (stream)", CANONICAL,
            text -> CrosswalkReader.create().read(stream(text), "in.json")),
        new Reader("canonical JSON (string)", CANONICAL, text -> CrosswalkReader.create().read(text, "in.json")),
        new Reader("canonical JSON (a repeated member)", CANONICAL.replace("a BAD title", "t")
            .replace("\"kind\": \"standard\"", "\"kind\": \"stBADandard\""),
            text -> CrosswalkReader.create().read(stream(text), "in.json")),
        new Reader("canonical JSON (an extensions key)", CANONICAL.replace("\"kind\": \"standard\"",
            "\"kind\": \"standard\", \"extensions\": {\"kBADey\": 1}"),
            text -> CrosswalkReader.create().read(stream(text), "in.json")),
        new Reader("JSON Lines", """
            {"type":"framework","id":"f","name":"F","edition":"1","publisher":"p","kind":"STANDARD"}
            {"type":"requirement","id":"f:r","title":"a BAD title","kind":"standard"}
            """, text -> JsonLinesReader.create().read(stream(text), "in.jsonl")),
        new Reader("overlay JSON", CANONICAL, text -> OverlayReader.create().read(stream(text), "in.json")),
        new Reader("OSCAL catalog", """
            {"catalog": {"uuid": "u", "metadata": {"title": "T", "version": "1"},
             "groups": [{"id": "g", "title": "a BAD title"}]}}""",
            text -> OscalCatalogReader.create().read(stream(text), "in.json")),
        new Reader("OSCAL mapping collection", oscalMappingCollection(),
            text -> dev.crosswalk.core.oscal.OscalMappingReader.create().read(stream(text), "in.json")),
        new Reader("decisions", """
            {"decisions": [{"requirement": "hipaa:164.312(a)(2)(iv)", "decision": "alternative", "text": "a BAD text"}]}""",
            text -> dev.crosswalk.core.readiness.DecisionsReader.create().read(stream(text), "in.json")),
        new Reader("control inventory", """
            {"controls": [{"control": "controls:IAM-02", "status": "implemented", "owner": "a BAD owner"}]}""",
            text -> dev.crosswalk.core.readiness.InventoryReader.create().read(stream(text), "in.json")),
        new Reader("data manifest", """
            {"id": "a BAD id", "dataVersion": "1.0.0", "formatVersion": "1.0", "released": "2026-01-01",
             "files": [{"path": "a.json", "sha256": "%s"}]}""".formatted("0".repeat(64)),
            text -> DataManifest.read(stream(text), "in.json")));
  }

  /** A mapping collection as the exporter writes it, its justification holding {@code BAD}. */
  private static String oscalMappingCollection() {
    dev.crosswalk.core.model.Crosswalk c = dev.crosswalk.core.model.Crosswalk.builder()
        .addSource(dev.crosswalk.core.model.Source.of("s", "S"))
        .addFramework(dev.crosswalk.core.model.Framework.of("a", "A", "1", "p", dev.crosswalk.core.model.FrameworkKind.STANDARD))
        .addFramework(dev.crosswalk.core.model.Framework.of("b", "B", "1", "p", dev.crosswalk.core.model.FrameworkKind.STANDARD))
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("a:1", "one").build())
        .addRequirement(dev.crosswalk.core.model.Requirement.builder("b:1", "one").build())
        .addMapping(dev.crosswalk.core.model.Mapping.curated("a:1", "b:1", dev.crosswalk.core.model.Relationship.EQUAL,
            dev.crosswalk.core.model.Rationale.SEMANTIC, 5, "a BAD justification", List.of("s")))
        .build();
    String json = new String(dev.crosswalk.core.oscal.OscalMappingWriter.create().toBytes(c, "a", "b"),
        java.nio.charset.StandardCharsets.UTF_8);
    if (!json.contains("a BAD justification")) {
      throw new AssertionError("the template lost its marker: " + json);
    }
    return json;
  }

  private static Stream<Arguments> jsonCases() {
    return readers().flatMap(r -> Stream.of(NUL, SURROGATE, LOW_SURROGATE_FIRST).map(bad -> Arguments.of(r, bad)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("jsonCases")
  void everyJsonReaderRefusesNulAndUnpairedSurrogates(Reader reader, String bad) {
    reader.read().apply(reader.template().replace("BAD", "ok")); // the input is valid otherwise
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> reader.read().apply(reader.template().replace("BAD", bad)));
    assertTrue(e.line() > 0, "located: " + e.getMessage());
    assertTrue(e.getMessage().startsWith("in.json") && e.problem().contains(bad.equals(NUL) ? "U+0000" : "unpaired surrogate"),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvTexts")
  void csvReadersRefuseARawNul(String table, String csv) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> OverlayReader.create().read(stream(csv), table));
    assertEquals(2, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
    if (table.equals("mappings.csv")) {
      assertThrows(CrosswalkFormatException.class, () -> MappingsCsvReader.create().read(csv, table));
    }
  }

  private static Stream<Arguments> csvTexts() {
    return Stream.of(
        Arguments.of("requirements.csv", "framework,ref,parent,kind,title,attr_designation,attr_category\n"
            + "f,r,,standard,a \u0000 title,,\n"),
        Arguments.of("mappings.csv", "source,target,relationship,strength,rationale,justification,sources\n"
            + "a:b,c:d,EQUAL,5,SEMANTIC,j\u0000,s\n"));
  }

  @org.junit.jupiter.api.Test
  void pairsAndOtherCharactersPass() {
    assertNull(InputText.problem("😀 é \u0001 \uFFFF"));
    char[] chars = "x😀y".toCharArray();
    assertNull(InputText.problem(chars, 1, 2));
    assertTrue(InputText.problem(chars, 1, 1).contains("U+D83D"), "half a pair is unpaired");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
