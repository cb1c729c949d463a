package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.query.Scope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The SQL export's {@code coverage} and {@code gaps} views give every requirement, against every
 * other framework, the same verdict, gap reason and graded scores (to nine decimals) as the Java
 * engine, for random crosswalks (joint ends included) and random scopes, in SQLite and in DuckDB.
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

  private static Connection bundledDb;

  /** The bundled data loaded once into SQLite for the decision property. */
  private static synchronized Connection bundledDb() throws Exception {
    if (bundledDb == null) {
      bundledDb = DriverManager.getConnection("jdbc:sqlite::memory:");
      ExportFixtures.load(bundledDb, SqlExporter.create().statements(dev.crosswalk.core.BundledData.crosswalk()));
    }
    return bundledDb;
  }

  /**
   * The {@code decisions} table does what {@code Decisions} does: random decisions on the bundled
   * HIPAA addressable specifications (the data's discretionary requirements), in two scopes, give
   * the engine's verdicts, reasons and scores.
   */
  @Property(tries = 15)
  void decisionsOnTheBundledDataAgreeWithTheEngine(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    Crosswalk cw = dev.crosswalk.core.BundledData.crosswalk();
    List<dev.crosswalk.core.query.Decision> chosen = new ArrayList<>();
    List<dev.crosswalk.core.model.Requirement> discretionary = dev.crosswalk.core.query.Decisions.discretionary(cw, "hipaa");
    org.junit.jupiter.api.Assertions.assertTrue(discretionary.size() > 10, "the bundled addressable specifications");
    for (dev.crosswalk.core.model.Requirement q : discretionary) {
      switch (r.nextInt(4)) {
        case 0 -> chosen.add(dev.crosswalk.core.query.Decision.implemented(q.id()));
        case 1 -> chosen.add(dev.crosswalk.core.query.Decision.alternative(q.id(), "A documented equivalent."));
        case 2 -> chosen.add(dev.crosswalk.core.query.Decision.notReasonable(q.id(), "Not reasonable here."));
        default -> { }
      }
    }
    dev.crosswalk.core.query.Decisions decisions = dev.crosswalk.core.query.Decisions.of(chosen);
    Scope scope = r.nextBoolean() ? Scope.all()
        : Scope.of("hipaa", "rule", "security").with("soc2", "category", List.of("security"));
    Connection db = bundledDb();
    SqlCoverage.setScope(db, scope);
    SqlCoverage.setDecisions(db, decisions);
    for (String source : List.of("soc2", "controls")) {
      assertEquals(SqlCoverage.java(cw, "hipaa", source, scope, decisions), SqlCoverage.sql(db, "hipaa", source),
          "hipaa by " + source + " in " + scope + " with " + decisions);
    }
    Statistics.label("decisions").collect(chosen.size() > 0);
  }
}
