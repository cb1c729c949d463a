package dev.crosswalk.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Entry point: the bundled crosswalk, or a crosswalk loaded from files or streams.
 *
 * <pre>{@code
 * Crosswalk cw = Crosswalks.bundled();              // the data jar on the path, e.g. crosswalk-data
 * Crosswalk mine = Crosswalks.load(Path.of("my-crosswalk.json"));
 * }</pre>
 *
 * <p>The bundled data is parsed once, lazily, on first use, and shared: every call returns the
 * same immutable instance. No network access, ever.
 */
public final class Crosswalks {
  private static final ConcurrentMap<String, Crosswalk> LOADED = new ConcurrentHashMap<>();

  private Crosswalks() {}

  /**
   * The crosswalk of the one data provider on the class or module path ({@link #bundledProvider()};
   * with {@code crosswalk-data}, the HIPAA - SOC 2 crosswalk), parsed and verified on first use.
   *
   * @throws CrosswalkDataException if there is no provider, several, or its data fails verification
   */
  public static Crosswalk bundled() {
    return bundled(bundledProvider().id());
  }

  /**
   * The one registered data provider. Core names no data set: which one is bundled is whichever
   * data jar the application put on its path.
   *
   * @throws CrosswalkDataException if there is none (add a data jar such as
   *     {@code dev.crosswalk:crosswalk-data}) or several (name one: {@link #bundled(String)})
   */
  public static CrosswalkDataProvider bundledProvider() {
    return only(providers());
  }

  /** The one provider of {@code all}, refusing none and several. */
  static CrosswalkDataProvider only(java.util.List<CrosswalkDataProvider> all) {
    if (all.size() != 1) {
      throw new CrosswalkDataException(all.isEmpty()
          ? "no crosswalk data provider found; add a data jar such as dev.crosswalk:crosswalk-data"
          : "several crosswalk data providers found " + all.stream().map(CrosswalkDataProvider::id).toList()
              + "; name the one to load");
    }
    return all.get(0);
  }

  /**
   * The crosswalk of the provider with this id, parsed and verified on first use.
   *
   * @throws CrosswalkDataException if no such provider is registered
   */
  public static Crosswalk bundled(String providerId) {
    requireNonNull(providerId, "providerId");
    Crosswalk cached = LOADED.get(providerId);
    if (cached != null) {
      return cached;
    }
    // computeIfAbsent makes concurrent first callers wait for one load.
    return LOADED.computeIfAbsent(providerId, id -> provider(id).load());
  }

  /**
   * The registered data providers, sorted by id; immutable.
   *
   * @throws CrosswalkDataException if two providers have the same id: a second data jar on the
   *     class path would otherwise replace the data silently, depending on the class path's order
   */
  public static List<CrosswalkDataProvider> providers() {
    return distinct(ServiceLoader.load(CrosswalkDataProvider.class, Crosswalks.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toList());
  }

  /** The providers sorted by id, refusing two with one id. */
  static ImmutableList<CrosswalkDataProvider> distinct(java.util.List<CrosswalkDataProvider> found) {
    ImmutableList<CrosswalkDataProvider> sorted = found.stream()
        .sorted(Comparator.comparing(CrosswalkDataProvider::id))
        .collect(ImmutableList.toImmutableList());
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new CrosswalkDataException("two crosswalk data providers have the id '" + sorted.get(i).id() + "': "
            + describe(sorted.get(i - 1)) + " and " + describe(sorted.get(i))
            + "; keep one data jar of each id on the class path");
      }
    }
    return sorted;
  }

  /** A provider's class, data version and where its class was loaded from. */
  private static String describe(CrosswalkDataProvider p) {
    java.security.CodeSource code = p.getClass().getProtectionDomain().getCodeSource();
    return p.getClass().getName() + " " + p.dataVersion()
        + (code == null || code.getLocation() == null ? "" : " from " + code.getLocation());
  }

  /**
   * The provider with this id.
   *
   * @throws CrosswalkDataException if there is none; the message lists those found
   */
  public static CrosswalkDataProvider provider(String providerId) {
    List<CrosswalkDataProvider> all = providers();
    Optional<CrosswalkDataProvider> match = all.stream().filter(p -> p.id().equals(providerId)).findFirst();
    return match.orElseThrow(() -> new CrosswalkDataException(
        "no crosswalk data provider '" + providerId + "' found"
            + (all.isEmpty() ? "; add the dev.crosswalk:crosswalk-data dependency"
                : "; found: " + all.stream().map(CrosswalkDataProvider::id).toList())));
  }

  /**
   * Reads and validates a crosswalk from one or more canonical JSON files, merged.
   *
   * @throws CrosswalkFormatException if a file is malformed
   * @throws CrosswalkValidationException if the merged crosswalk is inconsistent
   */
  public static Crosswalk load(Path... files) {
    return CrosswalkReader.create().read(files);
  }

  /**
   * Reads and validates a crosswalk from one canonical JSON stream, which is not closed.
   *
   * @param sourceName the name to use in error messages
   */
  public static Crosswalk load(InputStream in, String sourceName) {
    return CrosswalkReader.create().read(in, sourceName);
  }
}
