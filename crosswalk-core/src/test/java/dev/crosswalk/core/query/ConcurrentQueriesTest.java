package dev.crosswalk.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.model.Requirement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Many threads sharing one crosswalk and running a mix of queries in random order get exactly the
 * answers one thread gets: coverage and gaps in several scopes, explanations, inference,
 * composition, and the crosswalk's own lookups and hierarchy walks.
 */
class ConcurrentQueriesTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 6;
  private static final long SEED = 20261122L;

  /** The first random crosswalk from {@link #SEED} on with three frameworks and a fair number of mappings. */
  private static Crosswalk crosswalk() {
    for (long seed = SEED; ; seed++) {
      Crosswalk cw = RandomCrosswalks.sample(seed, 60);
      if (cw.frameworks().size() >= 3 && cw.mappings().size() >= 40) {
        return cw;
      }
    }
  }

  /** A named query; its answer is its result, or the exception it throws, as a value to compare. */
  private static Map<String, Supplier<Object>> queries(Crosswalk cw) {
    Map<String, Supplier<Object>> q = new LinkedHashMap<>();
    Queries queries = Queries.on(cw);
    List<String> frameworks = List.copyOf(cw.frameworks().keySet());
    Random r = new Random(SEED);
    for (String target : frameworks) {
      for (String source : frameworks) {
        if (target.equals(source)) {
          continue;
        }
        List<Scope> scopes = scopes(cw, target, source, r);
        for (int i = 0; i < scopes.size(); i++) {
          Scope scope = scopes.get(i);
          q.put("coverage " + target + " by " + source + " scope " + i,
              () -> queries.coverage().of(target).by(source).scope(scope).run());
          q.put("coverage curated " + target + " by " + source + " scope " + i,
              () -> queries.coverage().of(target).by(source).scope(scope).curatedOnly().run());
          q.put("gaps " + target + " by " + source + " scope " + i,
              () -> queries.gaps().of(target).by(source).scope(scope).run());
        }
        q.put("gaps both ways " + target + " " + source, () -> queries.gaps().of(target).by(source).bothWays());
        for (Requirement req : pick(cw.requirements(target), 4, r)) {
          q.put("explain " + req.id() + " by " + source, () -> queries.explain(req.id(), source, scopes.get(1)));
        }
        Map<ElementRef, AssessmentStatus> results = new TreeMap<>();
        for (Element e : pick(elementsOf(cw, source), 6, r)) {
          results.put(e.id(), AssessmentStatus.values()[r.nextInt(AssessmentStatus.values().length)]);
        }
        q.put("infer " + target + " from " + source, () -> queries.infer(results, target));
        for (String pivot : frameworks) {
          if (!pivot.equals(target) && !pivot.equals(source)) {
            q.put("compose " + source + " " + pivot + " " + target, () -> queries.compose(source, pivot, target));
          }
        }
      }
    }
    for (ElementRef ref : pick(new ArrayList<>(cw.requirements().keySet()), 15, r)) {
      q.put("hierarchy " + ref, () -> List.of(cw.children(ref), cw.descendants(ref), cw.ancestors(ref)));
      q.put("mappings of " + ref, () -> List.of(cw.mappingsFrom(ref), cw.mappingsTo(ref),
          cw.mappingsOf(ref, frameworks.get(0)), cw.noCounterparts(ref), cw.element(ref)));
    }
    q.put("unknown framework", () -> queries.coverage().of("nope").by(frameworks.get(0)).run());
    return q;
  }

  private static List<Scope> scopes(Crosswalk cw, String target, String source, Random r) {
    List<Scope> scopes = new ArrayList<>(List.of(Scope.all()));
    for (String framework : List.of(target, source)) {
      for (String attribute : List.of("rule", "category", "designation")) {
        TreeSet<String> values = new TreeSet<>();
        cw.requirements(framework).forEach(req -> req.attribute(attribute).ifPresent(values::add));
        if (!values.isEmpty()) {
          List<String> some = pick(new ArrayList<>(values), 1 + r.nextInt(values.size()), r);
          scopes.add(Scope.of(framework, attribute, some.toArray(String[]::new)));
        }
      }
    }
    if (scopes.size() > 2) {
      scopes.add(scopes.get(1).and(scopes.get(scopes.size() - 1)));
    }
    while (scopes.size() < 2) {
      scopes.add(Scope.all());
    }
    return scopes;
  }

  private static List<Element> elementsOf(Crosswalk cw, String framework) {
    List<Element> out = new ArrayList<>(cw.requirements(framework));
    out.addAll(cw.controls(framework));
    return out;
  }

  private static <T> List<T> pick(List<T> from, int n, Random r) {
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, r);
    return copy.subList(0, Math.min(n, copy.size()));
  }

  private static Object answer(Supplier<Object> query) {
    try {
      Object result = query.get();
      return List.of(result, result.toString());
    } catch (RuntimeException e) {
      return "threw " + e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void threadsSharingOneCrosswalkGetTheSingleThreadedAnswers() {
    Crosswalk cw = crosswalk();
    Map<String, Supplier<Object>> queries = queries(cw);
    List<String> names = new ArrayList<>(queries.keySet());
    Map<String, Object> expected = new LinkedHashMap<>();
    names.forEach(n -> expected.put(n, answer(queries.get(n))));
    assertTrue(names.stream().anyMatch(n -> n.startsWith("compose")), "the mix must include composition");
    assertTrue(expected.values().stream().filter(a -> a instanceof String).count() < names.size() / 4,
        "most queries must give answers, not errors: " + expected.values().stream().filter(a -> a instanceof String).toList());

    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    AtomicLong answered = new AtomicLong();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Random order = new Random(SEED + t);
          done.add(pool.submit(() -> {
            start.await();
            for (int round = 0; round < ROUNDS; round++) {
              List<String> shuffled = new ArrayList<>(names);
              Collections.shuffle(shuffled, order);
              for (String name : shuffled) {
                Object got = answer(queries.get(name));
                answered.incrementAndGet();
                if (!got.equals(expected.get(name))) {
                  mismatches.add(name + ": got " + got);
                }
              }
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
      });
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertEquals(List.of(), List.copyOf(mismatches));
    assertEquals((long) THREADS * ROUNDS * names.size(), answered.get());
  }
}
