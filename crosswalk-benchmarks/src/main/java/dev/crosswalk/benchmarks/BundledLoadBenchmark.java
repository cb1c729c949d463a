package dev.crosswalk.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.data.HipaaSoc2DataProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled HIPAA - SOC 2 crosswalk (eight files, about 440 KB) from bytes already in
 * memory, side by side with a bare Jackson streaming pass over the same bytes and with the naive
 * tree model. {@link #providerLoad} is the whole of {@code Crosswalks.bundled()}'s first call:
 * resources read from the jar and SHA-256 verified as well.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Ten warm-up seconds: on two cores the reader's first five seconds were still 8, 3, 3, 1.9 and 1.6
// ms per load (JIT compilation) before settling at 1.4-1.8 ms.
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class BundledLoadBenchmark {
  private static final JsonFactory BARE = new JsonFactory();

  private List<SyntheticCrosswalk.Document> files;
  private List<CrosswalkReader.Input> inputs;
  private CrosswalkReader reader;
  private CrosswalkReader oneThread;

  /** Reads the bundled files once. */
  @Setup
  public void setup() {
    files = Bench.bundledDocuments();
    inputs = files.stream().map(d -> CrosswalkReader.Input.of(d.name(), d.json())).toList();
    reader = CrosswalkReader.create();
    oneThread = reader.withParallelism(1);
  }

  /**
   * The real reader: streaming parse, model objects, validation, indexes; one document after the
   * other on the calling thread, as {@code Crosswalks.bundled()} does.
   */
  @Benchmark
  public Crosswalk crosswalkReader() {
    return oneThread.read(inputs);
  }

  /** The same with the documents parsed concurrently, on as many threads as there are processors. */
  @Benchmark
  public Crosswalk crosswalkReaderConcurrent() {
    return reader.read(inputs);
  }

  /** The floor: every token read, every string and name materialised, nothing kept. */
  @Benchmark
  public long jacksonStreamingPass() throws IOException {
    return streamingPass(files);
  }

  /** The naive baseline: Jackson's tree model. */
  @Benchmark
  public List<JsonNode> naiveTreeModel() {
    List<JsonNode> trees = new ArrayList<>(files.size());
    for (SyntheticCrosswalk.Document d : files) {
      trees.add(NaiveCrosswalk.parse(d.json()));
    }
    return trees;
  }

  /** What the first {@code Crosswalks.bundled()} does: read resources, verify SHA-256, load. */
  @Benchmark
  public Crosswalk providerLoad() {
    return new HipaaSoc2DataProvider().load();
  }

  /**
   * A bare Jackson streaming pass over the documents, each parsed in place from its byte array
   * (as the reader parses documents given in memory); returns a checksum of what was read.
   */
  static long streamingPass(List<SyntheticCrosswalk.Document> documents) throws IOException {
    long sum = 0;
    for (SyntheticCrosswalk.Document d : documents) {
      try (JsonParser p = BARE.createParser(d.json())) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          switch (t) {
            case FIELD_NAME, VALUE_STRING -> sum += p.getText().length();
            case VALUE_NUMBER_INT -> sum += p.getIntValue();
            default -> sum++;
          }
        }
      }
    }
    return sum;
  }
}
