package dev.crosswalk.benchmarks;

import dev.crosswalk.core.query.Composition;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.GapReport;
import dev.crosswalk.core.query.Queries;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Queries on synthetic crosswalks, through the public API: the coverage and the gaps of the
 * biggest framework (other than the hub) by the hub, which has the most mappings to it, and the
 * composition biggest framework -> hub -> second biggest framework.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class QueryBenchmark {
  /** Number of mappings; see {@link SyntheticCrosswalk.Spec#scaled(int)}. */
  @Param({"10000", "100000", "1000000"})
  public int mappings;

  private Queries queries;
  private String largest;
  private String secondLargest;

  /** Loads the crosswalk. */
  @Setup
  public void setup() {
    SyntheticCrosswalk.Generated g = Bench.synthetic(mappings);
    queries = Queries.on(g.load());
    largest = g.largest();
    secondLargest = g.secondLargest();
  }

  /** A full collection before each iteration; see {@link Bench#collectGarbage()}. */
  @Setup(Level.Iteration)
  public void collect() {
    Bench.collectGarbage();
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
