package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core is generic: its main code spells no framework's attribute. A string literal (or text block)
 * of {@code src/main/java} that holds the word {@code designation} (HIPAA), {@code category}
 * (SOC 2) or {@code domain} (our control catalog) fails this test; comments may mention them as
 * examples. The data says which attribute means what (a framework's {@code groupBy} and {@code
 * discretionary} attributes), and CSV tables name attributes in {@code attr_KEY} columns.
 */
class CoreNamesNoAttributeTest {
  private static final Pattern WORDS = Pattern.compile("\\b(designation|category|domain)\\b");

  /**
   * The literals that remain, by file, with their count; each is to go, not to grow. {@code
   * QueryResults}: the gaps output's {@code designation} column and JSON member (a public output
   * shape, the CLI's golden gaps CSV); {@code Framework}: a {@code valueOrder} fault's example.
   */
  private static final Map<String, Integer> REMAINING = Map.of(
      "dev/crosswalk/core/export/QueryResults.java", 2,
      "dev/crosswalk/core/model/Framework.java", 1);

  @Test
  void mainSourcesHoldNoLiteralNamingAFrameworksAttribute() throws IOException {
    Path main = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
    assertTrue(Files.isDirectory(main), main.toAbsolutePath().toString());
    Map<String, Integer> found = new TreeMap<>();
    List<String> where = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String name = main.relativize(file).toString().replace('\\', '/');
        for (String literal : literals(Files.readString(file))) {
          if (WORDS.matcher(literal).find()) {
            found.merge(name, 1, Integer::sum);
            where.add(name + ": \"" + literal + "\"");
          }
        }
      }
    }
    assertEquals(new TreeMap<>(REMAINING), found, "core names a framework's attribute in a literal; read it from the"
        + " data instead (or, when one of REMAINING went, take it off the list): " + where);
  }

  @Test
  void theScannerSeesLiteralsAndSkipsComments() {
    String source = """
        // "designation" in a line comment
        /* "category" in a block comment */
        /** {@code "domain"} in javadoc */
        String a = "x\\"y"; char q = '"'; String b = "rule";
        String c = \"""
            text "block"
            \""";
        """;
    assertEquals(List.of("x\\\"y", "\"", "rule", "\n    text \"block\"\n    "), literals(source));
  }

  /** The string, character and text block literals of Java source, as written (escapes kept). */
  static List<String> literals(String source) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int j = i + 3;
        while (j < n && !source.startsWith("\"\"\"", j)) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(source.substring(i + 3, Math.min(j, n)));
        i = j + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(source.substring(i + 1, Math.min(j, n)));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}
