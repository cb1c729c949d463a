package dev.crosswalk.benchmarks;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import java.util.List;

/**
 * The floor of {@link GapQueryMain}: the same gap query and printing on a crosswalk of three
 * requirements built in code, so no data is read, parsed or verified. What a fresh JVM pays for
 * the library's classes alone; the startup comparison runs it beside the real one.
 */
public final class FloorQueryMain {
  private FloorQueryMain() {}

  /** Builds the tiny crosswalk, runs the query and prints the report. */
  public static void main(String[] args) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("floor", "a crosswalk built in code"))
        .addFramework(Framework.of("hipaa", "HIPAA", "floor", "floor", FrameworkKind.STANDARD))
        .addFramework(Framework.of("soc2", "SOC 2", "floor", "floor", FrameworkKind.STANDARD))
        .addRequirement(Requirement.builder("hipaa:a", "Covered").kind("standard").build())
        .addRequirement(Requirement.builder("hipaa:b", "A gap").kind("standard").build())
        .addRequirement(Requirement.builder("soc2:c", "Criterion").kind("criterion").build())
        .addMapping(Mapping.curated("hipaa:a", "soc2:c", Relationship.SUBSET_OF, Rationale.SEMANTIC, 5,
            "The floor's one mapping.", List.of("floor")));
    GapReport gaps = Queries.on(b.build()).gaps().of("hipaa").by("soc2").run();
    System.out.println(gaps);
  }
}
