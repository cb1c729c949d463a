/**
 * crosswalk data: the bundled, versioned HIPAA - SOC 2 crosswalk, registered as a
 * {@link dev.crosswalk.core.spi.CrosswalkDataProvider} service.
 */
module dev.crosswalk.data {
  requires dev.crosswalk.core;

  exports dev.crosswalk.data;

  provides dev.crosswalk.core.spi.CrosswalkDataProvider with dev.crosswalk.data.HipaaSoc2DataProvider;
}
