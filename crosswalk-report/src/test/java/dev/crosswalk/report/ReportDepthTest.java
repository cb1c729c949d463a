package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The readiness report and its heatmap at the hierarchy's depth limit ({@link Crosswalk#MAX_DEPTH}),
 * the report's part of core's HierarchyDepthTest: before the limit, a 2,000-level hierarchy
 * overflowed the stack in the report.
 */
class ReportDepthTest {

  /** Framework {@code deep}: a chain of {@code depth} requirements D1..Dn; controls mapped to each level. */
  static Crosswalk chain(int depth) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("s", "source"))
        .addFramework(Framework.of("deep", "Deep", "1", "tests", FrameworkKind.STANDARD))
        .addFramework(Framework.of("cat", "Catalog", "1", "tests", FrameworkKind.CONTROL_CATALOG));
    for (int i = 1; i <= depth; i++) {
      Requirement.Builder r = Requirement.builder("deep:D" + i, "Level " + i).kind("standard");
      if (i > 1) {
        r.parent("D" + (i - 1));
      }
      b.addRequirement(r.build());
      b.addControl(Control.of("cat:C" + i, "Control " + i, "does " + i, Map.of("domain", "d" + (i % 3))));
      b.addMapping(Mapping.curated("cat:C" + i, "deep:D" + i, i % 2 == 0 ? Relationship.EQUAL : Relationship.SUBSET_OF,
          Rationale.SEMANTIC, 5, "because " + i, List.of("s")));
    }
    return b.build();
  }

  @Test
  void theReportWorksAtTheLimit() {
    Crosswalk cw = chain(Crosswalk.MAX_DEPTH);
    CoverageReport coverage = Queries.on(cw).coverage().of("deep").by("cat").run();
    String html = ReadinessReport.of(cw, coverage).html();
    assertTrue(html.contains("deep:D" + Crosswalk.MAX_DEPTH), "the deepest requirement is on the page");
  }
}
