package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.testing.ApiSignatures;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Core's public API names JDK types only: no public or protected signature of an exported package
 * mentions a Guava type, so core can require Guava without {@code transitive} and a consumer never
 * needs Guava on its compile path. Values stay immutable; Guava stays an implementation detail.
 */
class NoGuavaInApiTest {
  @Test
  void noExportedSignatureMentionsGuava() {
    assertEquals("", String.join("\n", ApiSignatures.mentioning(Crosswalks.class, "com.google.common.")),
        "return, parameter, field and record component types of the API must be JDK types (List, Set, "
            + "SortedMap, ...) holding immutable values, not Guava's");
  }

  /**
   * Nor Jackson's: core reads and writes JSON with Jackson but requires it without
   * {@code transitive}, so a signature naming a Jackson type could not be used by a consumer on the
   * module path (the query-result JSON writers once took a {@code JsonGenerator}; they return
   * strings now).
   */
  @Test
  void noExportedSignatureMentionsJackson() {
    assertEquals("", String.join("\n", ApiSignatures.mentioning(Crosswalks.class, "com.fasterxml.")),
        "the API must not expose Jackson types; return the JSON text or take JDK types");
  }

  @Test
  void theScanSeesTheExportedPackages() {
    Set<String> packages = new java.util.TreeSet<>();
    ApiSignatures.accessibleTypes(Crosswalks.class).forEach(t -> packages.add(t.getPackageName()));
    assertTrue(packages.containsAll(Set.of("dev.crosswalk.core", "dev.crosswalk.core.model", "dev.crosswalk.core.query",
        "dev.crosswalk.core.export", "dev.crosswalk.core.overlay")), packages.toString());
    assertTrue(packages.stream().noneMatch(p -> p.endsWith(".internal")), packages.toString());
  }
}
