package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.query.Scope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The SQL export's {@code coverage} and {@code gaps} views give every requirement, against every
 * other framework, the same verdict, gap reason and graded scores (to nine decimals) as the Java
 * engine, for random crosswalks (joint ends included) and random scopes, in SQLite and in DuckDB.
 * (The same on the bundled data, with decisions, is checked in crosswalk-data.)
 */
class SqlCoverageProperties {

  @Provide
  Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(40);
  }

  @Property(tries = 60)
  void sqliteViewsAgreeWithTheEngine(@ForAll("crosswalks") Crosswalk c, @ForAll Choices scope) throws Exception {
    check("jdbc:sqlite::memory:", c, RandomCrosswalks.scope(c, scope));
    // Not vacuous: every gap reason a framework source can give turns up, and scoped runs too.
    Statistics.label("reason").coverage(checker -> {
      for (String reason : List.of("NO_MAPPING", "ONLY_PARTIAL", "OUT_OF_SCOPE_ONLY", "RECORDED_NO_COUNTERPART")) {
        checker.check(reason).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 15)
  void duckDbViewsAgreeWithTheEngine(@ForAll("crosswalks") Crosswalk c, @ForAll Choices scope) throws Exception {
    check("jdbc:duckdb:", c, RandomCrosswalks.scope(c, scope));
  }

  private static void check(String url, Crosswalk c, Scope scope) throws Exception {
    try (Connection db = DriverManager.getConnection(url)) {
      ExportFixtures.load(db, SqlExporter.create().statements(c));
      SqlCoverage.setScope(db, scope);
      int gaps = 0;
      for (String target : c.frameworks().keySet()) {
        for (String source : c.frameworks().keySet()) {
          if (target.equals(source)) {
            continue;
          }
          List<String> java = SqlCoverage.java(c, target, source, scope);
          assertEquals(java, SqlCoverage.sql(db, target, source), target + " by " + source + " in " + scope);
          List<String> javaGaps = SqlCoverage.javaGaps(c, target, source, scope);
          assertEquals(javaGaps, SqlCoverage.sqlGaps(db, target, source), "gaps " + target + " by " + source);
          gaps += javaGaps.size();
          javaGaps.forEach(row -> Statistics.label("reason").collect(row.split("\\|")[2]));
          for (String row : java) {
            String score = row.split("\\|")[3];
            Statistics.label("score").collect(score.equals("0.000000000") || score.equals("1.000000000") ? score : "between");
          }
        }
      }
      Statistics.label("has gaps").collect(gaps > 0);
      Statistics.label("scoped").collect(!scope.constraints().isEmpty());
    }
  }
}
