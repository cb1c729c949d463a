package dev.crosswalk.core;

import static dev.crosswalk.core.testing.HostileCrosswalks.inputSize;
import static dev.crosswalk.core.testing.HostileCrosswalks.jointEnds;
import static dev.crosswalk.core.testing.HostileCrosswalks.longTitleMappedWidely;
import static dev.crosswalk.core.testing.HostileCrosswalks.size;
import static dev.crosswalk.core.testing.HostileCrosswalks.sourceCitedFromManyPairs;
import static dev.crosswalk.core.testing.HostileCrosswalks.wideGrid;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.testing.HostileCrosswalks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export is at most {@link HostileCrosswalks#FACTOR} times the size of its input plus
 * {@link HostileCrosswalks#CONSTANT} bytes (the bound docs/limits.md states), for the inputs that multiplied it
 * before: one long title mentioned by many mappings, joint ends of many members on both sides,
 * a grid of many rows by many columns, and a long source title cited from many framework pairs.
 * The input's size is that of its smaller lossless form (JSON Lines or canonical JSON). Before,
 * one overlay control with a 1,000,000-character title mapped to 1,000 requirements made a 2 GB
 * page (the readiness report's own bound is checked in crosswalk-report, ReportOutputBoundsTest).
 */
class OutputBoundsTest {
  @Test
  void aLongTitleMappedToManyRequirements(@TempDir Path dir) {
    check(longTitleMappedWidely(300), "ovl", dir);
  }

  @Test
  void jointEndsOfManyMembers(@TempDir Path dir) {
    check(jointEnds(Joint.MAX_MEMBERS), "ovl", dir);
  }

  @Test
  void aJointEndHasAtMostMaxMembers() {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> jointEnds(Joint.MAX_MEMBERS + 1));
    assertTrue(e.getMessage().contains("more than " + Joint.MAX_MEMBERS), e.getMessage());
  }

  @Test
  void aWideGrid(@TempDir Path dir) {
    check(wideGrid(300), "u", dir);
  }

  @Test
  void aSourceCitedFromManyFrameworkPairs(@TempDir Path dir) {
    check(sourceCitedFromManyPairs(300), "f0", dir);
  }

  /** Many frameworks with nothing in them: each output's fixed cost per framework. */
  @Test
  void manyEmptyFrameworks(@TempDir Path dir) {
    check(HostileCrosswalks.manyEmptyFrameworks(300), "f0", dir);
  }

  @Test
  void randomCrosswalks(@TempDir Path dir) {
    for (int i = 0; i < 40; i++) {
      Crosswalk cw = dev.crosswalk.core.model.RandomCrosswalks.sample(16 + i, 1 + i * 59 / 39);
      List<String> ids = List.copyOf(cw.frameworks().keySet());
      if (ids.size() >= 2) {
        check(cw, ids.get(0), ids.get(1), dir.resolve("r" + i));
      }
    }
  }

  private static void check(Crosswalk cw, String by, Path dir) {
    check(cw, "t", by, dir);
  }

  private static void check(Crosswalk cw, String of, String by, Path dir) {
    long input = inputSize(cw, dir);
    long bound = HostileCrosswalks.bound(input);
    for (ExportFormat format : ExportFormat.values()) {
      long out = size(Exports.write(cw, format, dir.resolve("out").resolve(format.id())));
      assertTrue(out <= bound, format + " has " + out + " bytes for an input of " + input + "; bound " + bound);
    }
  }
}
