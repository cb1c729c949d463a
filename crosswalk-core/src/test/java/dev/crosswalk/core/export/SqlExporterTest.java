package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    int drops = SqlExporter.VIEWS.size() + SqlExporter.TABLES.size();
    assertEquals(sql.drops(), lines.subList(1, 1 + drops));
    assertEquals("DROP VIEW IF EXISTS gaps;", lines.get(1));
    assertEquals("DROP TABLE IF EXISTS addition_sources;", lines.get(1 + SqlExporter.VIEWS.size()));
    assertEquals(sql.schema(), lines.subList(1 + drops, 1 + drops + SqlExporter.TABLES.size() + 2));
    assertEquals(sql.views(), lines.subList(lines.size() - 1 - SqlExporter.VIEWS.size(), lines.size() - 1));
    assertEquals(sql.indexes(), lines.subList(lines.size() - 1 - SqlExporter.VIEWS.size() - sql.indexes().size(),
        lines.size() - 1 - SqlExporter.VIEWS.size()));
    assertTrue(sql.indexes().contains("CREATE INDEX IF NOT EXISTS mappings_source ON mappings (source);"));
    assertTrue(sql.indexes().contains("CREATE INDEX IF NOT EXISTS mappings_target ON mappings (target);"));
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

  /** Run twice on one database, the script gives the same data; the scope a user set is kept. */
  @ParameterizedTest
  @MethodSource("dev.crosswalk.core.export.ExportFixtures#databaseUrls")
  void scriptRunsAgainOnTheSameDatabaseKeepingTheScope(String url) throws Exception {
    try (Connection db = DriverManager.getConnection(url); java.sql.Statement s = db.createStatement()) {
      s.executeUpdate(sql.script(ExportFixtures.tiny()));
      s.executeUpdate("INSERT INTO scope (framework, attribute, value) VALUES ('hipaa', 'rule', 'security')");
      s.executeUpdate(sql.script(ExportFixtures.tiny()));
      assertEquals(2, ExportFixtures.count(db, "mappings"));
      assertEquals(1, ExportFixtures.count(db, "scope"));
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
