package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbExampleTest {
  private final Crosswalk cw = Crosswalks.bundled();

  @Test
  void queriesInDuckDbAgreeWithTheApi(@TempDir Path dir) throws Exception {
    String out = DuckDbExample.run(cw, dir, DuckDbExample.DUCKDB);
    Path script = dir.resolve("crosswalk.sql");
    assertTrue(out.startsWith("Exported crosswalk.sql (" + Files.size(script) + " bytes)\n"), out);
    assertTrue(out.contains("Loaded " + cw.requirements().size() + " requirements\n"), out);

    Map<Relationship, Integer> byRelationship = new TreeMap<>();
    for (Mapping m : cw.mappings()) {
      String s = m.source().framework();
      String t = m.target().framework();
      if (s.equals("hipaa") && t.equals("soc2") || s.equals("soc2") && t.equals("hipaa")) {
        byRelationship.merge(m.relationship(), 1, Integer::sum);
      }
    }
    String relationships = out.substring(out.indexOf("by relationship:\n"), out.indexOf("\n\nHIPAA Security Rule") + 1);
    assertEquals(byRelationship.size(), relationships.lines().count() - 1, relationships);
    byRelationship.forEach((rel, n) -> assertTrue(relationships.contains("  " + rel + ": " + n + "\n"), relationships));

    GapReport javaGaps = Queries.on(cw).gaps().of("hipaa").by("soc2")
        .scope(Scope.of("hipaa", "rule", "security").with("soc2", "category", List.of("security"))).run();
    StringBuilder byReason = new StringBuilder("by reason:\n");
    javaGaps.byReason().forEach((reason, list) -> byReason.append("  ").append(reason).append(": ")
        .append(list.size()).append('\n'));
    assertTrue(out.contains(byReason + "\n"), byReason + " in\n" + out);

    List<String> expected = new ArrayList<>();
    for (Requirement r : cw.requirements("hipaa")) {
      boolean security = r.attribute("rule").equals(Optional.of("security"));
      boolean related = cw.mappingsOf(r.id(), "soc2").stream().anyMatch(m -> m.relationship() != Relationship.NOT_RELATED);
      if (security && r.assessable() && !related) {
        String why = cw.noCounterparts(r.id()).stream().filter(n -> n.framework().equals("soc2"))
            .map(NoCounterpart::reason).findFirst().orElse("(no mapping, no recorded reason)");
        expected.add("  " + r.id() + " " + r.title() + "\n    " + why + "\n");
      }
    }
    assertTrue(expected.size() >= 3, "the bundled data has HIPAA-only Security Rule requirements");
    String gaps = out.substring(out.indexOf("with no SOC 2 counterpart:\n") + "with no SOC 2 counterpart:\n".length());
    assertEquals(String.join("", expected), gaps);
  }
}
