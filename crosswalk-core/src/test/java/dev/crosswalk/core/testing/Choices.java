package dev.crosswalk.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * A list of choices drawn by jqwik, read one at a time where a test used to ask a
 * {@code java.util.Random}: which byte to flip and to what, which item to edit, which order to
 * shuffle into. Because jqwik draws the list, it shrinks it too, to fewer and smaller values, and
 * a smaller value picks an earlier position, a smaller count, the first option: so the mutation,
 * edit script or order built from the choices shrinks with them.
 *
 * <p>Each value is uniform in {@code [0, 2^31)}; {@link #nextInt(int)} scales it down to the
 * bound, so a smaller value never makes a larger choice. Past the end of the list the values
 * repeat from its start, and an empty list chooses zero throughout. A property draws one with
 * {@code @ForAll Choices choices} (see {@link Provider}).
 */
public final class Choices {
  /** The most values a {@code @ForAll Choices} parameter holds. */
  public static final int DEFAULT_MAX_SIZE = 64;

  private final List<Integer> values;
  private int next;

  private Choices(List<Integer> values) {
    this.values = List.copyOf(values);
  }

  /** Choices of up to {@code maxSize} values, the size uniform, each value uniform. */
  public static Arbitrary<Choices> choices(int maxSize) {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).withDistribution(RandomDistribution.uniform())
        .list().ofMaxSize(maxSize).withSizeDistribution(RandomDistribution.uniform()).map(Choices::new);
  }

  /** Choices holding exactly these values, for a test that replays a shrunk counterexample. */
  public static Choices of(Integer... values) {
    return new Choices(List.of(values));
  }

  /** The next value scaled to {@code [0, bound)}: a choice among {@code bound} options, zero the simplest. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    if (values.isEmpty()) {
      return 0;
    }
    long value = values.get(next++ % values.size());
    return (int) (value * bound >>> 31);
  }

  /** A yes-or-no choice; {@code false} is the simpler one. */
  public boolean nextBoolean() {
    return nextInt(2) == 1;
  }

  /** A fraction in {@code [0, 1)}; zero is the simplest. */
  public double nextDouble() {
    return nextInt(Integer.MAX_VALUE) / (double) Integer.MAX_VALUE;
  }

  /**
   * Shuffles the list in place: each element gets the next value as its sort key, and a stable
   * sort orders them; equal keys (all zero, once shrunk) keep the list as it was.
   */
  public <T> void shuffle(List<T> list) {
    List<Keyed<T>> keyed = new ArrayList<>();
    for (T t : list) {
      keyed.add(new Keyed<>(nextInt(Integer.MAX_VALUE), t));
    }
    keyed.sort(Comparator.comparingInt(Keyed::key));
    for (int i = 0; i < list.size(); i++) {
      list.set(i, keyed.get(i).value());
    }
  }

  private record Keyed<T>(int key, T value) {}

  @Override
  public String toString() {
    return "Choices" + values;
  }

  /** Supplies {@code @ForAll Choices} parameters: {@link #choices(int)} of {@link #DEFAULT_MAX_SIZE}. */
  public static final class Provider implements ArbitraryProvider {
    /** Called by jqwik through {@code ServiceLoader}. */
    public Provider() {}

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
      return targetType.isOfType(Choices.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
      return Set.of(choices(DEFAULT_MAX_SIZE));
    }
  }
}
