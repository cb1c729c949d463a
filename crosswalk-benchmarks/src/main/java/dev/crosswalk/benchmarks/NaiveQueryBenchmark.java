package dev.crosswalk.benchmarks;

import dev.crosswalk.core.query.Verdict;
import java.util.List;
import java.util.TreeMap;
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

/** The queries of {@link QueryBenchmark} answered by the naive baseline ({@link NaiveCrosswalk}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class NaiveQueryBenchmark {
  /** Number of mappings; see {@link SyntheticCrosswalk.Spec#scaled(int)}. */
  @Param({"10000", "100000", "1000000"})
  public int mappings;

  private NaiveCrosswalk naive;
  private String largest;
  private String secondLargest;

  /** Parses the documents into trees. */
  @Setup
  public void setup() {
    SyntheticCrosswalk.Generated g = Bench.synthetic(mappings);
    naive = NaiveCrosswalk.load(g.documents());
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
