package dev.crosswalk.core.model;

/** Why a mapping's relationship holds, after NIST IR 8477. */
public enum Rationale {
  /** The two elements use the same or equivalent words. */
  SYNTACTIC,
  /** The two elements mean the same thing in different words. */
  SEMANTIC,
  /** Implementing one achieves the other's function or outcome. */
  FUNCTIONAL
}
