package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageResourcesTest {
  @Test
  void theStyleSheetAndTheScriptAreResourcesOfThePackage() {
    assertTrue(ReadinessReport.STYLE.startsWith(":root{") && ReadinessReport.STYLE.contains("@media print{"));
    assertTrue(ReadinessReport.SCRIPT.contains("'use strict'") && ReadinessReport.SCRIPT.endsWith("})();\n"));
  }

  @Test
  void aMissingResourceIsAnErrorNamingIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PageResources.text("missing.css"));
    assertTrue(e.getMessage().contains("dev/crosswalk/report/missing.css is missing from the crosswalk-report jar"),
        e.getMessage());
  }
}
