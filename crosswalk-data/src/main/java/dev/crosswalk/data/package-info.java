/**
 * The bundled HIPAA - SOC 2 crosswalk as a data jar: {@link dev.crosswalk.data.HipaaSoc2DataProvider}
 * serves the canonical JSON files and manifest under {@code dev/crosswalk/data} to core's
 * {@link dev.crosswalk.core.spi.CrosswalkDataProvider} lookup.
 */
package dev.crosswalk.data;
