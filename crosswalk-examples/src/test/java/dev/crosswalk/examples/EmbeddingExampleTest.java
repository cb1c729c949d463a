package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Evidence;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Verdict;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  private final Crosswalk cw = Crosswalks.bundled();
  private final String out = EmbeddingExample.run(cw);

  @Test
  void printsTheTotalsAndGapsOfTheSecurityOnlyQuery() {
    CoverageReport r = Queries.on(cw).coverage().of("hipaa").by("soc2")
        .scope(Scope.of("soc2", "category", "security").and(Scope.of("hipaa", "rule", "security"))).run();
    int covered = 0;
    int partial = 0;
    int none = 0;
    for (RequirementCoverage c : r.requirements().values()) {
      covered += c.verdict() == Verdict.COVERED ? 1 : 0;
      partial += c.verdict() == Verdict.PARTIAL ? 1 : 0;
      none += c.verdict() == Verdict.NOT_COVERED ? 1 : 0;
    }
    assertTrue(covered + partial + none > 50, "the Security Rule has over 50 assessable requirements");
    int applicable = covered + partial + none;
    assertTrue(out.contains(String.format(Locale.ROOT, "Security: %d applicable: %d covered (%.1f%%), %d partial",
        applicable, covered, 100.0 * covered / applicable, partial)), out);
    assertTrue(out.contains("\nGaps: " + (partial + none) + "\n"), out);
    String notCovered = out.substring(out.indexOf("Not covered at all"), out.indexOf("\nWhy:"));
    List<String> listed = notCovered.lines().skip(1).filter(l -> !l.isBlank()).toList();
    assertEquals(none, listed.size(), notCovered);
    for (RequirementCoverage c : r.requirements().values()) {
      if (c.verdict() == Verdict.NOT_COVERED) {
        assertTrue(notCovered.contains("  " + c.id() + " " + c.requirement().title() + " ["), c.id().toString());
      }
    }
  }

  @Test
  void explainsTheVerdictWithEveryMapping() {
    RequirementCoverage c = Queries.on(cw).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run()
        .coverage(EmbeddingExample.EXPLAINED).orElseThrow();
    String why = out.substring(out.indexOf("\nWhy:\n"));
    assertTrue(why.contains(c.id() + " " + c.requirement().title() + ": " + c.verdict()), why);
    assertTrue(c.evidence().size() >= 2, "audit controls are mapped to several criteria");
    for (Evidence e : c.evidence()) {
      assertTrue(why.contains(e.mapping().source() + " " + e.mapping().relationship() + " " + c.id() + " -> "
          + e.contribution()), why);
    }
  }

  @Test
  void beginsWithTheLoadedCrosswalk() {
    assertTrue(out.startsWith("Loaded " + cw + "\n"), out);
  }
}
