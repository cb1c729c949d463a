package dev.crosswalk.core.export;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.GapReason;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The coverage the SQL views compute and the coverage the Java engine computes, row for row. */
public final class SqlCoverage {
  private SqlCoverage() {}

  /** Fills the {@code scope} table with the scope's constraints, replacing what it held. */
  public static void setScope(Connection db, Scope scope) throws SQLException {
    try (var s = db.createStatement()) {
      s.execute("DELETE FROM scope");
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO scope (framework, attribute, value) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, ? extends Map<String, ? extends Set<String>>> fw : scope.constraints().entrySet()) {
        for (Map.Entry<String, ? extends Set<String>> attribute : fw.getValue().entrySet()) {
          for (String value : attribute.getValue()) {
            p.setString(1, fw.getKey());
            p.setString(2, attribute.getKey());
            p.setString(3, value);
            p.executeUpdate();
          }
        }
      }
    }
  }

  /** Fills the {@code decisions} table with the decisions, replacing what it held. */
  public static void setDecisions(Connection db, Decisions decisions) throws SQLException {
    try (var s = db.createStatement()) {
      s.execute("DELETE FROM decisions");
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO decisions (requirement, decision, text) VALUES (?, ?, ?)")) {
      for (Decision d : decisions.decisions().values()) {
        p.setString(1, d.requirement().toString());
        p.setString(2, d.kind().id());
        p.setString(3, d.text().orElse(null));
        p.executeUpdate();
      }
    }
  }

  /** The Java engine's rows {@code requirement|verdict|reason|score|own score} of the target against the source, sorted. */
  public static List<String> java(Crosswalk c, String target, String source, Scope scope) {
    return java(c, target, source, scope, Decisions.NONE);
  }

  /** The same with the organisation's decisions. */
  public static List<String> java(Crosswalk c, String target, String source, Scope scope, Decisions decisions) {
    CoverageReport report = Queries.on(c).coverage().of(target).by(source).scope(scope).decisions(decisions).run();
    List<String> out = new ArrayList<>();
    for (RequirementCoverage rc : report.requirements().values()) {
      Verdict v = rc.verdict();
      String reason = v == Verdict.PARTIAL || v == Verdict.NOT_COVERED ? GapReason.of(rc).name() : "";
      out.add(rc.id() + "|" + v + "|" + reason + "|" + score(rc.score()) + "|" + score(rc.directScore()));
    }
    out.sort(null);
    return out;
  }

  /**
   * The {@code coverage} view's rows {@code requirement|verdict|reason|score|own score} of the
   * target against the source, sorted.
   */
  public static List<String> sql(Connection db, String target, String source) throws SQLException {
    return rows(db, "SELECT requirement, verdict, reason, score, own_score FROM coverage"
        + " WHERE target_framework = ? AND source_framework = ?", target, source);
  }

  /** The {@code gaps} view's rows {@code requirement|verdict|reason|score} of the target against the source, sorted. */
  public static List<String> sqlGaps(Connection db, String target, String source) throws SQLException {
    return rows(db, "SELECT requirement, verdict, reason, score FROM gaps WHERE target_framework = ? AND source_framework = ?",
        target, source);
  }

  /** The Java engine's gap rows {@code requirement|verdict|reason|score}, as {@link #sqlGaps} gives them. */
  public static List<String> javaGaps(Crosswalk c, String target, String source, Scope scope) {
    return java(c, target, source, scope).stream()
        .filter(row -> row.contains("|PARTIAL|") || row.contains("|NOT_COVERED|"))
        .map(row -> row.substring(0, row.lastIndexOf('|')))
        .toList();
  }

  /** A score to nine decimals: SQL computes the product of partial degrees through exp and ln. */
  public static String score(double score) {
    return String.format(java.util.Locale.ROOT, "%.9f", score);
  }

  private static List<String> rows(Connection db, String query, String target, String source) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(query)) {
      p.setString(1, target);
      p.setString(2, source);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          String reason = r.getString(3);
          StringBuilder row = new StringBuilder(r.getString(1) + "|" + r.getString(2) + "|" + (reason == null ? "" : reason));
          for (int i = 4; i <= r.getMetaData().getColumnCount(); i++) {
            row.append('|').append(score(r.getDouble(i)));
          }
          out.add(row.toString());
        }
      }
    }
    out.sort(null);
    return out;
  }
}
