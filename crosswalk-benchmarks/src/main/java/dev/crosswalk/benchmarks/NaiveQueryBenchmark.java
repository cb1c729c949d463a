package dev.crosswalk.benchmarks;

import dev.crosswalk.core.query.Verdict;
import java.util.List;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Benchmark;

/** The queries of {@link QueryBenchmark} answered by the naive baseline ({@link NaiveCrosswalk}). */
public class NaiveQueryBenchmark extends SyntheticQueries {
  private NaiveCrosswalk naive;

  /** Parses the documents into trees. */
  @Override
  protected void load(SyntheticCrosswalk.Generated generated) {
    naive = NaiveCrosswalk.load(generated.documents());
  }

  /** Coverage of the biggest framework by the hub. */
  @Benchmark
  public TreeMap<String, Verdict> coverage() {
    return naive.coverage(largest, SyntheticCrosswalk.HUB);
  }

  /** Gaps of the biggest framework by the hub. */
  @Benchmark
  public TreeMap<String, Verdict> gaps() {
    return naive.gaps(largest, SyntheticCrosswalk.HUB);
  }

  /** Biggest framework -> hub -> second biggest framework. */
  @Benchmark
  public List<NaiveCrosswalk.Derived> compose() {
    return naive.compose(largest, SyntheticCrosswalk.HUB, secondLargest);
  }
}
