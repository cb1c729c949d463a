package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The report module knows no framework by name: no HIPAA or SOC 2 name in its main sources and
 * resources, comments included. What the bundled frameworks need (their short names, groupings,
 * discretionary requirements, the order of their categories) comes from their attributes in the
 * data. Before, the report mapped "hipaa" to safeguard and "soc2" to series, and ordered columns
 * by a SOC 2 enum.
 */
class NoFrameworkNamesTest {
  private static final Pattern NAMES = Pattern.compile("hipaa|soc2", Pattern.CASE_INSENSITIVE);

  @Test
  void noMainSourceNamesAFramework() throws IOException {
    Path main = Path.of(System.getProperty("basedir", ".")).resolve("src/main");
    List<String> hits = new ArrayList<>();
    int files = 0;
    try (Stream<Path> all = Files.walk(main)) {
      for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
        files++;
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (NAMES.matcher(lines.get(i)).find()) {
            hits.add(main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertTrue(files >= 8, "the main sources were not found under " + main + " (" + files + " files)");
    assertEquals(List.of(), hits, "framework names in the report module's main sources");
  }
}
