package dev.crosswalk.data.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFixtures;
import dev.crosswalk.core.export.SqlCoverage;
import dev.crosswalk.core.export.SqlExporter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.Scope;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The SQL export's {@code decisions} table on the bundled data does what {@code Decisions} does
 * (core's {@code SqlCoverageProperties} checks the views on random crosswalks and scopes).
 */
class SqlCoverageProperties {
  private static final Crosswalk CW = Crosswalks.bundled();
  private static final List<Requirement> DISCRETIONARY = Decisions.discretionary(CW, "hipaa");

  /** What is decided on one discretionary requirement: nothing (the simplest), or one of the three decisions. */
  enum Decided { NOTHING, IMPLEMENTED, ALTERNATIVE, NOT_REASONABLE }

  /** One choice per bundled discretionary requirement, in their order. */
  @Provide
  Arbitrary<List<Decided>> decided() {
    return Arbitraries.of(Decided.class).list().ofSize(DISCRETIONARY.size());
  }

  private static Connection bundledDb;

  /** The bundled data loaded once into SQLite for the decision property. */
  private static synchronized Connection bundledDb() throws Exception {
    if (bundledDb == null) {
      bundledDb = DriverManager.getConnection("jdbc:sqlite::memory:");
      ExportFixtures.load(bundledDb, SqlExporter.create().statements(CW));
    }
    return bundledDb;
  }

  /**
   * The {@code decisions} table does what {@code Decisions} does: random decisions on the bundled
   * HIPAA addressable specifications (the data's discretionary requirements), in two scopes, give
   * the engine's verdicts, reasons and scores. A failure shrinks to fewer decisions, unscoped.
   */
  @Property(tries = 15)
  void decisionsOnTheBundledDataAgreeWithTheEngine(@ForAll("decided") List<Decided> decided, @ForAll boolean scoped)
      throws Exception {
    assertTrue(DISCRETIONARY.size() > 10, "the bundled addressable specifications");
    List<Decision> chosen = new ArrayList<>();
    for (int i = 0; i < DISCRETIONARY.size(); i++) {
      Requirement q = DISCRETIONARY.get(i);
      switch (decided.get(i)) {
        case IMPLEMENTED -> chosen.add(Decision.implemented(q.id()));
        case ALTERNATIVE -> chosen.add(Decision.alternative(q.id(), "A documented equivalent."));
        case NOT_REASONABLE -> chosen.add(Decision.notReasonable(q.id(), "Not reasonable here."));
        case NOTHING -> { }
      }
    }
    Decisions decisions = Decisions.of(chosen);
    Scope scope = scoped ? Scope.of("hipaa", "rule", "security").with("soc2", "category", List.of("security"))
        : Scope.all();
    Connection db = bundledDb();
    SqlCoverage.setScope(db, scope);
    SqlCoverage.setDecisions(db, decisions);
    for (String source : List.of("soc2", "controls")) {
      assertEquals(SqlCoverage.java(CW, "hipaa", source, scope, decisions), SqlCoverage.sql(db, "hipaa", source),
          "hipaa by " + source + " in " + scope + " with " + decisions);
    }
    Statistics.label("decisions").collect(chosen.size() > 0);
  }
}
