package dev.crosswalk.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.data.HipaaSoc2DataProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared inputs of the benchmarks: the bundled data's bytes and the synthetic data cache. */
final class Bench {
  /** The mapping counts the size-dependent benchmarks run at. */
  static final int[] SIZES = {10_000, 100_000, 1_000_000};

  private Bench() {}

  /** The bundled data files, as {@code Crosswalks.bundled()} reads them, in manifest order. */
  static ImmutableList<SyntheticCrosswalk.Document> bundledDocuments() {
    String dir = HipaaSoc2DataProvider.DIRECTORY;
    DataManifest manifest = DataManifest.read(new ByteArrayInputStream(resource(dir + "manifest.json")), "manifest.json");
    List<SyntheticCrosswalk.Document> out = new ArrayList<>();
    for (DataManifest.DataFile f : manifest.files()) {
      out.add(new SyntheticCrosswalk.Document(dir + f.path(), resource(dir + f.path())));
    }
    return ImmutableList.copyOf(out);
  }

  private static byte[] resource(String name) {
    try (InputStream in = HipaaSoc2DataProvider.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where generated crosswalks are cached: {@code synthetic-crosswalks} beside the benchmarks jar
   * (or beside the classes directory), or the {@code crosswalk.bench.cache} system property.
   */
  static Path cacheRoot() {
    String configured = System.getProperty("crosswalk.bench.cache");
    if (configured != null) {
      return Path.of(configured);
    }
    try {
      Path code = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.getParent().resolve("synthetic-crosswalks");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of(System.getProperty("java.io.tmpdir"), "crosswalk-benchmarks");
    }
  }

  /** The cached synthetic crosswalk with this many mappings, generated on first use. */
  static SyntheticCrosswalk.Generated synthetic(int mappings) {
    return SyntheticCrosswalk.cached(SyntheticCrosswalk.Spec.scaled(mappings), cacheRoot());
  }

  /**
   * A full collection, run before each measured iteration of the large-crosswalk benchmarks
   * ({@code @Setup(Level.Iteration)}): at 1,000,000 mappings an iteration holds one to a few
   * operations, and without it an iteration would also pay for the garbage of the one before
   * (300 MB after a load, 100 MB after a composition). JMH's {@code shouldDoGC} would do this
   * for every benchmark, repeating collections until the heap settles, which took the suite over
   * ten minutes.
   */
  static void collectGarbage() {
    System.gc();
  }

  /** Deletes nothing; checks a cache directory is writable, for early, clear failures. */
  static void checkCacheWritable() throws IOException {
    Files.createDirectories(cacheRoot());
  }
}
