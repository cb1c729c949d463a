package dev.crosswalk.core;

import static dev.crosswalk.core.testing.HostileCrosswalks.chain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.export.JsonLinesReader;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.oscal.OscalCatalogReader;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Queries;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requirement hierarchy's depth limit ({@link Crosswalk#MAX_DEPTH}) as a contract: a crosswalk
 * at the limit goes through every traversal (coverage, gaps, explain, every export, and the OSCAL
 * catalog read back; the readiness report in crosswalk-report's ReportDepthTest), and one level
 * more is refused when read. Before the limit, a 2,000-level hierarchy overflowed the stack in
 * coverage and the report, and an OSCAL export of 31 levels could not be read back.
 */
class HierarchyDepthTest {

  @Test
  void everyTraversalWorksAtTheLimit(@TempDir Path dir) {
    Crosswalk cw = chain(Crosswalk.MAX_DEPTH);
    ElementRef deepest = ElementRef.of("deep", "D" + Crosswalk.MAX_DEPTH);
    assertEquals(Crosswalk.MAX_DEPTH - 1, cw.ancestors(deepest).size());
    CoverageReport coverage = Queries.on(cw).coverage().of("deep").by("cat").run();
    assertEquals(Crosswalk.MAX_DEPTH, coverage.totals().applicable());
    Queries.on(cw).gaps().of("deep").by("cat").run();
    assertTrue(Queries.on(cw).explain(ElementRef.of("deep", "D1"), "cat").toString().contains("child deep:D2"));
    for (ExportFormat format : ExportFormat.values()) {
      Exports.write(cw, format, dir.resolve(format.id()));
    }
    assertEquals(cw, CrosswalkReader.create().read(dir.resolve("json/crosswalk.json")));
    assertEquals(cw, JsonLinesReader.create().read(dir.resolve("jsonl/crosswalk.jsonl")));
    Crosswalk catalog = OscalCatalogReader.create().read(dir.resolve("oscal/oscal-catalog-deep.json"));
    assertEquals(cw.requirements("deep"), catalog.requirements("deep"));
  }

  @Test
  void oneLevelMoreIsRefusedWhenRead() {
    StringBuilder json = new StringBuilder("{\"formatVersion\": \"1.0\", \"frameworks\": [{\"id\": \"deep\","
        + " \"name\": \"Deep\", \"edition\": \"1\", \"publisher\": \"t\", \"kind\": \"STANDARD\"}],\n"
        + "\"requirements\": [");
    for (int i = 1; i <= Crosswalk.MAX_DEPTH + 1; i++) {
      json.append(i > 1 ? ",\n" : "\n").append("{\"id\": \"deep:D").append(i).append("\", \"title\": \"t\", \"kind\": \"k\"")
          .append(i > 1 ? ", \"parent\": \"deep:D" + (i - 1) + "\"" : "").append('}');
    }
    json.append("]}");
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> CrosswalkReader.create().read(json.toString(), "deep.json"));
    assertEquals(1, e.violations().size(), e.getMessage());
    String expectedAt = "deep.json:" + (Crosswalk.MAX_DEPTH + 3) + ":1 at /requirements/" + Crosswalk.MAX_DEPTH;
    assertTrue(e.getMessage().contains(expectedAt), "located at line " + expectedAt + ": " + e.getMessage());
    assertTrue(e.getMessage().contains("deep:D" + (Crosswalk.MAX_DEPTH + 1)), e.getMessage());
  }
}
