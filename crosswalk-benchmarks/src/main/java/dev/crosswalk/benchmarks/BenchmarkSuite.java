package dev.crosswalk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every performance figure of {@code docs/performance.md} in one go and prints the table:
 * the JMH benchmarks, the retained-heap measurements (one fresh JVM each) and the fresh-JVM
 * startup comparison, each against its baseline measured in the same run.
 *
 * <p>Usage: {@code java -jar crosswalk-benchmarks/target/benchmarks.jar [--quick]}. {@code --quick}
 * runs fewer iterations and skips the 1,000,000-mapping size: a smoke test, not figures. For
 * single benchmarks use JMH's own command line: {@code java -cp benchmarks.jar
 * org.openjdk.jmh.Main QueryBenchmark -p mappings=1000000}.
 */
public final class BenchmarkSuite {
  private static final String PACKAGE = BenchmarkSuite.class.getPackageName() + ".";

  private final boolean quick;
  private final int[] sizes;
  /** benchmark simple name (Class.method) -> mappings param ("" when none) -> milliseconds. */
  private final Map<String, Map<String, double[]>> jmh = new TreeMap<>();
  private final StringBuilder report = new StringBuilder();

  private BenchmarkSuite(boolean quick) {
    this.quick = quick;
    this.sizes = quick ? Arrays.copyOf(Bench.SIZES, 2) : Bench.SIZES;
  }

