package dev.crosswalk.data.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.overlay.MergeResult;
import dev.crosswalk.core.overlay.OverlayReader;
import dev.crosswalk.core.overlay.Overlays;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays merged onto the bundled data (core's {@code OverlaysTest} merges onto a tiny base). */
class OverlaysTest {

  /** The example of docs/overlays.md, in JSON and as CSV, merged onto the bundled data. */
  @Test
  void theDocumentedExampleMergesOntoTheBundledData(@TempDir Path dir) throws IOException {
    Crosswalk bundled = Crosswalks.bundled();
    String json = Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../docs/overlays.md"));
    String example = json.substring(json.indexOf("```json\n") + 8, json.indexOf("```", json.indexOf("```json\n") + 8));
    MergeResult fromJson = Overlays.merge(bundled, "bundled hipaa-soc2", OverlayReader.create().read(
        new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)), "mine.json"));
    assertEquals(4, fromJson.added().size());

    Path mine = Files.createDirectory(dir.resolve("mine"));
    write(mine.resolve("frameworks.csv"), "id,name,edition,publisher,kind,sourceUrl,license\n"
        + "mine,Our controls,2026,Us,CONTROL_CATALOG,,\n");
    write(mine.resolve("controls.csv"), "framework,ref,title,description,attr_domain\n"
        + "mine,AC-1,Access reviews,Quarterly access reviews.,IAM\n");
    write(mine.resolve("mappings.csv"), "source,target,relationship,strength,rationale,justification,sources\n"
        + "mine:AC-1,soc2:CC6.1,INTERSECTS_WITH,5,FUNCTIONAL,Reviews are part of logical access.,aicpa-tsc-2017\n");
    MergeResult fromCsv = Overlays.merge(bundled, "bundled hipaa-soc2", OverlayReader.create().read(mine));
    assertEquals(List.of("framework mine", "control mine:AC-1", "mapping mine:AC-1 -> soc2:CC6.1"),
        fromCsv.added().stream().map(i -> i.kind().label() + " " + i.id()).toList());
    assertEquals(fromJson.crosswalk().controls(), fromCsv.crosswalk().controls());
    assertEquals(bundled.mappings().size() + 1, fromCsv.crosswalk().mappings().size());
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
