package dev.crosswalk.examples;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.model.Crosswalk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQL export in DuckDB: write {@code crosswalk.sql}, load it into an in-memory DuckDB database
 * through JDBC, and query it. Only {@code java.sql} is used: the driver is found by its URL.
 *
 * <p>The DuckDB driver is not in {@code crosswalk.jar} (it is large); put it on the class path:
 * <pre>
 * java -cp crosswalk-examples/target/crosswalk-examples.jar:$HOME/.m2/repository/org/duckdb/duckdb_jdbc/2.0.0.1/duckdb_jdbc-2.0.0.1.jar \
 *     dev.crosswalk.examples.DuckDbExample [DIR]
 * </pre>
 */
public final class DuckDbExample {
  /** The JDBC URL of an in-memory DuckDB database. */
  public static final String DUCKDB = "jdbc:duckdb:";

  /** HIPAA Security Rule requirements that can be assessed and are related to no SOC 2 element, with any recorded reason. */
  public static final String STRUCTURAL_GAPS = """
      SELECT r.id, r.title, coalesce(n.reason, '(no mapping, no recorded reason)') AS why
      FROM requirements r
      JOIN requirement_attributes a ON a.requirement = r.id AND a.name = 'rule' AND a.value = 'security'
      LEFT JOIN no_counterparts n ON n.element = r.id AND n.framework = 'soc2'
      WHERE r.framework = 'hipaa' AND r.assessable
        AND NOT EXISTS (
          SELECT 1 FROM mapping_members mine
          JOIN mappings m ON m.id = mine.mapping
          JOIN mapping_members other ON other.mapping = m.id AND other.side <> mine.side
          JOIN elements e ON e.id = other.element
          WHERE mine.element = r.id AND e.framework = 'soc2' AND m.relationship <> 'NOT_RELATED')
      ORDER BY r.id""";

  /** The HIPAA - SOC 2 mappings per relationship; ends are read through {@code mapping_members}, so joint ends count once. */
  public static final String RELATIONSHIPS = """
      SELECT m.relationship, count(*) AS mappings
      FROM mappings m
      JOIN (SELECT DISTINCT mm.mapping, mm.side, e.framework FROM mapping_members mm
            JOIN elements e ON e.id = mm.element) s ON s.mapping = m.id AND s.side = 'source'
      JOIN (SELECT DISTINCT mm.mapping, mm.side, e.framework FROM mapping_members mm
            JOIN elements e ON e.id = mm.element) t ON t.mapping = m.id AND t.side = 'target'
      WHERE (s.framework = 'hipaa' AND t.framework = 'soc2') OR (s.framework = 'soc2' AND t.framework = 'hipaa')
      GROUP BY m.relationship
      ORDER BY m.relationship""";

  /**
   * The scope of the verdict views: HIPAA's Security Rule against SOC 2's Security category (rows
   * of the {@code scope} table; a framework without rows is wholly in scope).
   */
  public static final String SECURITY_SCOPE = """
      INSERT INTO scope (framework, attribute, value)
      VALUES ('hipaa', 'rule', 'security'), ('soc2', 'category', 'security')""";

  /** The gaps of HIPAA by SOC 2 in that scope, counted by reason: what {@code crosswalk gaps} lists. */
  public static final String GAPS_BY_REASON = """
      SELECT reason, count(*) AS gaps
      FROM gaps
      WHERE target_framework = 'hipaa' AND source_framework = 'soc2'
      GROUP BY reason
      ORDER BY reason""";

  private DuckDbExample() {}

  /** Runs the example on the bundled crosswalk, exporting into {@code DIR} (default: a new temporary directory). */
  public static void main(String[] args) throws IOException, SQLException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("crosswalk-sql");
    try {
      System.out.print(run(Crosswalks.bundled(), dir, DUCKDB));
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
        System.err.println("DuckDbExample: the DuckDB JDBC driver (org.duckdb:duckdb_jdbc) is not on the class path;"
            + " see docs/examples.md");
        System.exit(1);
      }
      throw e;
    }
  }

  /** Exports the crosswalk as SQL into {@code dir}, loads it into the database at {@code jdbcUrl} and queries it. */
  public static String run(Crosswalk crosswalk, Path dir, String jdbcUrl) throws IOException, SQLException {
    List<Path> files = Exports.write(crosswalk, ExportFormat.SQL, dir);
    Path script = files.get(0);
    StringBuilder out = new StringBuilder();
    out.append("Exported ").append(script.getFileName()).append(" (").append(Files.size(script)).append(" bytes)\n");
    try (Connection db = DriverManager.getConnection(jdbcUrl); Statement s = db.createStatement()) {
      // The script is BEGIN TRANSACTION; DROP ...; CREATE ...; INSERT ...; COMMIT; DuckDB runs it in one call.
      s.execute(Files.readString(script, StandardCharsets.UTF_8));
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM requirements")) {
        r.next();
        out.append("Loaded ").append(r.getLong(1)).append(" requirements\n");
      }
      out.append("\nHIPAA - SOC 2 mappings by relationship:\n");
      try (ResultSet r = s.executeQuery(RELATIONSHIPS)) {
        while (r.next()) {
          out.append("  ").append(r.getString(1)).append(": ").append(r.getLong(2)).append('\n');
        }
      }
      s.execute("DELETE FROM scope");
      s.execute(SECURITY_SCOPE);
      out.append("\nHIPAA Security Rule gaps by SOC 2 Security (the gaps view), by reason:\n");
      try (ResultSet r = s.executeQuery(GAPS_BY_REASON)) {
        while (r.next()) {
          out.append("  ").append(r.getString(1)).append(": ").append(r.getLong(2)).append('\n');
        }
      }
      out.append("\nHIPAA Security Rule requirements with no SOC 2 counterpart:\n");
      try (ResultSet r = s.executeQuery(STRUCTURAL_GAPS)) {
        while (r.next()) {
          out.append("  ").append(r.getString(1)).append(' ').append(r.getString(2)).append("\n    ")
              .append(r.getString(3)).append('\n');
        }
      }
    }
    return out.toString();
  }
}
