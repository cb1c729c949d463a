package dev.crosswalk.core.model;

import java.util.List;
import java.util.Map;

/** Small hand-built crosswalks for tests. */
public final class Fixtures {
  private Fixtures() {}

  /** A builder holding a tiny HIPAA / SOC 2 crosswalk with a control catalog. */
  public static CrosswalkBuilder tiny() {
    return Crosswalk.builder()
        .addFramework(Framework.of("hipaa", "HIPAA", "45 CFR 164", "HHS", FrameworkKind.REGULATION))
        .addFramework(Framework.of("soc2", "SOC 2", "TSC 2017", "AICPA", FrameworkKind.ATTESTATION_CRITERIA))
        .addFramework(Framework.of("controls", "Controls", "1.0", "us", FrameworkKind.CONTROL_CATALOG))
        .addSource(Source.of("cfr", "45 CFR 164"))
        .addRequirement(Requirement.builder("hipaa:164.312", "Technical safeguards").kind("section").assessable(false).build())
        .addRequirement(Requirement.builder("hipaa:164.312(b)", "Audit controls").kind("standard").parent("164.312")
            .attribute("designation", "required").build())
        .addRequirement(Requirement.builder("hipaa:164.312(a)(1)", "Access control").kind("standard").parent("164.312").build())
        .addRequirement(Requirement.builder("hipaa:164.312(a)(2)(i)", "Unique user identification")
            .kind("implementation-specification").parent("164.312(a)(1)").alias("164.312(a)(2)(i)-old").build())
        .addRequirement(Requirement.builder("soc2:CC7", "System operations").kind("series").assessable(false).build())
        .addRequirement(Requirement.builder("soc2:CC7.2", "Monitoring").kind("criterion").parent("CC7").build())
        .addRequirement(Requirement.builder("soc2:CC6.1", "Logical access").kind("criterion").build())
        .addControl(Control.of("controls:LOG-01", "Central logs", "Logs go to one place.", Map.of("domain", "LOG")))
        .addMapping(Mapping.curated("hipaa:164.312(b)", "soc2:CC7.2", Relationship.SUBSET_OF, Rationale.SEMANTIC, 8,
            "Monitoring covers audit controls.", List.of("cfr")))
        .addMapping(Mapping.curated("controls:LOG-01", "hipaa:164.312(b)", Relationship.SUBSET_OF, Rationale.FUNCTIONAL, 7,
            "Central logging is part of audit controls.", List.of("cfr")))
        .addNoCounterpart(NoCounterpart.of(ElementRef.parse("hipaa:164.312(a)(2)(i)"), "soc2", "Not in TSC.",
            com.google.common.collect.ImmutableSortedSet.of("cfr")));
  }
}
