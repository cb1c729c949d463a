package dev.crosswalk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the heap a loaded crosswalk retains, in a fresh JVM started for the purpose: heap in
 * use after full collections before loading, and again after loading with the crosswalk still
 * referenced; the difference is what the crosswalk keeps alive. Files are read from the cache, so
 * no document bytes are held.
 *
 * <p>Usage: {@code HeapMeasurement crosswalk|naive MAPPINGS}; prints
 * {@code retained-bytes=N load-ms=N}.
 */
public final class HeapMeasurement {
  private HeapMeasurement() {}

  /** Loads and prints the retained heap. */
  public static void main(String[] args) throws IOException {
    String what = args[0];
    int mappings = Integer.parseInt(args[1]);
    List<Path> files = SyntheticCrosswalk.cachedFiles(SyntheticCrosswalk.Spec.scaled(mappings), Bench.cacheRoot());
    long before = usedAfterGc();
    long start = System.nanoTime();
    Object held;
    if (what.equals("crosswalk")) {
      Crosswalk cw = Crosswalks.load(files.toArray(Path[]::new));
      held = cw;
    } else if (what.equals("naive")) {
      List<JsonNode> trees = new ArrayList<>();
      for (Path p : files) {
        trees.add(NaiveCrosswalk.parse(Files.readAllBytes(p)));
      }
      held = trees;
    } else {
      throw new IllegalArgumentException("crosswalk or naive, got " + what);
    }
    long loadNanos = System.nanoTime() - start;
    long after = usedAfterGc();
    Reference.reachabilityFence(held);
    System.out.println("retained-bytes=" + (after - before) + " load-ms=" + loadNanos / 1_000_000);
  }

  /** Heap in use after full collections, once two in a row agree within 1%. */
  static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(previous - used) < used / 100) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
