package dev.crosswalk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code dev.crosswalk.core.internal} is a leaf: its sources name only the model, the root
 * package (exceptions, {@code ReadLimits}, {@code FormatVersion}), itself, and the JDK and
 * libraries. Every package above it (format, export, query, overlay, oscal, diff, report,
 * readiness, vendor, spi, and any added later) may use it, never the other way round, so a
 * change to a reader cannot ripple into what the other readers share.
 */
class InternalIsALeafTest {
  /** A reference to a crosswalk package: an import, a static import or a qualified name. */
  private static final Pattern REFERENCE = Pattern.compile("dev\\.crosswalk\\.[A-Za-z0-9_.]*");
  /** The packages internal may name. */
  private static final List<String> ALLOWED =
      List.of("dev.crosswalk.core", "dev.crosswalk.core.model", "dev.crosswalk.core.internal");

  @Test
  void internalNamesOnlyTheModelTheRootPackageAndItself() throws IOException {
    Path dir = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/dev/crosswalk/core/internal");
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> sources = Files.list(dir)) {
      for (Path file : sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        files++;
        violations.addAll(violations(file.getFileName().toString(), Files.readString(file)));
      }
    }
    assertTrue(files >= 10, "found the sources of internal: " + files + " files in " + dir.toAbsolutePath());
    assertEquals(List.of(), violations, "internal must not depend on the packages above it; move what it needs"
        + " into internal, the model or the root package, or pass plain values");
  }

  /** The scan fails for each kind of reference to a package above internal. */
  @Test
  void theScanFindsEveryKindOfReference() {
    assertEquals(1, violations("A.java", "import dev.crosswalk.core.format.ReadLimits;\n").size());
    assertEquals(1, violations("A.java", "import static dev.crosswalk.core.export.CsvExporter.MAPPING_COLUMNS;").size());
    assertEquals(1, violations("A.java", "var r = dev.crosswalk.core.query.Scope.all();").size());
    assertEquals(1, violations("A.java", "/** See {@link dev.crosswalk.core.overlay.OverlayReader}. */").size());
    assertEquals(1, violations("A.java", "import dev.crosswalk.core.vendor.*;").size());
    assertEquals(1, violations("A.java", "import dev.crosswalk.cli.Main;").size());
    for (String p : List.of("format", "export", "query", "overlay", "oscal", "diff", "report", "readiness", "vendor",
        "spi")) {
      assertFalse(violations("A.java", "import dev.crosswalk.core." + p + ".X;").isEmpty(), p);
    }
    assertEquals(List.of(), violations("A.java", """
        import dev.crosswalk.core.CrosswalkFormatException;
        import dev.crosswalk.core.ReadLimits;
        import dev.crosswalk.core.model.Crosswalk;
        import dev.crosswalk.core.model.CrosswalkBuilder.Entry;
        import static dev.crosswalk.core.internal.Items.Type.MAPPING;
        import com.fasterxml.jackson.core.JsonParser;
        """));
  }

  /** Each reference in {@code text} to a package internal may not name. */
  private static List<String> violations(String file, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      String pkg = packageOf(m.group());
      if (!ALLOWED.contains(pkg)) {
        out.add(file + " names " + m.group() + " (package " + pkg + ")");
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
