package dev.crosswalk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.diff.ChangeType;
import dev.crosswalk.core.diff.CrosswalkDiff;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.GapReason;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Verdict;
import dev.crosswalk.core.spi.ResourceDataProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What data 1.1.0 promises beyond 1.0.0: a specific, checkable source on every mapping, what
 * HIPAA adds for every Security Rule item a Security-only SOC 2 does not fully cover, no required
 * specification lost to the SOC 2 category scope alone, and a {@code crosswalk diff} from the
 * released 1.0.0 that shows every change.
 */
class DataReleaseTest {
  private static final Crosswalk CW = Crosswalks.bundled();
  /** The two framework texts and the generic curation record: necessary, never sufficient. */
  private static final Set<String> GENERIC = ImmutableSet.of("aicpa-tsc-2017", "ecfr-45-cfr-164", "crosswalk-curation",
      "nist-ir-8477");

  private static Crosswalk released100() {
    return new ResourceDataProvider(DataReleaseTest.class::getResourceAsStream, "/data-1.0.0/") {}.load();
  }

  private static CoverageReport securityOnly() {
    return Queries.on(CW).coverage().of("hipaa").by("soc2").restrict("soc2", "category", "security").restrict("hipaa", "rule", "security").run();
  }

  @Test
  void everyMappingCitesASourceAReaderCanCheck() {
    List<String> problems = new ArrayList<>();
    for (Mapping m : CW.mappings()) {
      boolean specific = m.citations().stream()
          .anyMatch(c -> c.hasLocator() || !GENERIC.contains(c.source()));
      if (!specific) {
        problems.add(m.source() + " -> " + m.target() + " cites only " + m.sources());
      }
      if (m.target().framework().equals("soc2") && m.source().framework().equals("hipaa")) {
        for (ElementRef member : m.source().members()) {
          boolean citesParagraph = m.citations().stream().anyMatch(c -> c.source().equals("ecfr-45-cfr-164")
              && c.locator().filter(l -> l.equals("45 CFR " + member.ref())
                  || l.startsWith("45 CFR " + member.ref() + " ")).isPresent());
          if (!citesParagraph) {
            problems.add(m.source() + " -> " + m.target() + " does not locate " + member.ref() + " in 45 CFR 164");
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
  }

  @Test
  void everyDeclaredSourceIsCited() {
    Set<String> cited = new java.util.TreeSet<>();
    CW.mappings().forEach(m -> cited.addAll(m.sources()));
    CW.noCounterparts().forEach(n -> cited.addAll(n.sources()));
    CW.additions().forEach(a -> a.citations().forEach(c -> cited.add(c.source())));
    List<String> uncited = CW.sources().keySet().stream().filter(id -> !cited.contains(id)).toList();
    assertEquals(List.of(), uncited);
  }

  @Test
  void everySecurityRuleItemNotFullyCoveredSaysWhatHipaaAdds() {
    List<String> missing = new ArrayList<>();
    for (RequirementCoverage c : securityOnly().requirements().values()) {
      if (c.verdict() != Verdict.COVERED && c.verdict() != Verdict.NOT_APPLICABLE && CW.addition(c.requirement().id(), "soc2").isEmpty()) {
        missing.add(c.requirement().id() + " (" + c.verdict() + ")");
      }
    }
    assertTrue(missing.isEmpty(), "no addition toward soc2 for: " + missing);
    CW.additions().forEach(a -> assertTrue(a.citations().stream().anyMatch(Citation::hasLocator),
        a.element() + " addition has no locatable source"));
  }

  @Test
  void noRequiredSecuritySpecificationIsNotCoveredOnlyBecauseOfTheCategoryScope() {
    List<String> problems = new ArrayList<>();
    securityOnly().gaps().gaps().forEach(g -> {
      Requirement r = g.coverage().requirement();
      if (g.reason() == GapReason.OUT_OF_SCOPE_ONLY && r.attribute("designation").orElse("").equals("required")) {
        problems.add(r.id().toString());
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void theBreachNotificationOfABusinessAssociateIsNotMappedToVendorCommitments() {
    for (Mapping m : CW.mappings()) {
      boolean from410 = m.source().members().stream().anyMatch(e -> e.ref().startsWith("164.410"));
      assertFalse(from410 && m.target().contains(ElementRef.parse("soc2:P6.5")), m.source() + " -> " + m.target());
    }
  }

  @Test
  void theDiffFromTheReleased100ShowsEveryChange() {
    Crosswalk old = released100();
    CrosswalkDiff diff = CrosswalkDiff.between(old, CW);
    int added = diff.counts(ItemKind.MAPPING).added();
    int removed = diff.counts(ItemKind.MAPPING).removed();
    assertEquals(CW.mappings().size() - old.mappings().size(), added - removed);
    assertTrue(diff.change(ItemKind.MAPPING, "hipaa:164.410(a) -> soc2:P6.5")
        .filter(c -> c.type() == ChangeType.REMOVED).isPresent(), "the P6.5 rows' removal is visible");
    assertTrue(diff.change(ItemKind.MAPPING, "hipaa:164.308(a)(6)(ii) -> soc2:CC7.3 + soc2:CC7.4 + soc2:CC7.5")
        .filter(c -> c.type() == ChangeType.ADDED).isPresent(), "the joint response-and-reporting mapping is visible");
    assertEquals(CW.additions().size(), diff.counts(ItemKind.ADDITION).added());
    int requirementsAdded = diff.counts(ItemKind.REQUIREMENT).added() - diff.counts(ItemKind.REQUIREMENT).removed();
    assertEquals(CW.requirements().size() - old.requirements().size(), requirementsAdded);
    // Every 1.0.0 mapping that kept its ends but not its content reports the fields that changed.
    diff.changes(ItemKind.MAPPING).stream().filter(c -> c.type() == ChangeType.CHANGED)
        .forEach(c -> assertFalse(c.fields().isEmpty(), c.id()));
  }
}
