package dev.crosswalk.data.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.overlay.ConflictPolicy;
import dev.crosswalk.core.overlay.ImportReport;
import dev.crosswalk.core.overlay.MergeResult;
import dev.crosswalk.core.overlay.OverlayValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlay validation on the bundled data (core's {@code OverlayValidationTest} uses a tiny base). */
class OverlayValidationTest {
  private final OverlayValidation validation = OverlayValidation.create();

  /**
   * Issue 17: the bundled data exported as CSV imports again with nothing to merge, as a whole
   * crosswalk equal to the bundled one and onto it with every item unchanged; one changed cell is
   * a conflict naming the field that differs and the flag that replaces it.
   */
  @Test
  void anUnchangedCsvExportOfTheBundledDataImportsWithNothingToMerge(@TempDir Path dir) throws IOException {
    Crosswalk bundled = Crosswalks.bundled();
    CsvExporter.create().write(bundled, dir);
    ImportReport whole = validation.validate(List.of(dir), bundled, "bundled", ConflictPolicy.FAIL);
    assertTrue(whole.isValid(), whole.problems().toString());
    assertEquals(ImportReport.Mode.STANDALONE, whole.mode());
    assertEquals(bundled, whole.crosswalk().orElseThrow());

    ImportReport onto = validation.validateOverlay(List.of(dir), bundled, "bundled", ConflictPolicy.FAIL);
    assertTrue(onto.isValid(), onto.problems().toString());
    MergeResult merge = onto.merge().orElseThrow();
    assertEquals(List.of(), merge.added());
    assertEquals(List.of(), merge.replaced());
    assertEquals(onto.overlay().size(), merge.unchanged().size());
    assertEquals(bundled, onto.crosswalk().orElseThrow());

    Path requirements = dir.resolve("requirements.csv");
    Files.writeString(requirements, Files.readString(requirements).replaceFirst(",Audit controls,", ",Audit trail,"));
    ImportReport changed = validation.validateOverlay(List.of(dir), bundled, "bundled", ConflictPolicy.FAIL);
    assertEquals(1, changed.problems().size(), changed.problems().toString());
    String problem = changed.problems().get(0).toString();
    assertTrue(problem.contains("requirements.csv:") && problem.contains("record "), problem);
    assertTrue(problem.contains("requirement hipaa:164.312(b): conflicts with requirement hipaa:164.312(b) of bundled:"
        + " title differs (base 'Audit controls', overlay 'Audit trail')"), problem);
    assertTrue(problem.contains("--replace on the command line"), problem);
    assertFalse(problem.contains("\n"), problem);
    ImportReport replaced = validation.validateOverlay(List.of(dir), bundled, "bundled", ConflictPolicy.REPLACE);
    assertEquals(1, replaced.merge().orElseThrow().replaced().size());
  }
}
