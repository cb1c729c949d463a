/**
 * The service provider interface through which core finds crosswalk data:
 * {@link dev.crosswalk.core.spi.CrosswalkDataProvider}, found with {@link java.util.ServiceLoader},
 * and {@link dev.crosswalk.core.spi.ResourceDataProvider}, the base class of a data jar that ships
 * its canonical JSON files and a manifest as resources, checked against their SHA-256 digests.
 */
package dev.crosswalk.core.spi;
