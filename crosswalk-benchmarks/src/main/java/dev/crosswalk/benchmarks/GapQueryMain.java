package dev.crosswalk.benchmarks;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;

/**
 * What a fresh JVM does for one gap query: loads the bundled crosswalk (resources read, SHA-256
 * verified, parsed, validated) and prints the gaps of HIPAA by SOC 2, one line each.
 */
public final class GapQueryMain {
  private GapQueryMain() {}

  /** Runs the query and prints the report. */
  public static void main(String[] args) {
    GapReport gaps = Queries.on(Crosswalks.bundled()).gaps().of("hipaa").by("soc2").run();
    System.out.println(gaps);
  }
}
