package dev.crosswalk.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wall time of fresh JVMs: {@link GapQueryMain} (load the bundled data, run one gap query, print
 * it) against {@link HelloWorld}, launched alternately with the same class path and the same
 * flags, so machine noise hits both alike. Reports medians.
 */
final class StartupComparison {
  /**
   * The result for one set of flags.
   *
   * @param flags the JVM flags both ran with
   * @param helloMillis median wall time of hello world
   * @param gapMillis median wall time of the gap query
   * @param runs runs of each measured
   */
  record Result(String flags, double helloMillis, double gapMillis, int runs) {
    double ratio() {
      return gapMillis / helloMillis;
    }
  }

  private StartupComparison() {}

  /** Runs both programs {@code runs} times each, alternately, after two unmeasured runs each. */
  static Result measure(List<String> flags, int runs) throws IOException, InterruptedException {
    List<String> hello = command(flags, HelloWorld.class);
    List<String> gap = command(flags, GapQueryMain.class);
    for (int i = 0; i < 2; i++) {
      time(hello);
      time(gap);
    }
    double[] h = new double[runs];
    double[] g = new double[runs];
    for (int i = 0; i < runs; i++) {
      h[i] = time(hello);
      g[i] = time(gap);
    }
    return new Result(flags.isEmpty() ? "(none)" : String.join(" ", flags), median(h), median(g), runs);
  }

  /**
   * As {@link #measure}, each program with its own application class-data-sharing archive, made
   * by one training run ({@code -XX:ArchiveClassesAtExit}) and used with
   * {@code -XX:SharedArchiveFile}: what a user who ships a command line tool can do.
   */
  static Result measureWithAppCds(List<String> flags, int runs, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path helloArchive = dir.resolve("hello.jsa");
    Path gapArchive = dir.resolve("gap.jsa");
    train(flags, HelloWorld.class, helloArchive);
    train(flags, GapQueryMain.class, gapArchive);
    List<String> helloFlags = new ArrayList<>(flags);
    helloFlags.add("-XX:SharedArchiveFile=" + helloArchive);
    List<String> gapFlags = new ArrayList<>(flags);
    gapFlags.add("-XX:SharedArchiveFile=" + gapArchive);
    List<String> hello = command(helloFlags, HelloWorld.class);
    List<String> gap = command(gapFlags, GapQueryMain.class);
    for (int i = 0; i < 2; i++) {
      time(hello);
      time(gap);
    }
    double[] h = new double[runs];
    double[] g = new double[runs];
    for (int i = 0; i < runs; i++) {
      h[i] = time(hello);
      g[i] = time(gap);
    }
    List<String> shown = new ArrayList<>(flags);
    shown.add("-XX:SharedArchiveFile=<per-program AppCDS archive>");
    return new Result(String.join(" ", shown), median(h), median(g), runs);
  }

  private static void train(List<String> flags, Class<?> main, Path archive) throws IOException, InterruptedException {
    Files.deleteIfExists(archive);
    List<String> training = new ArrayList<>(flags);
    training.add("-XX:ArchiveClassesAtExit=" + archive);
    time(command(training, main));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("the JVM wrote no class-data archive " + archive);
    }
  }

  private static List<String> command(List<String> flags, Class<?> main) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(flags);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    return cmd;
  }

  private static double time(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
    long start = System.nanoTime();
    Process p = pb.start();
    int code = p.waitFor();
    long nanos = System.nanoTime() - start;
    if (code != 0) {
      throw new IllegalStateException("exit code " + code + " from " + command);
    }
    return nanos / 1e6;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
