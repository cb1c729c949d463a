package dev.crosswalk.report;

import static dev.crosswalk.core.testing.HostileCrosswalks.chain;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import org.junit.jupiter.api.Test;

/**
 * The readiness report and its heatmap at the hierarchy's depth limit ({@link Crosswalk#MAX_DEPTH}),
 * the report's part of core's HierarchyDepthTest: before the limit, a 2,000-level hierarchy
 * overflowed the stack in the report.
 */
class ReportDepthTest {

  @Test
  void theReportWorksAtTheLimit() {
    Crosswalk cw = chain(Crosswalk.MAX_DEPTH);
    CoverageReport coverage = Queries.on(cw).coverage().of("deep").by("cat").run();
    String html = ReadinessReport.of(cw, coverage).html();
    assertTrue(html.contains("deep:D" + Crosswalk.MAX_DEPTH), "the deepest requirement is on the page");
  }
}
