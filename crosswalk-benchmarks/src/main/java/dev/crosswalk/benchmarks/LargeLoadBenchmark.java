package dev.crosswalk.benchmarks;

import dev.crosswalk.core.model.Crosswalk;
import java.io.IOException;
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
 * Loading synthetic crosswalks of 10,000, 100,000 and 1,000,000 mappings from bytes in memory:
 * the real reader, a bare Jackson streaming pass over the same bytes, and the naive tree model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1) // at 1,000,000 mappings one load per iteration: the JIT needs five
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class LargeLoadBenchmark {
  /** Number of mappings; see {@link SyntheticCrosswalk.Spec#scaled(int)}. */
  @Param({"10000", "100000", "1000000"})
  public int mappings;

  private SyntheticCrosswalk.Generated generated;

  /** Generates (or reads from the cache) the documents. */
  @Setup
  public void setup() {
    generated = Bench.synthetic(mappings);
  }

  /** A full collection before each iteration; see {@link Bench#collectGarbage()}. */
  @Setup(Level.Iteration)
  public void collect() {
    Bench.collectGarbage();
  }

  /** The real reader: streaming parse, model objects, validation, indexes. */
  @Benchmark
  public Crosswalk load() {
    return generated.load();
  }

  /** The floor: a bare Jackson streaming pass over the same bytes. */
  @Benchmark
  public long jacksonStreamingPass() throws IOException {
    return BundledLoadBenchmark.streamingPass(generated.documents());
  }

  /** The naive baseline: Jackson's tree model. */
  @Benchmark
  public NaiveCrosswalk naiveLoad() {
    return NaiveCrosswalk.load(generated.documents());
  }
}
