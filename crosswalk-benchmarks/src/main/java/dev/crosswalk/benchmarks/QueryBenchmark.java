package dev.crosswalk.benchmarks;

import dev.crosswalk.core.query.Composition;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Queries on synthetic crosswalks, through the public API: the coverage and the gaps of the
 * biggest framework (other than the hub) by the hub, which has the most mappings to it, and the
 * composition biggest framework -> hub -> second biggest framework.
 */
public class QueryBenchmark extends SyntheticQueries {
  private Queries queries;

  /** Loads the crosswalk with the real reader. */
  @Override
  protected void load(SyntheticCrosswalk.Generated generated) {
    queries = Queries.on(generated.load());
  }

  /** Coverage of the biggest framework by the hub. */
  @Benchmark
  public CoverageReport coverage() {
    return queries.coverage().of(largest).by(SyntheticCrosswalk.HUB).run();
  }

  /** Gaps of the biggest framework by the hub. */
  @Benchmark
  public GapReport gaps() {
    return queries.gaps().of(largest).by(SyntheticCrosswalk.HUB).run();
  }

  /** Biggest framework -> hub -> second biggest framework. */
  @Benchmark
  public Composition compose() {
    return queries.compose(largest, SyntheticCrosswalk.HUB, secondLargest);
  }
}
