package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExportProperties {

  @Provide
  Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(40);
  }

  @Provide
  Arbitrary<Crosswalk> smallerCrosswalks() {
    return RandomCrosswalks.crosswalks(30);
  }

  @Property(tries = 400)
  void jsonLinesRoundTripIsLossless(@ForAll("crosswalks") Crosswalk original) {
    byte[] written = JsonLinesExporter.create().toBytes(original);
    Crosswalk read = JsonLinesReader.create().read(new ByteArrayInputStream(written), "random.jsonl");
    assertEquals(original, read);
    assertArrayEquals(written, JsonLinesExporter.create().toBytes(read));
    long lines = new String(written, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    assertEquals(original.frameworks().size() + original.sources().size() + original.requirements().size()
        + original.controls().size() + original.mappings().size() + original.noCounterparts().size()
        + original.additions().size(), lines);
  }

  @Property(tries = 300)
  void canonicalJsonExportRoundTripIsLossless(@ForAll("crosswalks") Crosswalk original) throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("xw-json");
    try {
      java.nio.file.Path file = Exports.write(original, ExportFormat.JSON, dir).get(0);
      assertEquals(original, CrosswalkReader.create().read(file));
    } finally {
      try (var files = java.nio.file.Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Property(tries = 400)
  void mappingsCsvRoundTripKeepsEveryColumn(@ForAll("crosswalks") Crosswalk original) {
    String csv = CsvExporter.create().mappings(original);
    assertEquals(original.mappings(), MappingsCsvReader.create().read(csv, "random.csv"));
    // Through UTF-8 bytes, as a file (the generated text is well-formed Unicode).
    byte[] bytes = dev.crosswalk.core.internal.OutputFiles.utf8(csv, "mappings.csv");
    assertEquals(original.mappings(), MappingsCsvReader.create().read(new ByteArrayInputStream(bytes), "random.csv"));
  }

  @Property(tries = 400)
  void csvQuotingSurvivesAwkwardText(@ForAll("awkward") String text, @ForAll("awkward") String other) {
    String title = text.isBlank() ? "t" + text : text;
    String justification = other.isBlank() ? other + "j" : other;
    Crosswalk c = Fixtures.tiny()
        .addRequirement(Requirement.builder("soc2:CC1.1", title).kind("criterion").attribute("category", text)
            .attribute("designation", other).build())
        .addControl(Control.of("controls:X-1", title, justification, Map.of("domain", other)))
        .addMapping(Mapping.curated("soc2:CC1.1", "controls:X-1", Relationship.EQUAL, Rationale.SYNTACTIC, 3,
            justification, List.of("cfr")))
        .build();
    CsvExporter csv = CsvExporter.create();
    List<List<String>> requirements = ExportFixtures.parseCsv(csv.requirements(c));
    assertEquals(List.of("soc2", "CC1.1", "", "criterion", title, "true", "", "",
        CsvExporter.attributes(Map.of("category", text, "designation", other)), "", text, other),
        requirements.stream().filter(r -> r.get(1).equals("CC1.1")).findFirst().orElseThrow());
    List<List<String>> controls = ExportFixtures.parseCsv(csv.controls(c));
    assertEquals(List.of("controls", "X-1", title, justification, CsvExporter.attributes(Map.of("domain", other)), "",
        other), controls.get(2));
    assertEquals(c.mappings(), MappingsCsvReader.create().read(csv.mappings(c), "awkward.csv"));
    requirements.forEach(r -> assertEquals(CsvExporter.REQUIREMENT_COLUMNS.size() + 2, r.size()));
  }

  @Provide
  Arbitrary<String> awkward() {
    return Arbitraries.strings()
        .withChars(',', '"', '\n', '\r', ' ', ';', '\'', 'a', 'Z', '0', 'é', '漢', '\t', '#', '=')
        .withCharRange('\u0001', '\u001f')
        .withCharRange('\u00a0', '\u00ff')
        .withChars("😀".toCharArray())
        .ofMinLength(1).ofMaxLength(20)
        .filter(s -> validSurrogates(s));
  }

  private static boolean validSurrogates(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(ch)) {
        return false;
      }
    }
    return true;
  }

  /** Equal crosswalks export the same bytes, and so does one rebuilt from its parts in another order. */
  @Property(tries = 300)
  void everyExportIsDeterministic(@ForAll("smallerCrosswalks") Crosswalk a, @ForAll Choices order) {
    Crosswalk b = shuffled(a, Choices.of()); // an equal crosswalk built again, in the same order
    CsvExporter csv = CsvExporter.create();
    assertEquals(csv.frameworks(a), csv.frameworks(b));
    assertEquals(csv.requirements(a), csv.requirements(b));
    assertEquals(csv.controls(a), csv.controls(b));
    assertEquals(csv.mappings(a), csv.mappings(b));
    assertArrayEquals(JsonLinesExporter.create().toBytes(a), JsonLinesExporter.create().toBytes(b));
    assertArrayEquals(SqlExporter.create().toBytes(a), SqlExporter.create().toBytes(b));
    assertArrayEquals(CrosswalkWriter.create().toBytes(a), CrosswalkWriter.create().toBytes(b));
    // A crosswalk rebuilt from its parts in another order exports the same bytes.
    Crosswalk rebuilt = shuffled(a, order);
    assertArrayEquals(SqlExporter.create().toBytes(a), SqlExporter.create().toBytes(rebuilt));
    assertArrayEquals(JsonLinesExporter.create().toBytes(a), JsonLinesExporter.create().toBytes(rebuilt));
    assertEquals(csv.requirements(a), csv.requirements(rebuilt));
  }

  @Property(tries = 50)
  void sqlLoadsIntoSqliteWithTheModelsRowCounts(@ForAll("crosswalks") Crosswalk c) throws Exception {
    checkLoads("jdbc:sqlite::memory:", c);
  }

  @Property(tries = 20)
  void sqlLoadsIntoDuckDbWithTheModelsRowCounts(@ForAll("crosswalks") Crosswalk c) throws Exception {
    checkLoads("jdbc:duckdb:", c);
  }

  private static void checkLoads(String url, Crosswalk c) throws Exception {
    try (Connection db = DriverManager.getConnection(url)) {
      ExportFixtures.load(db, SqlExporter.create().statements(c));
      Map<String, Long> expected = new TreeMap<>();
      expected.put("frameworks", (long) c.frameworks().size());
      expected.put("sources", (long) c.sources().size());
      expected.put("elements", (long) c.requirements().size() + c.controls().size());
      expected.put("requirements", (long) c.requirements().size());
      expected.put("requirement_aliases", c.requirements().values().stream().mapToLong(r -> r.aliases().size()).sum());
      expected.put("requirement_attributes",
          c.requirements().values().stream().mapToLong(r -> r.attributes().size()).sum());
      expected.put("controls", (long) c.controls().size());
      expected.put("control_attributes", c.controls().values().stream().mapToLong(x -> x.attributes().size()).sum());
      expected.put("mappings", (long) c.mappings().size());
      expected.put("mapping_members", c.mappings().stream()
          .mapToLong(m -> m.source().members().size() + m.target().members().size()).sum());
      expected.put("mapping_sources", c.mappings().stream().mapToLong(m -> m.citations().size()).sum());
      expected.put("mapping_pivots", c.mappings().stream().mapToLong(m -> m.derivedVia().size()).sum());
      expected.put("no_counterparts", (long) c.noCounterparts().size());
      expected.put("no_counterpart_sources", c.noCounterparts().stream().mapToLong(n -> n.citations().size()).sum());
      expected.put("framework_attributes", c.frameworks().values().stream().mapToLong(f -> f.attributes().size()).sum());
      expected.put("additions", (long) c.additions().size());
      expected.put("addition_sources", c.additions().stream().mapToLong(a -> a.citations().size()).sum());
      Map<String, Long> actual = new TreeMap<>();
      for (String table : SqlExporter.TABLES) {
        actual.put(table, ExportFixtures.count(db, table));
      }
      assertEquals(expected, actual);
      // Text comes back exactly, whatever quotes, line breaks or Unicode it holds.
      Map<String, String> titles = new TreeMap<>();
      c.requirements().values().forEach(r -> titles.put(r.id().toString(), r.title() + "\u0000" + r.text()));
      Map<String, String> loaded = new TreeMap<>();
      for (String row : ExportFixtures.column(db, "SELECT id || CHR_SEP || title || CHR_SEP || text FROM requirements"
          .replace("CHR_SEP", "'\u0002'"))) {
        String[] parts = row.split("\u0002", -1);
        loaded.put(parts[0], parts[1] + "\u0000" + parts[2]);
      }
      assertEquals(titles, loaded);
      List<String> justifications = new ArrayList<>(ExportFixtures.column(db, "SELECT justification FROM mappings ORDER BY id"));
      assertEquals(c.mappings().stream().map(Mapping::justification).toList(), justifications);
    }
  }

  /** The crosswalk built again from its parts, frameworks, requirements, mappings and additions in the chosen order. */
  private static Crosswalk shuffled(Crosswalk c, Choices r) {
    var b = Crosswalk.builder();
    List<Framework> frameworks = new ArrayList<>(c.frameworks().values());
    r.shuffle(frameworks);
    frameworks.forEach(b::addFramework);
    c.sources().values().forEach(b::addSource);
    List<Requirement> requirements = new ArrayList<>(c.requirements().values());
    r.shuffle(requirements);
    requirements.forEach(b::addRequirement);
    c.controls().values().forEach(b::addControl);
    List<Mapping> mappings = new ArrayList<>(c.mappings());
    r.shuffle(mappings);
    b.addMappings(ImmutableList.copyOf(mappings));
    c.noCounterparts().forEach(b::addNoCounterpart);
    List<dev.crosswalk.core.model.Addition> additions = new ArrayList<>(c.additions());
    r.shuffle(additions);
    additions.forEach(b::addAddition);
    return b.build();
  }

  static ElementRef ref(String text) {
    return ElementRef.parse(text);
  }
}
