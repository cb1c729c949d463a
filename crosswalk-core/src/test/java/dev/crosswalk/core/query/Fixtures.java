package dev.crosswalk.core.query;

import dev.crosswalk.core.model.Control;
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
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Map;

/** Small hand-built crosswalks with known answers. */
final class Fixtures {
  private Fixtures() {}

  static ElementRef ref(String text) {
    return ElementRef.parse(text);
  }

  static Mapping map(String source, Relationship rel, String target) {
    return map(source, rel, target, 5, Rationale.SEMANTIC, "src");
  }

  static Mapping map(String source, Relationship rel, String target, int strength, Rationale rationale, String src) {
    return Mapping.curated(source, target, rel, rationale, strength,
        source + " " + rel + " " + target + " because the test says so.", List.of(src));
  }

  static CrosswalkBuilder frameworks(String... ids) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("src", "test source"))
        .addSource(Source.of("other", "another test source"));
    for (String id : ids) {
      FrameworkKind kind = id.startsWith("controls") ? FrameworkKind.CONTROL_CATALOG : FrameworkKind.STANDARD;
      b.addFramework(Framework.of(id, id.toUpperCase(), "test", "tests", kind));
    }
    return b;
  }

  private static Requirement hipaa(String ref, String parent, boolean assessable, String rule, String designation) {
    Requirement.Builder b = Requirement.builder("hipaa:" + ref, "HIPAA " + ref).kind(parent == null ? "section" : "standard")
        .assessable(assessable);
    if (parent != null) {
      b.parent(parent);
    }
    if (rule != null) {
      b.attribute("rule", rule).attribute("safeguard", ref.startsWith("B") ? "breach" : "administrative");
    }
    if (designation != null) {
      b.attribute("designation", designation);
    }
    return b.build();
  }

  private static Requirement soc2(String ref, String parent, boolean assessable, String category) {
    Requirement.Builder b = Requirement.builder("soc2:" + ref, "SOC 2 " + ref).kind(parent == null ? "series" : "criterion")
        .assessable(assessable);
    if (parent != null) {
      b.parent(parent);
    }
    if (category != null) {
      b.attribute("category", category).attribute("series", parent == null ? ref : parent);
    }
    return b.build();
  }

  /**
   * HIPAA (section S with standards S.1-S.8, some with specifications; breach B.1), SOC 2
   * (series CC with CC1-CC3, P with P1, A with A1) and controls C1-C4. Known verdicts of hipaa by
   * soc2, everything in scope:
   * <pre>
   * S        NOT_APPLICABLE (not assessable)
   * S.1      PARTIAL   own INTERSECTS CC1; children covered
   * S.1.a    COVERED   S.1.a SUBSET_OF CC1
   * S.1.b    COVERED   CC2 EQUAL S.1.b (stored from soc2)
   * S.2      PARTIAL   CC3 SUBSET_OF S.2 and S.2 INTERSECTS CC2: two partials stay partial
   * S.3      COVERED   S.3 SUBSET_OF P1 (privacy): OUT_OF_SCOPE_ONLY under a Security-only scope
   * S.4      NOT_COVERED  only NOT_RELATED to CC3
   * S.5      NOT_COVERED  recorded no counterpart in soc2
   * S.6      COVERED   S.6 EQUAL CC2, child S.6.a SUBSET_OF CC2
   * S.7      NOT_COVERED  nothing, child S.7.a nothing either
   * S.8      PARTIAL   nothing itself, child S.8.a SUBSET_OF CC1 (so S.8.a COVERED)
   * B.1      COVERED   B.1 EQUAL CC3; breach rule, out of a Security-rule scope
   * </pre>
   */
  static Crosswalk hipaaSoc2() {
    CrosswalkBuilder b = frameworks("hipaa", "soc2", "controls");
    b.addRequirement(hipaa("S", null, false, "security", null));
    for (String std : List.of("S.1", "S.2", "S.3", "S.4", "S.5", "S.6", "S.7", "S.8")) {
      boolean hasSpecs = List.of("S.1", "S.6", "S.7", "S.8").contains(std);
      b.addRequirement(hipaa(std, "S", true, null, hasSpecs ? null : "required"));
    }
    b.addRequirement(hipaa("S.1.a", "S.1", true, null, "required"));
    b.addRequirement(hipaa("S.1.b", "S.1", true, null, "addressable"));
    b.addRequirement(hipaa("S.6.a", "S.6", true, null, "addressable"));
    b.addRequirement(hipaa("S.7.a", "S.7", true, null, "required"));
    b.addRequirement(hipaa("S.8.a", "S.8", true, null, "addressable"));
    b.addRequirement(hipaa("B.1", null, true, "breach", null));

    b.addRequirement(soc2("CC", null, false, "security"));
    b.addRequirement(soc2("CC1", "CC", true, null));
    b.addRequirement(soc2("CC2", "CC", true, null));
    b.addRequirement(soc2("CC3", "CC", true, null));
    b.addRequirement(soc2("P", null, false, "privacy"));
    b.addRequirement(soc2("P1", "P", true, null));
    b.addRequirement(soc2("A", null, false, "availability"));
    b.addRequirement(soc2("A1", "A", true, null));

    for (int i = 1; i <= 4; i++) {
      b.addControl(Control.of("controls:C" + i, "Control " + i, "Does thing " + i + ".", Map.of("domain", "test")));
    }

    b.addMapping(map("hipaa:S.1.a", Relationship.SUBSET_OF, "soc2:CC1"));
    b.addMapping(map("soc2:CC2", Relationship.EQUAL, "hipaa:S.1.b"));
    b.addMapping(map("hipaa:S.1", Relationship.INTERSECTS_WITH, "soc2:CC1"));
    b.addMapping(map("soc2:CC3", Relationship.SUBSET_OF, "hipaa:S.2"));
    b.addMapping(map("hipaa:S.2", Relationship.INTERSECTS_WITH, "soc2:CC2"));
    b.addMapping(map("hipaa:S.3", Relationship.SUBSET_OF, "soc2:P1"));
    b.addMapping(map("hipaa:S.4", Relationship.NOT_RELATED, "soc2:CC3"));
    b.addMapping(map("hipaa:S.6", Relationship.EQUAL, "soc2:CC2"));
    b.addMapping(map("hipaa:S.6.a", Relationship.SUBSET_OF, "soc2:CC2"));
    b.addMapping(map("hipaa:S.8.a", Relationship.SUBSET_OF, "soc2:CC1"));
    b.addMapping(map("hipaa:B.1", Relationship.EQUAL, "soc2:CC3"));
    b.addNoCounterpart(NoCounterpart.of(ref("hipaa:S.5"), "soc2", "A HIPAA-only organisational duty.",
        ImmutableSortedSet.of("src")));

    b.addMapping(map("controls:C1", Relationship.SUPERSET_OF, "hipaa:S.1.a"));
    b.addMapping(map("controls:C1", Relationship.SUPERSET_OF, "soc2:CC1"));
    b.addMapping(map("controls:C2", Relationship.EQUAL, "hipaa:S.2"));
    b.addMapping(map("controls:C3", Relationship.SUPERSET_OF, "hipaa:S.4"));
    b.addMapping(map("controls:C4", Relationship.INTERSECTS_WITH, "soc2:CC2"));
    return b.build();
  }
}
