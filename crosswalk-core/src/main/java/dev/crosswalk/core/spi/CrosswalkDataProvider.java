package dev.crosswalk.core.spi;

import dev.crosswalk.core.model.Crosswalk;

/**
 * A service that supplies a bundled crosswalk, found with {@link java.util.ServiceLoader}. The
 * {@code crosswalk-data} module registers one; users may register their own.
 *
 * <p>Implementations must be thread-safe and must not touch the network. {@link #load()} may be
 * expensive; {@link dev.crosswalk.core.Crosswalks} calls it at most once per provider and caches
 * the result.
 */
public interface CrosswalkDataProvider {
  /** A stable id for this data set, e.g. {@code hipaa-soc2}. */
  String id();

  /** The data version, semantic versioning, independent of the code version, e.g. {@code 1.0.0}. */
  String dataVersion();

  /**
   * Reads, verifies and validates the data.
   *
   * @throws dev.crosswalk.core.CrosswalkException if the data is missing, tampered with or invalid
   */
  Crosswalk load();
}
