package dev.crosswalk.core.diff;

/** What sort of crosswalk item a {@link Change} is about, in the order a diff lists them. */
public enum ItemKind {
  /** A {@link dev.crosswalk.core.model.Framework}, identified by its id. */
  FRAMEWORK("framework"),
  /** A provenance {@link dev.crosswalk.core.model.Source}, identified by its id. */
  SOURCE("source"),
  /** A {@link dev.crosswalk.core.model.Requirement}, identified by its reference. */
  REQUIREMENT("requirement"),
  /** A {@link dev.crosswalk.core.model.Control}, identified by its reference. */
  CONTROL("control"),
  /**
   * A {@link dev.crosswalk.core.model.Mapping}, identified by source and target (and, for a
   * derived mapping, its pivots), written {@code source -> target}.
   */
  MAPPING("mapping"),
  /**
   * A {@link dev.crosswalk.core.model.NoCounterpart} record, identified by element and framework,
   * written {@code element in framework}.
   */
  NO_COUNTERPART("noCounterpart"),
  /**
   * An {@link dev.crosswalk.core.model.Addition}, identified by element and framework, written
   * {@code element beyond framework}.
   */
  ADDITION("addition");

  private final String id;

  ItemKind(String id) {
    this.id = id;
  }

  /** The name used in renderings and records, as in the JSON Lines {@code type}, e.g. {@code noCounterpart}. */
  public String id() {
    return id;
  }
}
