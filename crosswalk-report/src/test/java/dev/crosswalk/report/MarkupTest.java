package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void theStyleSheetAndTheScriptAreResourcesOfThePackage() {
    String style = ReadinessReport.STYLE.text();
    String script = ReadinessReport.SCRIPT.text();
    assertTrue(style.startsWith(":root{") && style.contains("@media print{"), style);
    assertTrue(script.contains("'use strict'") && script.endsWith("})();\n"), script);
  }

  @Test
  void aMissingResourceIsAnErrorNamingIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Markup.resource("missing.css"));
    assertTrue(e.getMessage().contains("dev/crosswalk/report/missing.css is missing from the crosswalk-report jar"),
        e.getMessage());
  }
}
