package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.query.Queries;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadinessExampleTest {
  @Test
  void answersTheQuestionWithFiguresFromTheApi() {
    var cw = Crosswalks.bundled();
    String out = ReadinessExample.run(cw);
    var totals = Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run().totals();
    assertTrue(out.startsWith(String.format(Locale.ROOT, "Security Rule by SOC 2 (Security): graded %.1f%%",
        totals.gradedPercent())), out);
    assertTrue(out.contains("Addressable decisions to document: 22\n"), out);
    assertTrue(out.contains("Plan: ") && out.contains("  1. controls:"), out);
    // Documented decisions never lower coverage, and the plan only raises it.
    assertTrue(out.indexOf("With 2 decisions documented") > 0, out);
  }
}
