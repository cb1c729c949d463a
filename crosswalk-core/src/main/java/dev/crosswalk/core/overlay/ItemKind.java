package dev.crosswalk.core.overlay;

import java.util.Locale;

/** The kinds of item a crosswalk or an overlay holds. */
public enum ItemKind {
  /** A {@link dev.crosswalk.core.model.Framework}, identified by its id. */
  FRAMEWORK,
  /** A provenance {@link dev.crosswalk.core.model.Source}, identified by its id. */
  SOURCE,
  /** A {@link dev.crosswalk.core.model.Requirement}, identified by its element reference. */
  REQUIREMENT,
  /** A {@link dev.crosswalk.core.model.Control}, identified by its element reference. */
  CONTROL,
  /** A {@link dev.crosswalk.core.model.Mapping}, identified by source, target and pivots. */
  MAPPING,
  /** A {@link dev.crosswalk.core.model.NoCounterpart} record, identified by element and framework. */
  NO_COUNTERPART,
  /** An {@link dev.crosswalk.core.model.Addition}, identified by element and framework. */
  ADDITION;

  /** The lower-case name used in messages, e.g. {@code no-counterpart}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
