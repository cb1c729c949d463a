package dev.crosswalk.hipaasoc2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.testing.ApiSignatures;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * This module's public API names JDK types only, as core's does: no public or protected signature
 * of an exported package mentions a Guava type. The module uses Guava's immutable collections
 * internally and requires it without {@code transitive}.
 */
class NoGuavaInApiTest {
  @Test
  void noExportedSignatureMentionsGuava() {
    assertEquals("", String.join("\n", ApiSignatures.mentioning(HipaaRule.class, "com.google.common.")),
        "return, parameter, field and record component types of the API must be JDK types (List, Set, "
            + "SortedMap, ...) holding immutable values, not Guava's");
  }

  @Test
  void theScanSeesTheExportedPackages() {
    Set<String> packages = new TreeSet<>();
    ApiSignatures.accessibleTypes(HipaaRule.class).forEach(t -> packages.add(t.getPackageName()));
    assertEquals(Set.of("dev.crosswalk.hipaasoc2", "dev.crosswalk.hipaasoc2.vendor"), packages);
    assertTrue(ApiSignatures.accessibleTypes(HipaaRule.class).contains(dev.crosswalk.hipaasoc2.vendor.VendorReport.class));
  }
}
