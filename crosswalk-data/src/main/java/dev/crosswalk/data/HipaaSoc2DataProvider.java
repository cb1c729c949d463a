package dev.crosswalk.data;

import dev.crosswalk.core.spi.ResourceDataProvider;

/**
 * Supplies the bundled HIPAA (45 CFR Part 164) - SOC 2 (TSC 2017) crosswalk with the common
 * control set. Found by {@link dev.crosswalk.core.Crosswalks#bundled()} through
 * {@link java.util.ServiceLoader}; the data is verified against its manifest's SHA-256 sums.
 */
public final class HipaaSoc2DataProvider extends ResourceDataProvider {
  /** The resource directory of the data files. */
  public static final String DIRECTORY = "/dev/crosswalk/data/";

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public HipaaSoc2DataProvider() {
    super(HipaaSoc2DataProvider.class::getResourceAsStream, DIRECTORY);
  }
}
