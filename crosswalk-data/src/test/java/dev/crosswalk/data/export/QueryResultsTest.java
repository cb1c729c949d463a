package dev.crosswalk.data.export;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import org.junit.jupiter.api.Test;

/**
 * The query-result writers on the bundled data: CSV that reads back row for row, and typed JSON
 * envelopes (the checks of core's {@code QueryResultsTest}, which runs them on a fixture of the
 * same shapes).
 */
class QueryResultsTest {
  private static final Crosswalk CW = Crosswalks.bundled();

  private static CoverageReport coverage() {
    return Queries.on(CW).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security")
        .restrict("hipaa", "rule", "security").run();
  }

  @Test
  void coverageCsvAndJsonCarryTheSameTypedFigures() throws Exception {
    dev.crosswalk.core.export.QueryResultsTest.checkCoverage(coverage());
  }

  @Test
  void gapsSayWhatTheTargetAddsAndExplanationsListJointMembers() throws Exception {
    dev.crosswalk.core.export.QueryResultsTest.checkGapsAndExplanations(CW, coverage().gaps());
  }
}
