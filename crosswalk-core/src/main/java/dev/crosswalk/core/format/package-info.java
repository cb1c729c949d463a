/**
 * The canonical JSON format of a crosswalk ({@code docs/format.md}): the strict, streaming
 * {@link dev.crosswalk.core.format.CrosswalkReader}, the deterministic
 * {@link dev.crosswalk.core.format.CrosswalkWriter}, and the
 * {@link dev.crosswalk.core.format.DataManifest} that describes a packaged data set.
 */
package dev.crosswalk.core.format;
