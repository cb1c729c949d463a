package dev.crosswalk.data.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFixtures;
import dev.crosswalk.core.export.SqlCoverage;
import dev.crosswalk.core.export.SqlExporter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.Scope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SQL export of the bundled data in SQLite and DuckDB (core's {@code SqlCoverageProperties} checks random crosswalks). */
class SqlExporterTest {
  private final SqlExporter sql = SqlExporter.create();

  /**
   * On the bundled data, the gaps view gives the Java engine's gaps, row for row, in the scope of
   * issue 17 (HIPAA Security Rule by SOC 2 Security only) and with everything in scope.
   */
  @ParameterizedTest
  @MethodSource("dev.crosswalk.core.export.ExportFixtures#databaseUrls")
  void gapsViewAgreesWithTheEngineOnBundledData(String url) throws Exception {
    Crosswalk cw = Crosswalks.bundled();
    Scope security = Scope.of("hipaa", "rule", "security").with("soc2", "category", List.of("security"));
    try (Connection db = DriverManager.getConnection(url)) {
      ExportFixtures.load(db, sql.statements(cw));
      for (Scope scope : List.of(security, Scope.all())) {
        SqlCoverage.setScope(db, scope);
        List<String> java = SqlCoverage.javaGaps(cw, "hipaa", "soc2", scope);
        List<String> view = SqlCoverage.sqlGaps(db, "hipaa", "soc2");
        assertEquals(java, view, scope.toString());
        assertEquals(SqlCoverage.java(cw, "hipaa", "soc2", scope), SqlCoverage.sql(db, "hipaa", "soc2"));
        assertFalse(view.isEmpty());
        System.out.printf("%s: hipaa by soc2 in %s: %d gaps in SQL, %d in Java%n", url, scope, view.size(), java.size());
      }
      SqlCoverage.setScope(db, Scope.all());
      for (String target : cw.frameworks().keySet()) {
        for (String source : cw.frameworks().keySet()) {
          if (!target.equals(source)) {
            assertEquals(SqlCoverage.java(cw, target, source, Scope.all()), SqlCoverage.sql(db, target, source),
                target + " by " + source);
          }
        }
      }
    }
  }
}
