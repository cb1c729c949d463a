package dev.crosswalk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.crosswalk.core.Crosswalks;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many threads asking for the bundled crosswalk at once get one and the same instance. */
class BundledContentionTest {
  private static final int THREADS = 16;

  /** Runs the same call on many threads released together; returns what each got. */
  private static List<Object> raced(Callable<Object> call) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int distinct(List<Object> instances) {
    Map<Object, Boolean> identities = new IdentityHashMap<>();
    instances.forEach(i -> identities.put(java.util.Objects.requireNonNull(i, "bundled() returned null"), true));
    return identities.size();
  }

  /**
   * The first, lazy load under contention: in a class loader of its own, so that the cache is
   * empty whatever other tests of this JVM have loaded.
   */
  @Test
  void theFirstLoadUnderContentionYieldsOneInstance() {
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
      try (URLClassLoader fresh = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
        Class<?> crosswalks = Class.forName("dev.crosswalk.core.Crosswalks", true, fresh);
        assertSame(fresh, crosswalks.getClassLoader(), "the test needs a fresh copy of Crosswalks");
        Method bundled = crosswalks.getMethod("bundled");
        List<Object> got = raced(() -> bundled.invoke(null));
        assertEquals(1, distinct(got));
        assertSame(got.get(0), bundled.invoke(null));
        assertEquals(Crosswalks.bundled().toString(), got.get(0).toString());
      }
    });
  }

  @Test
  void laterCallsUnderContentionYieldTheCachedInstance() {
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      List<Object> got = raced(Crosswalks::bundled);
      assertEquals(1, distinct(got));
      assertSame(Crosswalks.bundled(), got.get(0));
    });
  }
}
