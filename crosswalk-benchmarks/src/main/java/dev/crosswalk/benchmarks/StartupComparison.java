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
 * it) against {@link HelloWorld}, with {@link FloorQueryMain} (the same query on three
 * requirements built in code: the library's startup without its data) beside them; launched in
 * turn with the same class path and the same flags, so machine noise hits all alike. Reports
 * medians.
 */
final class StartupComparison {
  /**
   * The result for one set of flags.
   *
   * @param flags the JVM flags all ran with
   * @param helloMillis median wall time of hello world
   * @param floorMillis median wall time of the query on a crosswalk built in code
   * @param gapMillis median wall time of the gap query on the bundled data
   * @param runs runs of each measured
   */
  record Result(String flags, double helloMillis, double floorMillis, double gapMillis, int runs) {
    double ratio() {
      return gapMillis / helloMillis;
    }

    double floorRatio() {
      return floorMillis / helloMillis;
    }
  }

  private static final List<Class<?>> PROGRAMS = List.of(HelloWorld.class, FloorQueryMain.class, GapQueryMain.class);

  private StartupComparison() {}

  /** Runs the programs {@code runs} times each, in turn, after two unmeasured runs each. */
  static Result measure(List<String> flags, int runs) throws IOException, InterruptedException {
    List<List<String>> commands = new ArrayList<>();
    for (Class<?> program : PROGRAMS) {
      commands.add(command(flags, program));
    }
    return alternate(flags.isEmpty() ? "(none)" : String.join(" ", flags), commands, runs);
  }

  /**
   * As {@link #measure}, each program with its own application class-data-sharing archive, made
   * by one training run ({@code -XX:ArchiveClassesAtExit}) and used with
   * {@code -XX:SharedArchiveFile}: what a user who ships a command line tool can do.
   */
  static Result measureWithAppCds(List<String> flags, int runs, Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    List<List<String>> commands = new ArrayList<>();
    for (Class<?> program : PROGRAMS) {
      Path archive = dir.resolve(program.getSimpleName() + ".jsa");
      train(flags, program, archive);
      List<String> withArchive = new ArrayList<>(flags);
      withArchive.add("-XX:SharedArchiveFile=" + archive);
      commands.add(command(withArchive, program));
    }
    List<String> shown = new ArrayList<>(flags);
    shown.add("-XX:SharedArchiveFile=<per-program AppCDS archive>");
    return alternate(String.join(" ", shown), commands, runs);
  }

  /** Hello world, floor and gap query, in turn: {@code runs} measured rounds after two unmeasured. */
  private static Result alternate(String shownFlags, List<List<String>> commands, int runs)
      throws IOException, InterruptedException {
    for (int i = 0; i < 2; i++) {
      for (List<String> command : commands) {
        time(command);
      }
    }
    double[][] millis = new double[commands.size()][runs];
    for (int i = 0; i < runs; i++) {
      for (int c = 0; c < commands.size(); c++) {
        millis[c][i] = time(commands.get(c));
      }
    }
    return new Result(shownFlags, median(millis[0]), median(millis[1]), median(millis[2]), runs);
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
