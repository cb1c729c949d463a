package dev.crosswalk.report;

import static dev.crosswalk.core.testing.HostileCrosswalks.inputSize;
import static dev.crosswalk.core.testing.HostileCrosswalks.jointEnds;
import static dev.crosswalk.core.testing.HostileCrosswalks.longTitleMappedWidely;
import static dev.crosswalk.core.testing.HostileCrosswalks.sourceCitedFromManyPairs;
import static dev.crosswalk.core.testing.HostileCrosswalks.wideGrid;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.testing.HostileCrosswalks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readiness report is at most {@link HostileCrosswalks#FACTOR} times the size of its input plus
 * {@link HostileCrosswalks#CONSTANT} bytes (the bound docs/limits.md states), for the inputs that multiplied it
 * before: the report's part of core's OutputBoundsTest, with the same inputs. Before, one overlay
 * control with a 1,000,000-character title mapped to 1,000 requirements made a 2 GB page. Random
 * crosswalks are checked by {@link ReadinessReportProperties}.
 */
class ReportOutputBoundsTest {
  @Test
  void aLongTitleMappedToManyRequirements(@TempDir Path dir) {
    check(longTitleMappedWidely(300), "ovl", dir);
  }

  @Test
  void jointEndsOfManyMembers(@TempDir Path dir) {
    check(jointEnds(Joint.MAX_MEMBERS), "ovl", dir);
  }

  @Test
  void aWideGrid(@TempDir Path dir) {
    check(wideGrid(300), "u", dir);
  }

  @Test
  void aSourceCitedFromManyFrameworkPairs(@TempDir Path dir) {
    check(sourceCitedFromManyPairs(300), "f0", dir);
  }

  /** Many frameworks with nothing in them: the page's fixed cost per framework. */
  @Test
  void manyEmptyFrameworks(@TempDir Path dir) {
    check(HostileCrosswalks.manyEmptyFrameworks(300), "f0", dir);
  }

  private static void check(Crosswalk cw, String by, Path dir) {
    check(cw, "t", by, dir);
  }

  /** Checks the page of {@code of} covered by {@code by} against the bound; also used by the properties. */
  static void check(Crosswalk cw, String of, String by, Path dir) {
    long input = inputSize(cw, dir);
    long bound = HostileCrosswalks.bound(input);
    CoverageReport coverage = Queries.on(cw).coverage().of(of).by(by).run();
    long html = ReadinessReport.of(cw, coverage).html().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(html <= bound, "the report has " + html + " bytes for an input of " + input + "; bound " + bound);
  }


}
