package dev.crosswalk.report;

import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.util.List;
import java.util.Map;

/** Inputs of the report and vendor review tests: a small hostile crosswalk (the bundled data is {@code Crosswalks.bundled()}, from crosswalk-data). */
public final class ReportFixtures {
  /** Text that breaks HTML unless escaped. */
  public static final String HOSTILE = "<script>alert(\"x\")</script> & 'q' <b>bold</b>";

  private ReportFixtures() {}

  /**
   * HIPAA section S (not assessable) with standards S.1 (specifications S.1.a, S.1.b), S.2, S.3;
   * SOC 2 series CC (CC1, CC2) and A (A1, availability). Mappings read from SOC 2:
   * <pre>
   * CC1 INTERSECTS_WITH S.1   strength 5   PARTIAL  -> 0.5 * 0.5 = 0.25
   * CC1 SUPERSET_OF    S.1.a  strength 8   COVERED  -> 0.8
   * CC2 EQUAL          S.1.b  strength 6   COVERED  -> 0.6
   * CC2 INTERSECTS_WITH S.1.a strength 10  PARTIAL  -> 0.5
   * A1  SUPERSET_OF    S.2    strength 9   COVERED  -> 0.9 (out of a Security-only scope)
   * S.3: recorded as without SOC 2 counterpart, with a hostile reason
   * </pre>
   * The frameworks carry the bundled data's well-known attributes ({@code groupBy},
 * {@code discretionary}, {@code valueOrder}) but no short name. Titles and justifications carry
 * {@link #HOSTILE}.
   */
  public static Crosswalk small() {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("src", "test source"))
        .addFramework(Framework.of("hipaa", "HIPAA " + HOSTILE, "test", "tests", FrameworkKind.REGULATION)
            .withAttributes(Map.of(Framework.GROUP_BY, "rule,safeguard", Framework.DISCRETIONARY, "designation=addressable")))
        .addFramework(Framework.of("soc2", "SOC 2", "test", "tests", FrameworkKind.ATTESTATION_CRITERIA)
            .withAttributes(Map.of(Framework.GROUP_BY, "category,series",
                Framework.VALUE_ORDER, "category=security,availability,confidentiality,processing-integrity,privacy")));
    b.addRequirement(Requirement.builder("hipaa:S", "Section " + HOSTILE).kind("section").assessable(false)
        .attribute("rule", "security").attribute("safeguard", "administrative").build());
    b.addRequirement(Requirement.builder("hipaa:S.1", "Standard one " + HOSTILE).kind("standard").parent("S").build());
    b.addRequirement(Requirement.builder("hipaa:S.1.a", "Spec a").kind("implementation-specification").parent("S.1")
        .attribute("designation", "required").build());
    b.addRequirement(Requirement.builder("hipaa:S.1.b", "Spec b").kind("implementation-specification").parent("S.1")
        .attribute("designation", "addressable").build());
    b.addRequirement(Requirement.builder("hipaa:S.2", "Standard two").kind("standard").parent("S")
        .attribute("designation", "required").build());
    b.addRequirement(Requirement.builder("hipaa:S.3", "Standard three").kind("standard").parent("S")
        .attribute("designation", "required").build());
    b.addRequirement(Requirement.builder("soc2:CC", "Common criteria").kind("series").assessable(false)
        .attribute("category", "security").build());
    b.addRequirement(Requirement.builder("soc2:CC1", "Criterion one " + HOSTILE).kind("criterion").parent("CC").build());
    b.addRequirement(Requirement.builder("soc2:CC2", "Criterion two").kind("criterion").parent("CC").build());
    b.addRequirement(Requirement.builder("soc2:A", "Availability").kind("series").assessable(false)
        .attribute("category", "availability").build());
    b.addRequirement(Requirement.builder("soc2:A1", "Availability one").kind("criterion").parent("A").build());
    b.addMapping(map("soc2:CC1", Relationship.INTERSECTS_WITH, "hipaa:S.1", 5));
    b.addMapping(map("soc2:CC1", Relationship.SUPERSET_OF, "hipaa:S.1.a", 8));
    b.addMapping(map("hipaa:S.1.b", Relationship.EQUAL, "soc2:CC2", 6));
    b.addMapping(map("soc2:CC2", Relationship.INTERSECTS_WITH, "hipaa:S.1.a", 10));
    b.addMapping(map("hipaa:S.2", Relationship.SUBSET_OF, "soc2:A1", 9));
    b.addNoCounterpart(NoCounterpart.of(ElementRef.parse("hipaa:S.3"), "soc2", "Reason " + HOSTILE,
        ImmutableSortedSet.of("src")));
    return b.build();
  }

  /**
   * Two frameworks named nothing the code knows, described only by their attributes: target
   * {@code t} ({@code shortName} T-Short, {@code groupBy} part,chapter, {@code discretionary}
   * level=optional) with section P (part one, chapter c1) over P.1 (optional) and P.2 (mandatory,
   * unmapped); source {@code u} ({@code shortName} U-Short, {@code groupBy} family,series) with
   * top-level groups A (family alpha), Z (zeta), B (beta), M (mu) and N (none), each over one
   * criterion mapped to P.1. {@code valueOrder}, if given, is u's {@code valueOrder} attribute.
   */
  public static Crosswalk generic(String valueOrder) {
    Map<String, String> source = new java.util.TreeMap<>(Map.of(Framework.SHORT_NAME, "U-Short",
        Framework.GROUP_BY, "family,series"));
    if (!valueOrder.isEmpty()) {
      source.put(Framework.VALUE_ORDER, valueOrder);
    }
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("src", "test source"))
        .addFramework(Framework.of("t", "Target", "1", "tests", FrameworkKind.REGULATION)
            .withAttributes(Map.of(Framework.SHORT_NAME, "T-Short", Framework.GROUP_BY, "part,chapter",
                Framework.DISCRETIONARY, "level=optional")))
        .addFramework(Framework.of("u", "Source", "1", "tests", FrameworkKind.STANDARD).withAttributes(source))
        .addRequirement(Requirement.builder("t:P", "Part").kind("section").assessable(false)
            .attribute("part", "one").attribute("chapter", "c1").build())
        .addRequirement(Requirement.builder("t:P.1", "First").kind("standard").parent("P").attribute("level", "optional")
            .build())
        .addRequirement(Requirement.builder("t:P.2", "Second").kind("standard").parent("P")
            .attribute("level", "mandatory").build());
    for (String[] group : new String[][] {{"A", "alpha"}, {"Z", "zeta"}, {"B", "beta"}, {"M", "mu"}, {"N", ""}}) {
      Requirement.Builder root = Requirement.builder("u:" + group[0], "Group " + group[0]).kind("series")
          .assessable(false);
      if (!group[1].isEmpty()) {
        root.attribute("family", group[1]);
      }
      b.addRequirement(root.build());
      b.addRequirement(Requirement.builder("u:" + group[0] + "1", "Criterion " + group[0]).kind("criterion")
          .parent(group[0]).build());
      b.addMapping(map("u:" + group[0] + "1", Relationship.INTERSECTS_WITH, "t:P.1", 5));
    }
    return b.build();
  }

  private static Mapping map(String source, Relationship rel, String target, int strength) {
    return Mapping.curated(source, target, rel, Rationale.SEMANTIC, strength,
        "Because " + HOSTILE + " says so.", List.of("src"));
  }
}
