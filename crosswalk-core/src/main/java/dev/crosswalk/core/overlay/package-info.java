/**
 * Overlays: a user's own frameworks, controls, requirements and mappings, in the canonical JSON
 * format or as CSV tables, merged onto a base crosswalk such as the bundled one.
 *
 * <p>{@link dev.crosswalk.core.overlay.OverlayReader} reads an
 * {@link dev.crosswalk.core.overlay.Overlay}; {@link dev.crosswalk.core.overlay.Overlays#merge}
 * merges it, failing on conflicting ids (each named in both sources) unless asked to
 * {@linkplain dev.crosswalk.core.overlay.ConflictPolicy#REPLACE replace}, and returns a
 * {@link dev.crosswalk.core.overlay.MergeResult} listing what was added and replaced;
 * {@link dev.crosswalk.core.overlay.OverlayValidation} checks files for an {@code import} command
 * and reports every problem. See {@code docs/overlays.md}.
 */
package dev.crosswalk.core.overlay;
