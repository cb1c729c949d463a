package dev.crosswalk.benchmarks;

import java.util.concurrent.TimeUnit;
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
 * What {@link QueryBenchmark} and {@link NaiveQueryBenchmark} share, so that both answer the same
 * questions under the same settings: the size, the frameworks queried (the biggest other than the
 * hub, and the second biggest) and a full collection before each iteration. JMH reads the
 * annotations, parameters and set-ups of a superclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public abstract class SyntheticQueries {
  /** Number of mappings; see {@link SyntheticCrosswalk.Spec#scaled(int)}. */
  @Param({"10000", "100000", "1000000"})
  public int mappings;

  /** The biggest framework other than the hub. */
  protected String largest;
  /** The second biggest framework other than the hub. */
  protected String secondLargest;

  /** Generates (or reads the cached) crosswalk of this size and has the subclass load it. */
  @Setup
  public void setup() {
    SyntheticCrosswalk.Generated g = Bench.synthetic(mappings);
    largest = g.largest();
    secondLargest = g.secondLargest();
    load(g);
  }

  /** Builds what the benchmarks query from the generated crosswalk. */
  protected abstract void load(SyntheticCrosswalk.Generated generated);

  /** A full collection before each iteration; see {@link Bench#collectGarbage()}. */
  @Setup(Level.Iteration)
  public void collect() {
    Bench.collectGarbage();
  }
}
