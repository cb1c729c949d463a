package dev.crosswalk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.format.CrosswalkReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  private static Framework withValueOrder(String value) {
    return Framework.of("soc2", "SOC 2", "1", "t", FrameworkKind.ATTESTATION_CRITERIA)
        .withAttributes(Map.of(Framework.VALUE_ORDER, value));
  }

  @Test
  void valueOrderListsEachAttributesValuesInDisplayOrder() {
    Framework f = withValueOrder("category=security,availability,privacy;series=CC,A");
    assertEquals(List.of("security", "availability", "privacy"), f.valueOrder("category"));
    assertEquals(List.of("CC", "A"), f.valueOrder("series"));
    assertEquals(List.of(), f.valueOrder("rule"), "an attribute it does not list");
    assertEquals(List.of(), Framework.of("x", "X", "1", "t", FrameworkKind.STANDARD).valueOrder("category"));
    assertEquals(List.of("a b"), withValueOrder("k=a b").valueOrder("k"), "inner white space is part of a value");
  }

  @Test
  void aMalformedValueOrderIsAValidationErrorNamingTheFramework() {
    for (String bad : List.of("", "category", "=security", "category=", "category=a,,b", "category=a, b",
        "category=a,a", "category=a;category=b", "category=a;", "1category=a", "category=a ")) {
      CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
          () -> withValueOrder(bad).valueOrder("category"), bad);
      assertEquals("soc2", e.violations().get(0).element(), bad);
      assertTrue(e.getMessage().contains("framework attribute valueOrder is malformed"), e.getMessage());
    }
  }

  @Test
  void buildingACrosswalkChecksTheValueOrderWhereTheFrameworkWasRead() {
    String json = """
        {"formatVersion": "1.1", "frameworks": [{"id": "soc2", "name": "SOC 2", "edition": "1", "publisher": "t",
          "kind": "ATTESTATION_CRITERIA", "attributes": {"valueOrder": "category=security,,privacy"}}]}
        """;
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> CrosswalkReader.create().read(json, "frameworks.json"));
    assertEquals(1, e.violations().size(), e.getMessage());
    assertTrue(e.getMessage().contains("frameworks.json:1:"), "located: " + e.getMessage());
    assertTrue(e.getMessage().contains("soc2: framework attribute valueOrder is malformed: attribute 'category' has"
        + " a blank value"), e.getMessage());
  }
}
