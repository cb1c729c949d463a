package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class OscalMappingReaderTest {
  @TempDir
  Path tmp;

  /**
   * An export read back, catalogs and collections, is the same crosswalk's mappings; on the
   * HIPAA-like fixture (crosswalk-data checks the bundled data).
   */
  @Test
  void exportReadsBackIntoTheSameMappingsAndSources() {
    checkReadsBack(OscalFixtures.hipaaLike(), tmp);
  }

  /**
   * {@code cw} exported as OSCAL and read back, catalogs and collections, has the same mappings
   * and the sources they cite; crosswalk-data runs it on the bundled data.
   */
  public static void checkReadsBack(Crosswalk cw, Path tmp) {
    List<Path> files = OscalExporter.create().write(cw, tmp);
    CrosswalkBuilder b = Crosswalk.builder();
    int collections = 0;
    for (Path file : files) {
      if (file.getFileName().toString().startsWith("oscal-catalog-")) {
        OscalCatalogReader.create().readInto(b, file);
      } else {
        OscalMappingCollection read = OscalMappingReader.create().readInto(b, file);
        assertEquals(cw.mappingsBetween(read.sourceFramework(), read.targetFramework()), read.mappings());
        collections++;
      }
    }
    Crosswalk back = b.build();
    assertTrue(collections >= 2);
    assertEquals(cw.mappings(), back.mappings());
    Map<String, Source> cited = new TreeMap<>();
    cw.mappings().forEach(m -> m.sources().forEach(id -> cited.put(id, cw.sources().get(id))));
    assertEquals(cited, back.sources());
  }

  /** A joint end is one map with several sources or targets, and a locator is the link's text. */
  @Test
  void jointEndsAndLocatorsRoundTrip() {
    Mapping joint = new Mapping(ElementRef.parse("hipaa:164.312(b)"),
        Joint.of(ElementRef.parse("soc2:CC6.1"), ElementRef.parse("soc2:CC7.2")), Relationship.SUBSET_OF,
        Rationale.FUNCTIONAL, 8, "Together they cover audit controls.",
        ImmutableSortedSet.of(Citation.of("ecfr", "164.312(b) *audit* [controls]"), Citation.of("analysis")),
        ImmutableList.of());
    Crosswalk c = OscalFixtures.builder().addMapping(joint).build();
    byte[] doc = OscalMappingWriter.create().toBytes(c, "hipaa", "soc2");
    assertEquals(List.of(), OscalSchemas.mappingViolations(doc));
    String json = new String(doc, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"targets\": [\n"), json);
    OscalMappingCollection read = OscalMappingReader.create().read(json, "m.json");
    assertEquals("hipaa", read.sourceFramework());
    assertEquals("soc2", read.targetFramework());
    assertEquals(c.mappingsBetween("hipaa", "soc2"), read.mappings());
    assertTrue(read.mappings().contains(joint));
  }

  @Test
  void faultsAreOneLineWithTheirPlace() {
    byte[] doc = OscalMappingWriter.create().toBytes(OscalFixtures.hipaaLike(), "hipaa", "soc2");
    String json = new String(doc, StandardCharsets.UTF_8);
    assertFault(json.replace("\"subset-of\"", "\"part-of\""), "'part-of' is not a relationship");
    assertFault(json.replaceFirst("\"value\": \"8\"", "\"value\": \"11\""), "strength '11' is not a strength");
    assertFault(json.replaceFirst("\"rel\": \"reference\"", "\"rel\": \"related\""), "no 'reference' link");
    assertFault(json.replaceFirst("\"type\": \"control\"", "\"type\": \"statement\""), "only type 'control'");
    assertFault(json.replaceFirst("\"id-ref\": \"_164", "\"id-ref\": \"x_164"), "is not the OSCAL id of its element");
    assertFault(json.replaceFirst("\"remarks\": \"[^\"]*\"", "\"remarks\": 7"), "expected a string, got");
    assertFault(json.substring(0, json.length() / 2), "truncated");
    assertFault("{\"catalog\": {}}", "no 'mapping-collection' member (found catalog)");
    String badHref = json.replaceAll("(\"href\": \"#)([0-9a-f-]+)(\",\n\\s*\"rel\": \"reference\")", "$1x$3");
    assertFault(badHref, "does not point at a back-matter resource");
  }

  private static void assertFault(String json, String expected) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> OscalMappingReader.create().read(json, "m.json"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith("m.json:"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  /** Work is bounded: more maps and items than ReadLimits.maxElements is refused while streaming. */
  @Test
  void theElementLimitBoundsTheMapsRead() {
    byte[] doc = OscalMappingWriter.create().toBytes(OscalFixtures.hipaaLike(), "hipaa", "soc2");
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> OscalMappingReader.create()
        .withLimits(new dev.crosswalk.core.ReadLimits(64, 4096, 1 << 20, 4))
        .read(new java.io.ByteArrayInputStream(doc), "m.json"));
    assertTrue(e.getMessage().contains("ReadLimits.maxElements"), e.getMessage());
  }
}
