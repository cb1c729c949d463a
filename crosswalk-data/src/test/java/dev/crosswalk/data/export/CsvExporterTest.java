package dev.crosswalk.data.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.export.ExportFixtures;
import dev.crosswalk.core.model.Crosswalk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export of the bundled data (core's {@code CsvExporterTest} checks each table on a fixture). */
class CsvExporterTest {
  private final CsvExporter csv = CsvExporter.create();

  @Test
  void bundledRequirementsHaveOneRowEachWithTheContractColumns() {
    Crosswalk bundled = Crosswalks.bundled();
    List<List<String>> rows = ExportFixtures.parseCsv(csv.requirements(bundled));
    List<String> header = new java.util.ArrayList<>(CsvExporter.REQUIREMENT_COLUMNS);
    for (String key : List.of("appliesTo", "category", "designation", "rule", "safeguard", "series", "textStatus")) {
      header.add(CsvExporter.ATTRIBUTE_COLUMN_PREFIX + key);
    }
    assertEquals(header, rows.get(0));
    assertEquals(bundled.requirements().size() + 1, rows.size());
    rows.forEach(r -> assertEquals(17, r.size()));
    assertEquals(List.of(CsvExporter.CONTROL_COLUMNS.size() + 1), ExportFixtures.parseCsv(csv.controls(bundled)).stream()
        .map(List::size).distinct().toList(), "controls.csv: the fixed columns and attr_domain");
    List<List<String>> mappings = ExportFixtures.parseCsv(csv.mappings(bundled));
    assertEquals(bundled.mappings().size() + 1, mappings.size());
  }
}
