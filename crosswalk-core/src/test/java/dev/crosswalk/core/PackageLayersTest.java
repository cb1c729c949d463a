package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's packages depend on each other only as docs/architecture.md draws them: a package names
 * (imports, static imports, qualified names, javadoc links) only the packages listed for it. In
 * particular {@code internal} is a leaf under everything but the model and the root package, the
 * model names nothing but the root package, and {@code query} knows no reader, writer or export.
 * The root package holds the exceptions and value types everything uses; of its classes only the
 * {@code Crosswalks} facade reaches up (to the reader and the provider SPI), and
 * {@code CrosswalkValidationException} carries the model's {@code Violation}s.
 */
class PackageLayersTest {
  private static final String CORE = "dev.crosswalk.core";
  /** A reference to a crosswalk package: an import, a static import or a qualified name. */
  private static final Pattern REFERENCE = Pattern.compile("dev\\.crosswalk\\.[A-Za-z0-9_.]*");

  /** Package (relative to core; "" is the root) to the packages it may name besides itself and the root. */
  static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("", Set.of()),
      Map.entry("model", Set.of()),
      Map.entry("internal", Set.of("model")),
      Map.entry("format", Set.of("model", "internal")),
      Map.entry("spi", Set.of("model", "format")),
      Map.entry("query", Set.of("model")),
      Map.entry("readiness", Set.of("model", "internal", "query")),
      Map.entry("diff", Set.of("model", "internal", "spi")),
      Map.entry("oscal", Set.of("model", "internal")),
      Map.entry("overlay", Set.of("model", "internal", "format")),
      Map.entry("export", Set.of("model", "internal", "format", "oscal", "overlay", "query")));
  /** The classes of the root package allowed to reach up: the entry point, and the exception carrying violations. */
  private static final Map<String, Set<String>> ROOT_FACADE = Map.of("Crosswalks.java", Set.of("model", "format", "spi"),
      "CrosswalkValidationException.java", Set.of("model"));

  @Test
  void everyPackageNamesOnlyThePackagesBelowIt() throws IOException {
    Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/dev/crosswalk/core");
    List<String> violations = new ArrayList<>();
    TreeMap<String, Integer> files = new TreeMap<>();
    try (Stream<Path> sources = Files.walk(root)) {
      for (Path file : sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
        files.merge(pkg, 1, Integer::sum);
        Set<String> allowed = ROOT_FACADE.getOrDefault(pkg.isEmpty() ? file.getFileName().toString() : "",
            ALLOWED.get(pkg));
        if (allowed == null) {
          violations.add("package " + (pkg.isEmpty() ? CORE : CORE + "." + pkg)
              + " is not in the layer map; add it to docs/architecture.md and to ALLOWED");
          continue;
        }
        violations.addAll(violations(pkg, allowed, root.relativize(file).toString(), Files.readString(file)));
      }
    }
    assertEquals(ALLOWED.keySet(), files.keySet(), "every package of the map has sources, and only those");
    assertEquals(List.of(), violations, "a package names one above it; see docs/architecture.md");
  }

  /** The scan finds each kind of reference, and what is allowed passes. */
  @Test
  void theScanFindsEveryKindOfReference() {
    assertEquals(1, violations("internal", ALLOWED.get("internal"), "A.java", "import dev.crosswalk.core.format.X;").size());
    assertEquals(1, violations("internal", ALLOWED.get("internal"), "A.java",
        "import static dev.crosswalk.core.export.CsvExporter.MAPPING_COLUMNS;").size());
    assertEquals(1, violations("model", ALLOWED.get("model"), "A.java", "var r = dev.crosswalk.core.query.Scope.all();").size());
    assertEquals(1, violations("query", ALLOWED.get("query"), "A.java",
        "/** See {@link dev.crosswalk.core.overlay.OverlayReader}. */").size());
    assertEquals(1, violations("query", ALLOWED.get("query"), "A.java", "import dev.crosswalk.hipaasoc2.HipaaRule;").size());
    assertEquals(1, violations("export", ALLOWED.get("export"), "A.java", "import dev.crosswalk.report.*;").size());
    assertFalse(violations("spi", ALLOWED.get("spi"), "A.java", "import dev.crosswalk.core.query.Scope;").isEmpty());
    assertEquals(List.of(), violations("internal", ALLOWED.get("internal"), "A.java", """
        import dev.crosswalk.core.CrosswalkFormatException;
        import dev.crosswalk.core.ReadLimits;
        import dev.crosswalk.core.model.CrosswalkBuilder.Entry;
        import static dev.crosswalk.core.internal.Items.MAX;
        import com.fasterxml.jackson.core.JsonParser;
        """));
    assertTrue(ALLOWED.get("export").contains("query"), "exports present query results");
  }

  /** Each reference in {@code text} to a package {@code pkg} may not name. */
  private static List<String> violations(String pkg, Set<String> allowed, String file, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String named = packageOf(m.group());
      String relative = named.equals(CORE) ? "" : named.startsWith(CORE + ".") ? named.substring(CORE.length() + 1) : null;
      if (relative == null || !(relative.isEmpty() || relative.equals(pkg) || allowed.contains(relative))) {
        out.add(file + " names " + m.group() + " (package " + named + ")");
      }
    }
    return out;
  }

  /** The package part of a qualified name: the segments before the first upper-case one (or {@code *}). */
  static String packageOf(String name) {
    List<String> parts = new ArrayList<>();
    for (String s : name.split("\\.")) {
      if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) {
        break;
      }
      parts.add(s);
    }
    return String.join(".", parts);
  }
}
