package dev.crosswalk.core.overlay;

import static dev.crosswalk.core.overlay.OverlayFixtures.BASE_NAME;
import static dev.crosswalk.core.overlay.OverlayFixtures.CLASHING;
import static dev.crosswalk.core.overlay.OverlayFixtures.MINE_JSON;
import static dev.crosswalk.core.overlay.OverlayFixtures.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.overlay.ImportProblem.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayValidationTest {
  private final OverlayValidation validation = OverlayValidation.create();

  @Test
  void aValidOverlayIsMergedOntoTheBase(@TempDir Path dir) throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.json"), MINE_JSON);
    ImportReport report = validation.validate(List.of(mine), base(), BASE_NAME, ConflictPolicy.FAIL);
    assertTrue(report.isValid(), report.problems().toString());
    assertEquals(ImportReport.Mode.OVERLAY, report.mode());
    assertEquals(6, report.merge().orElseThrow().added().size());
    assertTrue(report.crosswalk().orElseThrow().controls().containsKey(
        dev.crosswalk.core.model.ElementRef.parse("mine:AC-1")));
  }

  @Test
  void aWholeCrosswalkIsValidatedOnItsOwn(@TempDir Path dir) throws IOException {
    Path whole = dir.resolve("whole.json");
    Files.write(whole, CrosswalkWriter.create().toBytes(base()));
    assertTrue(OverlayValidation.isSelfContained(OverlayReader.create().read(whole)));
    // The bundled base holds the same ids: standalone, they do not conflict with it.
    ImportReport report = validation.validate(List.of(whole), base(), BASE_NAME, ConflictPolicy.FAIL);
    assertEquals(ImportReport.Mode.STANDALONE, report.mode());
    assertTrue(report.isValid(), report.problems().toString());
    assertEquals(base(), report.crosswalk().orElseThrow());
    assertTrue(report.merge().isEmpty());
  }

  @Test
  void everyProblemOfEveryFileIsReported(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": \"1.0\", \"frameworks\": [}");
    Path clashing = Files.writeString(dir.resolve("clashing.json"), CLASHING);
    Path csvDir = Files.createDirectory(dir.resolve("csv"));
    Files.writeString(csvDir.resolve("controls.csv"), "framework,ref,title,description,attr_domain\n"
        + "controls,X-1,,Missing title.,\n"
        + "controls,X-2,Fine,Fine.,\n"
        + "controls,X-3,Bad,\n");
    Files.writeString(csvDir.resolve("mappings.csv"), "source,target,relationship,strength,rationale,justification,sources\n"
        + "controls:X-2,hipaa:164.312(b),SUBSET_OF,6,FUNCTIONAL,Fine.,cfr\n"
        + "controls:X-2,soc2:CC404,SUBSET_OF,6,FUNCTIONAL,Dangling.,cfr\n");
    Path missing = dir.resolve("missing.json");

    ImportReport report = validation.validateOverlay(List.of(broken, clashing, csvDir, missing), base(), BASE_NAME,
        ConflictPolicy.FAIL);

    assertFalse(report.isValid());
    assertFalse(report.allFilesRead());
    assertTrue(report.crosswalk().isEmpty());
    List<String> where = report.problems().stream()
        .map(p -> p.kind() + " " + Path.of(p.file()).getFileName() + ":" + p.line() + " " + p.pointer()).toList();
    assertEquals(List.of(
        "FORMAT broken.json:1 ",
        "FORMAT controls.csv:2 record 2, column 'title'",
        "FORMAT controls.csv:4 record 4",
        "IO missing.json:0 ",
        "VALIDATION clashing.json:4 /requirements/0",
        "VALIDATION clashing.json:8 /controls/0",
        "VALIDATION clashing.json:11 /mappings/0",
        "VALIDATION mappings.csv:3 record 3"), where);
    ImportProblem dangling = report.problems().get(7);
    assertEquals(Kind.VALIDATION, dangling.kind());
    assertEquals("mapping controls:X-2 -> soc2:CC404", dangling.element());
    assertTrue(dangling.toString().endsWith("mappings.csv:3:1 at record 3: mapping controls:X-2 -> soc2:CC404:"
        + " target soc2:CC404 does not exist"), dangling.toString());
    assertEquals(4, report.files().size());
  }

  @Test
  void replaceTurnsConflictsIntoListedReplacements(@TempDir Path dir) throws IOException {
    Path clashing = Files.writeString(dir.resolve("clashing.json"), CLASHING);
    ImportReport report = validation.validate(List.of(clashing), base(), BASE_NAME, ConflictPolicy.REPLACE);
    assertTrue(report.isValid(), report.problems().toString());
    assertEquals(3, report.merge().orElseThrow().replaced().size());
  }

  /**
   * Issue 17, on the tiny base (crosswalk-data checks the bundled data): a CSV export imports
   * again with nothing to merge, as a whole crosswalk equal to the base and onto it with every
   * item unchanged; one changed cell is a conflict naming the field that differs and the flag
   * that replaces it.
   */
  @Test
  void anUnchangedCsvExportImportsWithNothingToMerge(@TempDir Path dir) throws IOException {
    dev.crosswalk.core.model.Crosswalk base = base();
    dev.crosswalk.core.export.CsvExporter.create().write(base, dir);
    ImportReport whole = validation.validate(List.of(dir), base, BASE_NAME, ConflictPolicy.FAIL);
    assertTrue(whole.isValid(), whole.problems().toString());
    assertEquals(ImportReport.Mode.STANDALONE, whole.mode());
    assertEquals(base, whole.crosswalk().orElseThrow());

    ImportReport onto = validation.validateOverlay(List.of(dir), base, BASE_NAME, ConflictPolicy.FAIL);
    assertTrue(onto.isValid(), onto.problems().toString());
    MergeResult merge = onto.merge().orElseThrow();
    assertEquals(List.of(), merge.added());
    assertEquals(List.of(), merge.replaced());
    assertEquals(onto.overlay().size(), merge.unchanged().size());
    assertEquals(base, onto.crosswalk().orElseThrow());

    Path requirements = dir.resolve("requirements.csv");
    Files.writeString(requirements, Files.readString(requirements).replaceFirst(",Audit controls,", ",Audit trail,"));
    ImportReport changed = validation.validateOverlay(List.of(dir), base, BASE_NAME, ConflictPolicy.FAIL);
    assertEquals(1, changed.problems().size(), changed.problems().toString());
    String problem = changed.problems().get(0).toString();
    assertTrue(problem.contains("requirements.csv:") && problem.contains("record "), problem);
    assertTrue(problem.contains("requirement hipaa:164.312(b): conflicts with requirement hipaa:164.312(b) of "
        + BASE_NAME + ": title differs (base 'Audit controls', overlay 'Audit trail')"), problem);
    assertTrue(problem.contains("--replace on the command line"), problem);
    assertFalse(problem.contains("\n"), problem);
    ImportReport replaced = validation.validateOverlay(List.of(dir), base, BASE_NAME, ConflictPolicy.REPLACE);
    assertEquals(1, replaced.merge().orElseThrow().replaced().size());
  }
}
