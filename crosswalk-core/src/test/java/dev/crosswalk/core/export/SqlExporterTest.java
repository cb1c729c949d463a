package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.BundledData;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqlExporterTest {
  /** HIPAA Security Rule requirements that can be assessed and relate to no SOC 2 element either way. */
  static final String GAP_QUERY = """
      SELECT r.id
      FROM requirements r
      JOIN requirement_attributes a ON a.requirement = r.id AND a.name = 'rule' AND a.value = 'security'
      WHERE r.framework = 'hipaa' AND r.assessable
        AND NOT EXISTS (
          SELECT 1 FROM mapping_members mine
          JOIN mappings m ON m.id = mine.mapping
          JOIN mapping_members other ON other.mapping = m.id AND other.side <> mine.side
          JOIN elements e ON e.id = other.element
          WHERE mine.element = r.id
            AND e.framework = 'soc2'
            AND m.relationship <> 'NOT_RELATED')
      ORDER BY r.id""";

  /** Of those requirements, the ones recorded as having no SOC 2 counterpart. */
  static final String RECORDED_QUERY = """
      SELECT n.element
      FROM no_counterparts n
      JOIN requirements r ON r.id = n.element
      JOIN requirement_attributes a ON a.requirement = r.id AND a.name = 'rule' AND a.value = 'security'
      WHERE n.framework = 'soc2' AND r.assessable""";

  /** For each of those requirements, how many SOC 2 elements it relates to, either way. */
  static final String RELATED_COUNT_QUERY = """
      SELECT r.id || '|' || CAST(count(DISTINCT e.id) AS TEXT)
      FROM requirements r
      JOIN requirement_attributes a ON a.requirement = r.id AND a.name = 'rule' AND a.value = 'security'
      LEFT JOIN mapping_members mine ON mine.element = r.id
      LEFT JOIN mappings m ON m.id = mine.mapping AND m.relationship <> 'NOT_RELATED'
      LEFT JOIN mapping_members other ON other.mapping = m.id AND other.side <> mine.side
      LEFT JOIN elements e ON e.id = other.element AND e.framework = 'soc2'
      WHERE r.framework = 'hipaa' AND r.assessable
      GROUP BY r.id""";

  private final SqlExporter sql = SqlExporter.create();

  @Test
  void literalsDoubleSingleQuotes() {
    assertEquals("'it''s ''quoted'''", SqlExporter.literal("it's 'quoted'"));
    assertEquals("'é 漢字 😀'", SqlExporter.literal("é 漢字 😀"));
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, () -> SqlExporter.literal("a\0b"));
    assertTrue(e.getMessage().contains("U+0000"), e.getMessage());
    e = assertThrows(CrosswalkDataException.class, () -> SqlExporter.literal("smile \ud83d"));
    assertTrue(e.getMessage().contains("unpaired surrogate character (U+D83D at index 6)"), e.getMessage());
    assertEquals("'\ud83d\ude00'", SqlExporter.literal("\ud83d\ude00"));
  }

  @Test
  void scriptIsSchemaThenInsertsOnePerLine() {
    String script = sql.script(ExportFixtures.tiny());
    List<String> lines = script.lines().toList();
    assertEquals("BEGIN TRANSACTION;", lines.get(0));
    assertEquals(sql.schema(), lines.subList(1, 1 + SqlExporter.TABLES.size()));
    assertEquals("COMMIT;", lines.get(lines.size() - 1));
    assertTrue(script.endsWith(";\n"));
    lines.forEach(l -> assertTrue(l.endsWith(";"), l));
    assertTrue(lines.contains("INSERT INTO frameworks (id, name, edition, publisher, kind, source_url, license,"
        + " extensions) VALUES ('hipaa', 'HIPAA', '45 CFR 164', 'HHS', 'REGULATION', NULL, NULL, '{}');"));
    assertTrue(lines.contains("INSERT INTO requirements (id, framework, ref, parent, kind, title, text, assessable,"
        + " extensions) VALUES ('hipaa:164.312(b)', 'hipaa', '164.312(b)', 'hipaa:164.312', 'standard',"
        + " 'Audit controls', '', TRUE, '{}');"));
    assertTrue(lines.contains("INSERT INTO mappings (id, source, target, relationship, rationale, strength,"
        + " justification, derived) VALUES (2, 'hipaa:164.312(b)', 'soc2:CC7.2', 'SUBSET_OF', 'SEMANTIC', 8,"
        + " 'Monitoring covers audit controls.', FALSE);"));
    assertTrue(lines.contains("INSERT INTO mapping_sources (mapping, position, source, locator) VALUES (2, 1, 'cfr',"
        + " NULL);"));
    assertTrue(lines.contains("INSERT INTO mapping_members (mapping, side, element) VALUES (2, 'target',"
        + " 'soc2:CC7.2');"));
    assertEquals(lines.size() - 2, sql.statements(ExportFixtures.tiny()).size());
  }

  @Test
  void parentsAreInsertedBeforeChildren() {
    Crosswalk c = Fixtures.tiny()
        .addRequirement(Requirement.builder("soc2:A", "Child of Z").kind("criterion").parent("Z").build())
        .addRequirement(Requirement.builder("soc2:Z", "Root").kind("series").build())
        .build();
    List<String> statements = sql.statements(c);
    int child = indexOf(statements, "INSERT INTO requirements (id, framework, ref, parent, kind, title, text,"
        + " assessable, extensions) VALUES ('soc2:A'");
    int parent = indexOf(statements, "INSERT INTO requirements (id, framework, ref, parent, kind, title, text,"
        + " assessable, extensions) VALUES ('soc2:Z'");
    assertTrue(parent < child, "parent at " + parent + ", child at " + child);
  }

  @ParameterizedTest
  @MethodSource("dev.crosswalk.core.export.ExportFixtures#databaseUrls")
  void tinyLoadsWithTextIntact(String url) throws Exception {
    Crosswalk c = Fixtures.tiny()
        .addRequirement(Requirement.builder("soc2:CC1.1", "It's \"quoted\", here; --not a comment")
            .kind("criterion").text("line one\nline two\r\n'é' 漢字 😀 \u0001").build())
        .build();
    try (Connection db = DriverManager.getConnection(url)) {
      ExportFixtures.load(db, sql.statements(c));
      assertEquals(List.of("It's \"quoted\", here; --not a comment"),
          ExportFixtures.column(db, "SELECT title FROM requirements WHERE id = 'soc2:CC1.1'"));
      assertEquals(List.of("line one\nline two\r\n'é' 漢字 😀 \u0001"),
          ExportFixtures.column(db, "SELECT text FROM requirements WHERE id = 'soc2:CC1.1'"));
      assertEquals(8, ExportFixtures.count(db, "requirements"));
      assertEquals(List.of("hipaa:164.312(a)(2)(i)"), ExportFixtures.column(db, "SELECT element FROM no_counterparts"));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.crosswalk.core.export.ExportFixtures#databaseUrls")
  void wholeScriptRunsAsOneBatch(String url) throws Exception {
    try (Connection db = DriverManager.getConnection(url); java.sql.Statement s = db.createStatement()) {
      s.executeUpdate(sql.script(ExportFixtures.tiny()));
      assertEquals(2, ExportFixtures.count(db, "mappings"));
      assertEquals(7, ExportFixtures.count(db, "requirements"));
      assertEquals(8, ExportFixtures.count(db, "elements"));
    }
  }

  @ParameterizedTest
  @MethodSource("dev.crosswalk.core.export.ExportFixtures#databaseUrls")
  void gapQueryInSqlAgreesWithTheJavaApiOnBundledData(String url) throws Exception {
    Crosswalk cw = BundledData.crosswalk();
    List<Requirement> security = cw.requirements("hipaa").stream()
        .filter(Requirement::assessable)
        .filter(r -> r.attribute("rule").orElse("").equals("security"))
        .toList();
    Set<String> javaGaps = security.stream()
        .filter(r -> cw.mappingsOf(r.id(), "soc2").stream().allMatch(m -> m.relationship() == Relationship.NOT_RELATED))
        .map(r -> r.id().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> javaRecorded = security.stream()
        .filter(r -> cw.noCounterparts(r.id()).stream().map(NoCounterpart::framework).anyMatch("soc2"::equals))
        .map(r -> r.id().toString())
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> javaCounts = security.stream()
        .map(r -> r.id() + "|" + cw.mappingsOf(r.id(), "soc2").stream()
            .filter(m -> m.relationship() != Relationship.NOT_RELATED)
            .flatMap(m -> (m.target().framework().equals("soc2") ? m.target() : m.source()).members().stream())
            .distinct().count())
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(security.isEmpty());

    try (Connection db = DriverManager.getConnection(url)) {
      ExportFixtures.load(db, sql.statements(cw));
      assertEquals(cw.requirements().size(), ExportFixtures.count(db, "requirements"));
      assertEquals(cw.mappings().size(), ExportFixtures.count(db, "mappings"));
      Set<String> sqlGaps = new TreeSet<>(ExportFixtures.column(db, GAP_QUERY));
      Set<String> sqlRecorded = new TreeSet<>(ExportFixtures.column(db, RECORDED_QUERY));
      Set<String> sqlCounts = new TreeSet<>(ExportFixtures.column(db, RELATED_COUNT_QUERY));
      assertEquals(javaGaps, sqlGaps);
      assertEquals(javaRecorded, sqlRecorded);
      assertEquals(javaCounts, sqlCounts);
      System.out.printf("%s: %d assessable HIPAA Security Rule requirements, %d with no SOC 2 mapping %s,"
          + " %d recorded in no_counterparts %s; SQL == Java API%n",
          url, security.size(), sqlGaps.size(), sqlGaps, sqlRecorded.size(), sqlRecorded);
    }
  }

  private static int indexOf(List<String> statements, String prefix) {
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("no statement starts with " + prefix);
  }

  static ElementRef ref(String text) {
    return ElementRef.parse(text);
  }
}
