package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.overlay.Overlay;
import dev.crosswalk.core.overlay.OverlayReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The attribute columns of {@code requirements.csv} and {@code controls.csv}: exactly the sorted
 * own attribute keys of the rows written, each cell the row's value, and read back as written.
 */
class AttributeColumnsProperties {

  @Property(tries = 300)
  void theAttributeColumnsAreTheSortedOwnKeysOfTheRowsWritten(@ForAll("attributeMaps") List<Map<String, String>> rows) {
    List<Requirement> requirements = new ArrayList<>();
    List<Control> controls = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Requirement.Builder b = Requirement.builder("mine:R-" + i, "Requirement " + i);
      rows.get(i).forEach(b::attribute);
      requirements.add(b.build());
      controls.add(Control.of("mine:C-" + i, "Control " + i, "Does " + i + ".", rows.get(i)));
    }
    TreeSet<String> keys = new TreeSet<>();
    rows.forEach(m -> keys.addAll(m.keySet()));

    CsvExporter csv = CsvExporter.create();
    String requirementsCsv = csv.requirements(requirements);
    String controlsCsv = csv.controls(controls);
    check(ExportFixtures.parseCsv(requirementsCsv), CsvExporter.REQUIREMENT_COLUMNS, keys, rows);
    check(ExportFixtures.parseCsv(controlsCsv), CsvExporter.CONTROL_COLUMNS, keys, rows);

    assertEquals(requirements, read(requirementsCsv, "requirements.csv").requirements().stream().map(e -> e.value()).toList());
    assertEquals(controls, read(controlsCsv, "controls.csv").controls().stream().map(e -> e.value()).toList());
  }

  private static void check(List<List<String>> table, List<String> fixed, TreeSet<String> keys,
      List<Map<String, String>> rows) {
    List<String> header = new ArrayList<>(fixed);
    keys.forEach(k -> header.add(CsvExporter.ATTRIBUTE_COLUMN_PREFIX + k));
    assertEquals(header, table.get(0));
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = table.get(i + 1);
      int column = fixed.size();
      for (String key : keys) {
        assertEquals(rows.get(i).getOrDefault(key, ""), row.get(column++), key);
      }
    }
  }

  private static Overlay read(String text, String name) {
    return OverlayReader.create().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Provide
  Arbitrary<List<Map<String, String>>> attributeMaps() {
    Arbitrary<String> keys = Arbitraries.of("rule", "category", "a", "Z.b-c_d", "attributes", "x1", "key.with.dots");
    Arbitrary<String> values = Arbitraries.strings().withChars(',', '"', '\n', ' ', ';', 'a', 'Z', 'é', '{', '}', '=')
        .ofMaxLength(8);
    return Arbitraries.maps(keys, values).ofMaxSize(4).list().ofMaxSize(6);
  }
}
