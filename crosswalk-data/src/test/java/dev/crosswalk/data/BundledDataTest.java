package dev.crosswalk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Iterables;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.spi.ResourceDataProvider;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks of the bundled data that fail when the data drifts from the facts or the rules. */
class BundledDataTest {
  static final Path DATA_DIR = Path.of("src/main/resources/dev/crosswalk/data");
  private static final Crosswalk CW = Crosswalks.bundled();

  private static List<Requirement> hipaa(String rule) {
    return CW.requirements("hipaa").stream()
        .filter(r -> r.attribute("rule").orElse("").equals(rule)).toList();
  }

  private static String failures(List<String> problems) {
    return problems.size() + " problem(s):\n" + String.join("\n", problems);
  }

  @Test
  void theProviderIsFoundThroughServiceLoaderAndParsedOnce() {
    assertSame(CW, Crosswalks.bundled());
    assertEquals(List.of("hipaa-soc2"), Crosswalks.providers().stream().map(p -> p.id()).toList());
    assertTrue(Crosswalks.provider("hipaa-soc2").dataVersion().matches("\\d+\\.\\d+\\.\\d+"));
    assertEquals(Set.of("controls", "hipaa", "soc2"), CW.frameworks().keySet());
  }

  @Test
  void manifestChecksumsAreCurrent() throws Exception {
    DataManifest manifest;
    try (InputStream in = Files.newInputStream(DATA_DIR.resolve("manifest.json"))) {
      manifest = DataManifest.read(in, "manifest.json");
    }
    List<String> problems = new ArrayList<>();
    for (DataManifest.DataFile f : manifest.files()) {
      String actual = ResourceDataProvider.sha256(Files.readAllBytes(DATA_DIR.resolve(f.path())));
      if (!actual.equals(f.sha256())) {
        problems.add(f.path() + " has SHA-256 " + actual + "; run crosswalk-data/update-checksums.sh");
      }
    }
    try (var files = Files.list(DATA_DIR)) {
      Set<String> listed = manifest.files().stream().map(DataManifest.DataFile::path).collect(Collectors.toSet());
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.equals("manifest.json") && !listed.contains(n))
          .forEach(n -> problems.add(n + " is not listed in manifest.json, so it would never be loaded"));
    }
    assertTrue(problems.isEmpty(), failures(problems));
  }

  // ---- HIPAA ---------------------------------------------------------------------------------

  // A defined term of 164.402, which has no paragraph number, is cited by the term:
  // "164.402 (unsecured protected health information)" (docs/data.md, identifiers).

  private static final String ROMAN = "(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)";
  private static final Pattern CFR = Pattern.compile(
      "164\\.(?:402(?: \\([a-z ]+\\)|\\(\\d\\)(?:\\(" + ROMAN + "\\))?)?"
          + "|\\d{3}(?:\\([a-z]{1,2}\\)(?:\\(\\d{1,2}\\)(?:\\(" + ROMAN + "\\)(?:\\([A-Z]\\))?)?)?)?)");

  @Test
  void everyHipaaCitationHasCfrParagraphSyntax() {
    List<String> problems = new ArrayList<>();
    for (Requirement r : CW.requirements("hipaa")) {
      if (!CFR.matcher(r.id().ref()).matches()) {
        problems.add(r.id() + " is not a 45 CFR 164 paragraph citation");
      }
      r.parent().ifPresent(p -> {
        String stem = p.ref().endsWith("(1)") ? p.ref().substring(0, p.ref().length() - 3) : p.ref();
        if (!r.id().ref().startsWith(stem)) {
          problems.add(r.id() + " has parent " + p + ", which is not an enclosing paragraph");
        }
      });
      String section = r.id().ref().substring(0, 7);
      String expectedRule = section.compareTo("164.400") < 0 ? "security" : section.compareTo("164.500") < 0 ? "breach" : "privacy";
      if (!r.attribute("rule").orElse("").equals(expectedRule)) {
        problems.add(r.id() + " has rule " + r.attribute("rule") + ", expected " + expectedRule);
      }
      if (r.assessable() && r.attribute("appliesTo").isEmpty()) {
        problems.add(r.id() + " does not say whether it binds covered entities, business associates or both");
      }
    }
    assertTrue(problems.isEmpty(), failures(problems));
  }

  /**
   * Appendix A to Subpart C of Part 164 (Security Standards: Matrix), plus the (R) labels the
   * text of 164.314 and 164.316 carries. R = required, A = addressable. Typed from the CFR
   * independently of the data files, so a drift in either shows here.
   */
  private static final String APPENDIX_A = """
      164.308(a)(1)(ii)(A) R, 164.308(a)(1)(ii)(B) R, 164.308(a)(1)(ii)(C) R, 164.308(a)(1)(ii)(D) R,
      164.308(a)(2) R, 164.308(a)(3)(ii)(A) A, 164.308(a)(3)(ii)(B) A, 164.308(a)(3)(ii)(C) A,
      164.308(a)(4)(ii)(A) R, 164.308(a)(4)(ii)(B) A, 164.308(a)(4)(ii)(C) A,
      164.308(a)(5)(ii)(A) A, 164.308(a)(5)(ii)(B) A, 164.308(a)(5)(ii)(C) A, 164.308(a)(5)(ii)(D) A,
      164.308(a)(6)(ii) R, 164.308(a)(7)(ii)(A) R, 164.308(a)(7)(ii)(B) R, 164.308(a)(7)(ii)(C) R,
      164.308(a)(7)(ii)(D) A, 164.308(a)(7)(ii)(E) A, 164.308(a)(8) R, 164.308(b)(3) R,
      164.310(a)(2)(i) A, 164.310(a)(2)(ii) A, 164.310(a)(2)(iii) A, 164.310(a)(2)(iv) A,
      164.310(b) R, 164.310(c) R, 164.310(d)(2)(i) R, 164.310(d)(2)(ii) R, 164.310(d)(2)(iii) A,
      164.310(d)(2)(iv) A, 164.312(a)(2)(i) R, 164.312(a)(2)(ii) R, 164.312(a)(2)(iii) A,
      164.312(a)(2)(iv) A, 164.312(b) R, 164.312(c)(2) A, 164.312(d) R, 164.312(e)(2)(i) A,
      164.312(e)(2)(ii) A, 164.314(a)(2)(i) R, 164.314(a)(2)(ii) R, 164.314(a)(2)(iii) R,
      164.314(b)(2) R, 164.316(a) R, 164.316(b)(2)(i) R, 164.316(b)(2)(ii) R, 164.316(b)(2)(iii) R""";

  @Test
  void securityRuleDesignationsMatchAppendixAExactly() {
    Map<String, String> expected = new TreeMap<>();
    for (String entry : APPENDIX_A.split(",")) {
      String[] parts = entry.strip().split(" ");
      expected.put(parts[0], parts[1].equals("R") ? "required" : "addressable");
    }
    Map<String, String> actual = new TreeMap<>();
    for (Requirement r : hipaa("security")) {
      r.attribute("designation").ifPresent(d -> actual.put(r.id().ref(), d));
    }
    assertEquals(expected, actual);
    List<String> problems = new ArrayList<>();
    for (Requirement r : hipaa("security")) {
      boolean hasSpecs = !CW.children(r.id()).isEmpty();
      boolean isSpec = r.kind().equals("implementation-specification");
      boolean standardAlone = r.kind().equals("standard") && !hasSpecs;
      if ((isSpec || standardAlone) != r.attribute("designation").isPresent()) {
        problems.add(r.id() + " (" + r.kind() + ") designation " + r.attribute("designation"));
      }
    }
    assertTrue(problems.isEmpty(), failures(problems));
  }

  @Test
  void securityRuleIsCompleteWithItsSafeguards() {
    Map<String, Long> kinds = hipaa("security").stream()
        .collect(Collectors.groupingBy(Requirement::kind, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("implementation-specification", 43L, "paragraph", 4L, "section", 6L, "standard", 22L), kinds);
    Map<String, String> safeguard = Map.of("164.308", "administrative", "164.310", "physical",
        "164.312", "technical", "164.314", "organizational", "164.316", "documentation");
    for (Requirement r : hipaa("security")) {
      assertEquals(safeguard.get(r.id().ref().substring(0, 7)), r.attribute("safeguard").orElse(null), r.id().toString());
    }
  }

  @Test
  void theFormerBusinessAssociateContractCitationIsAnAlias() {
    assertEquals(ElementRef.parse("hipaa:164.308(b)(3)"), CW.canonical(ElementRef.parse("hipaa:164.308(b)(4)")));
    assertEquals("Written contract or other arrangement",
        CW.requireElement("hipaa:164.308(b)(4)").title());
  }

  @Test
  void breachAndPrivacyRulesHoldTheProvisionsUsersOperationalize() {
    List<String> expected = List.of("164.402(2)", "164.404(b)", "164.404(c)", "164.406(a)", "164.408(b)",
        "164.408(c)", "164.410(b)", "164.412(a)", "164.414(b)", "164.502(a)", "164.502(b)", "164.502(e)(1)",
        "164.504(e)(2)", "164.508(a)", "164.510(a)", "164.512(a)", "164.514(a)", "164.514(b)", "164.514(d)",
        "164.520(a)", "164.522(a)", "164.524(a)", "164.524(b)", "164.526(a)", "164.528(a)");
    List<String> missing = new ArrayList<>(expected);
    missing.removeIf(ref -> CW.requirement(ElementRef.of("hipaa", ref)).isPresent());
    for (char c = 'a'; c <= 'k'; c++) {
      if (CW.requirement(ElementRef.of("hipaa", "164.530(" + c + ")")).isEmpty()) {
        missing.add("164.530(" + c + ")");
      }
    }
    assertEquals(List.of(), missing);
  }

  // ---- SOC 2 ---------------------------------------------------------------------------------

  @Test
  void soc2HasExactlyTheSixtyOneCriteriaWithTheirCategories() {
    List<String> expected = new ArrayList<>();
    Object[][] series = {{"CC1", 5}, {"CC2", 3}, {"CC3", 4}, {"CC4", 2}, {"CC5", 3}, {"CC6", 8}, {"CC7", 5},
        {"CC8", 1}, {"CC9", 2}, {"A1", 3}, {"C1", 2}, {"PI1", 5}, {"P1", 1}, {"P2", 1}, {"P3", 2}, {"P4", 3},
        {"P5", 2}, {"P6", 7}, {"P7", 1}, {"P8", 1}};
    for (Object[] s : series) {
      for (int i = 1; i <= (int) s[1]; i++) {
        expected.add(s[0] + "." + i);
      }
    }
    assertEquals(61, expected.size());
    List<Requirement> criteria = CW.requirements("soc2").stream().filter(r -> r.kind().equals("criterion")).toList();
    assertEquals(new TreeSet<>(expected), criteria.stream().map(r -> r.id().ref()).collect(Collectors.toCollection(TreeSet::new)));
    List<String> problems = new ArrayList<>();
    for (Requirement r : criteria) {
      String ref = r.id().ref();
      String seriesId = ref.substring(0, ref.indexOf('.'));
      String category = ref.startsWith("CC") ? "security" : ref.startsWith("A1") ? "availability"
          : ref.startsWith("C1") ? "confidentiality" : ref.startsWith("PI") ? "processing-integrity" : "privacy";
      if (!r.attribute("category").orElse("").equals(category)) {
        problems.add(r.id() + " category " + r.attribute("category") + ", expected " + category);
      }
      if (!r.parent().map(p -> p.ref().equals(seriesId)).orElse(false)) {
        problems.add(r.id() + " parent " + r.parent() + ", expected soc2:" + seriesId);
      }
      if (r.title().split("\\s+").length > 12 || r.text().isBlank()) {
        problems.add(r.id() + " needs a short own-words title and a summary");
      }
    }
    assertEquals(20, CW.requirements("soc2").stream().filter(r -> r.kind().equals("series")).count());
    assertTrue(problems.isEmpty(), failures(problems));
  }

  // ---- the crosswalk -------------------------------------------------------------------------

  @Test
  void everySecurityRuleItemIsAssessedAgainstSoc2() {
    List<String> unassessed = new ArrayList<>();
    for (Requirement r : hipaa("security")) {
      if (!r.assessable()) {
        continue;
      }
      boolean mapped = CW.mappingsOf(r.id(), "soc2").stream().anyMatch(m -> !m.isDerived());
      boolean recorded = CW.noCounterparts(r.id()).stream().anyMatch(n -> n.framework().equals("soc2"));
      if (!mapped && !recorded) {
        unassessed.add(r.id().toString());
      }
    }
    assertEquals(List.of(), unassessed);
  }

  @Test
  void everyBreachAndPrivacyItemIsAssessedAgainstSoc2() {
    List<String> unassessed = new ArrayList<>();
    for (Requirement r : CW.requirements("hipaa")) {
      if (r.assessable() && !r.attribute("rule").orElse("").equals("security")
          && CW.mappingsOf(r.id(), "soc2").isEmpty()
          && CW.noCounterparts(r.id()).stream().noneMatch(n -> n.framework().equals("soc2"))) {
        unassessed.add(r.id().toString());
      }
    }
    assertEquals(List.of(), unassessed);
  }

  @Test
  void everyMappingIsJustifiedSourcedDirectAndBetweenAssessableItems() {
    List<String> problems = new ArrayList<>();
    Map<ElementRef, Integer> fanOut = new TreeMap<>();
    for (Mapping m : CW.mappings()) {
      if (m.isDerived()) {
        problems.add(m + " is derived; the bundled data holds curated mappings only");
      }
      if (m.justification().length() < 40) {
        problems.add(m + " has a thin justification: " + m.justification());
      }
      if (!m.sources().contains("crosswalk-curation")) {
        problems.add(m + " does not cite the curation record");
      }
      if (m.target().framework().equals("soc2") && !m.sources().contains("aicpa-tsc-2017")) {
        problems.add(m + " maps to SOC 2 without citing the TSC");
      }
      if (m.source().framework().equals("hipaa") || m.target().framework().equals("hipaa")) {
        if (!m.sources().contains("ecfr-45-cfr-164")) {
          problems.add(m + " maps HIPAA without citing 45 CFR 164");
        }
      }
      for (ElementRef end : Iterables.concat(m.source().members(), m.target().members())) {
        CW.requirement(end).filter(r -> !r.assessable())
            .ifPresent(r -> problems.add(m + " touches grouping node " + r.id() + "; map its paragraphs"));
      }
      if (m.source().framework().equals("hipaa") && m.target().framework().equals("soc2")) {
        m.source().members().forEach(member -> fanOut.merge(member, 1, Integer::sum));
      }
    }
    fanOut.forEach((ref, n) -> {
      if (n > 6) {
        problems.add(ref + " maps to " + n + " SOC 2 criteria; a curated crosswalk is direct");
      }
    });
    assertTrue(problems.isEmpty(), failures(problems));
  }

  @Test
  void everyControlMapsToHipaaAndTheCommonControlSetIsSizedForMapOnce() {
    int controls = CW.controls("controls").size();
    assertTrue(controls >= 50 && controls <= 90, "controls: " + controls);
    List<String> problems = new ArrayList<>();
    CW.controls("controls").forEach(c -> {
      if (CW.mappingsOf(c.id(), "hipaa").isEmpty()) {
        problems.add(c.id() + " maps to no HIPAA requirement");
      }
    });
    for (String mustHave : List.of("BAA", "breach", "risk analysis", "encrypt", "multi-factor", "audit log")) {
      boolean present = CW.controls("controls").stream()
          .anyMatch(c -> (c.title() + " " + c.description()).toLowerCase().contains(mustHave.toLowerCase()));
      if (!present) {
        problems.add("no control about '" + mustHave + "'");
      }
    }
    assertTrue(problems.isEmpty(), failures(problems));
  }

  @Test
  void noSoc2CriterionTextIsReproduced() {
    // The AICPA's criterion sentences all open with "The entity ..."; our summaries must not.
    List<String> copied = CW.requirements("soc2").stream()
        .filter(r -> r.text().startsWith("The entity ") || r.title().startsWith("The entity "))
        .map(r -> r.id().toString()).toList();
    assertEquals(List.of(), copied);
    assertFalse(CW.framework("soc2").orElseThrow().license().orElse("").isEmpty());
  }
}