  /** Runs the suite; see the class comment for arguments. */
  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    new BenchmarkSuite(quick).run();
  }

  private void run() throws RunnerException, IOException, InterruptedException {
    Instant start = Instant.now();
    LoadSampler load = LoadSampler.start();
    Bench.checkCacheWritable();
    for (int size : sizes) {
      Bench.synthetic(size); // generate once, before the forks read the cache
    }
    runJmh();
    Map<String, long[]> heap = new TreeMap<>();
    for (int size : sizes) {
      heap.put("crosswalk-" + size, heap("crosswalk", size));
      heap.put("naive-" + size, heap("naive", size));
    }
    // 15 launches of each of three programs per flag set: with the floor program added, 21 took the
    // suite to 8 min 55 s on a busy machine, too close to its 10-minute budget.
    int runs = quick ? 5 : 15;
    List<StartupComparison.Result> startup = new ArrayList<>();
    startup.add(StartupComparison.measure(List.of(), runs));
    startup.add(StartupComparison.measure(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), runs));
    startup.add(StartupComparison.measureWithAppCds(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), runs,
        Bench.cacheRoot().resolveSibling("appcds")));
    double[] loadAverage = load.stop();
    write(startup, heap, loadAverage, Duration.between(start, Instant.now()));
  }

  // ---- JMH ------------------------------------------------------------------------------------

  private void runJmh() throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(PACKAGE + "(BundledLoadBenchmark|LargeLoadBenchmark|QueryBenchmark|NaiveQueryBenchmark)\\.")
        .param("mappings", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new))
        .shouldFailOnError(true);
    if (quick) {
      options.warmupIterations(1).measurementIterations(2)
          .warmupTime(TimeValue.milliseconds(500)).measurementTime(TimeValue.milliseconds(500));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().substring(PACKAGE.length());
      String size = r.getParams().getParam("mappings");
      TimeUnit unit = r.getParams().getTimeUnit();
      double toMillis = unit.toNanos(1) / 1e6;
      jmh.computeIfAbsent(name, k -> new TreeMap<>()).put(size == null ? "" : size, new double[] {
          r.getPrimaryResult().getScore() * toMillis, r.getPrimaryResult().getScoreError() * toMillis});
    }
  }

  private double ms(String benchmark, int size) {
    return jmh.get(benchmark).get(size < 0 ? "" : Integer.toString(size))[0];
  }

  private String msWithError(String benchmark, int size) {
    double[] v = jmh.get(benchmark).get(size < 0 ? "" : Integer.toString(size));
    return fmt(v[0]) + " ± " + fmt(v[1]) + " ms";
  }

  // ---- retained heap --------------------------------------------------------------------------

  /** {retained bytes, load millis} from a fresh JVM. */
  private static long[] heap(String what, int size) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xmx6g", "-cp", System.getProperty("java.class.path"),
        "-Dcrosswalk.bench.cache=" + Bench.cacheRoot(), HeapMeasurement.class.getName(), what, Integer.toString(size)));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out = String.join("\n", r.lines().toList());
    }
    if (p.waitFor() != 0 || !out.contains("retained-bytes=")) {
      throw new IllegalStateException("heap measurement failed: " + out);
    }
    String line = out.lines().filter(l -> l.startsWith("retained-bytes=")).findFirst().orElseThrow();
    String[] parts = line.split(" ");
    return new long[] {Long.parseLong(parts[0].substring("retained-bytes=".length())),
        Long.parseLong(parts[1].substring("load-ms=".length()))};
  }

  // ---- report ---------------------------------------------------------------------------------

  private void write(List<StartupComparison.Result> startup, Map<String, long[]> heap, double[] loadAverage,
      Duration took) throws IOException {
    line("## Figures" + (quick ? " (QUICK RUN: smoke test, not figures)" : ""));
    line("");
    line("| figure | target | measured | baseline, same run | ratio | result |");
    line("|---|---|---|---|---|---|");
    double reader = ms("BundledLoadBenchmark.crosswalkReader", -1);
    double bare = ms("BundledLoadBenchmark.jacksonStreamingPass", -1);
    double naiveBundled = ms("BundledLoadBenchmark.naiveTreeModel", -1);
    double provider = ms("BundledLoadBenchmark.providerLoad", -1);
    row("load bundled crosswalk (bytes in memory)", "<= 2x Jackson streaming pass",
        msWithError("BundledLoadBenchmark.crosswalkReader", -1),
        "streaming pass " + msWithError("BundledLoadBenchmark.jacksonStreamingPass", -1), ratio(reader / bare),
        pass(reader / bare <= 2));
    double concurrent = ms("BundledLoadBenchmark.crosswalkReaderConcurrent", -1);
    row("load bundled crosswalk, documents parsed concurrently (read, " + Runtime.getRuntime().availableProcessors()
            + " threads)", "(information)", msWithError("BundledLoadBenchmark.crosswalkReaderConcurrent", -1),
        "streaming pass " + fmt(bare) + " ms", ratio(concurrent / bare), "-");
    row("load bundled crosswalk, as Crosswalks.bundled() (jar resources + SHA-256)", "(information)",
        msWithError("BundledLoadBenchmark.providerLoad", -1), "streaming pass " + fmt(bare) + " ms",
        ratio(provider / bare), "-");
    row("naive tree model, bundled crosswalk", "(baseline)", msWithError("BundledLoadBenchmark.naiveTreeModel", -1),
        "CrosswalkReader " + fmt(reader) + " ms", ratio(naiveBundled / reader) + " of reader", "-");
    for (StartupComparison.Result s : startup) {
      row("fresh JVM: bundled data + one gap query; flags: " + s.flags(), "<= 1.5x hello world",
          fmt(s.gapMillis()) + " ms (median of " + s.runs() + ")", "hello world " + fmt(s.helloMillis()) + " ms",
          ratio(s.ratio()), pass(s.ratio() <= 1.5));
    }
    for (StartupComparison.Result s : startup) {
      row("fresh JVM: the same query on 3 requirements built in code (no data read); flags: " + s.flags(),
          "(floor, information)", fmt(s.floorMillis()) + " ms (median of " + s.runs() + ")",
          "hello world " + fmt(s.helloMillis()) + " ms", ratio(s.floorRatio()), "-");
    }
    int top = sizes[sizes.length - 1];
    String n = String.format(Locale.ROOT, "%,d", top);
    if (top == 1_000_000) {
      double load = ms("LargeLoadBenchmark.load", top);
      row(n + " mappings: load", "< 3 s", msWithError("LargeLoadBenchmark.load", top),
          "naive " + fmt(ms("LargeLoadBenchmark.naiveLoad", top)) + " ms; streaming pass "
              + fmt(ms("LargeLoadBenchmark.jacksonStreamingPass", top)) + " ms",
          ratio(load / ms("LargeLoadBenchmark.jacksonStreamingPass", top)) + " of streaming pass", pass(load < 3000));
      long retained = heap.get("crosswalk-" + top)[0];
      long naiveRetained = heap.get("naive-" + top)[0];
      row(n + " mappings: retained heap", "< 500 MB", mb(retained), "naive " + mb(naiveRetained),
          ratio((double) retained / naiveRetained) + " of naive", pass(retained < 500_000_000L));
      query(n, "coverage", top, 50);
      query(n, "gaps", top, 50);
      query(n, "compose", top, 500);
    }
    line("");
    line("## Cost growth (each 10x in size should cost at most 12x)");
    line("");
    StringBuilder header = new StringBuilder("| figure |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int size : sizes) {
      header.append(String.format(Locale.ROOT, " %,d |", size));
      rule.append("---|");
    }
    for (int i = 1; i < sizes.length; i++) {
      header.append(" x").append(i).append(" growth |");
      rule.append("---|");
    }
    line(header + " result |");
    line(rule + "---|");
    growth("load (ms)", size -> ms("LargeLoadBenchmark.load", size));
    growth("retained heap (MB)", size -> heap.get("crosswalk-" + size)[0] / 1e6);
    growth("coverage (ms)", size -> ms("QueryBenchmark.coverage", size));
    growth("gaps (ms)", size -> ms("QueryBenchmark.gaps", size));
    growth("compose (ms)", size -> ms("QueryBenchmark.compose", size));
    growth("naive load (ms)", size -> ms("LargeLoadBenchmark.naiveLoad", size));
    growth("naive retained heap (MB)", size -> heap.get("naive-" + size)[0] / 1e6);
    growth("naive coverage (ms)", size -> ms("NaiveQueryBenchmark.coverage", size));
    growth("streaming pass (ms)", size -> ms("LargeLoadBenchmark.jacksonStreamingPass", size));
    line("");
    line("## Sizes");
    line("");
    line("| mappings | frameworks | requirements | document bytes | largest / second framework |");
    line("|---|---|---|---|---|");
    for (int size : sizes) {
      SyntheticCrosswalk.Generated g = Bench.synthetic(size);
      line(String.format(Locale.ROOT, "| %,d | %d | %,d | %,d | %s / %s |", size, g.spec().frameworks(),
          g.spec().requirements(), g.bytes(), g.largest(), g.secondLargest()));
    }
    line("");
    line("## Machine");
    line("");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    line("- cores: " + Runtime.getRuntime().availableProcessors() + "; memory: "
        + os.getTotalMemorySize() / (1L << 30) + " GiB; OS: " + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    line("- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    line(String.format(Locale.ROOT, "- load average during the run: mean %.2f, max %.2f (1-minute, sampled every 5 s)",
        loadAverage[0], loadAverage[1]));
    line("- suite wall time: " + took.toMinutes() + " min " + took.toSecondsPart() + " s");
    System.out.println();
    System.out.println(report);
    Path out = Bench.cacheRoot().resolveSibling("benchmark-report.md");
    Files.writeString(out, report.toString());
    System.out.println("written to " + out);
  }

  private void query(String n, String name, int size, double limit) {
    double ours = ms("QueryBenchmark." + name, size);
    double naive = ms("NaiveQueryBenchmark." + name, size);
    row(n + " mappings: " + (name.equals("compose") ? "two-hop composition" : name + " query"),
        "< " + fmt(limit) + " ms", msWithError("QueryBenchmark." + name, size), "naive " + fmt(naive) + " ms",
        ratio(ours / naive) + " of naive", pass(ours < limit));
  }

  private interface Figure {
    double at(int size);
  }

  private void growth(String name, Figure figure) {
    StringBuilder b = new StringBuilder("| " + name + " |");
    double[] v = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      v[i] = figure.at(sizes[i]);
      b.append(' ').append(fmt(v[i])).append(" |");
    }
    boolean ok = true;
    for (int i = 1; i < sizes.length; i++) {
      double g = v[i] / v[i - 1];
      ok &= g <= 12;
      b.append(' ').append(ratio(g)).append(" |");
    }
    line(b + " " + (name.startsWith("naive") || name.startsWith("streaming") ? "(baseline)" : pass(ok)) + " |");
  }

  private void row(String... cells) {
    line("| " + String.join(" | ", cells) + " |");
  }

  private void line(String s) {
    report.append(s).append('\n');
  }

  private static String pass(boolean ok) {
    return ok ? "pass" : "**MISS**";
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2fx", r);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  static String fmt(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Samples the one-minute load average every five seconds on a daemon thread. */
  private static final class LoadSampler {
    private final List<Double> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    private LoadSampler() {
      thread = new Thread(() -> {
        while (running) {
          double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
          synchronized (samples) {
            samples.add(l);
          }
          try {
            Thread.sleep(5000);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "load-sampler");
      thread.setDaemon(true);
    }

    static LoadSampler start() {
      LoadSampler s = new LoadSampler();
      s.thread.start();
      return s;
    }

    /** {mean, max}. */
    double[] stop() {
      running = false;
      thread.interrupt();
      synchronized (samples) {
        return new double[] {samples.stream().mapToDouble(Double::doubleValue).average().orElse(-1),
            samples.stream().mapToDouble(Double::doubleValue).max().orElse(-1)};
      }
    }
  }
}
