package dev.crosswalk.core.model;

import java.util.SortedMap;

/** Anything a mapping can point at: a {@link Requirement} or a {@link Control}. */
public sealed interface Element permits Requirement, Control {
  /** The element's reference, {@code framework:ref}. */
  ElementRef id();

  /** A short title. */
  String title();

  /** Framework-specific facts, sorted by key; immutable. */
  SortedMap<String, String> attributes();

  /** The value of one attribute, if present. */
  default java.util.Optional<String> attribute(String key) {
    return java.util.Optional.ofNullable(attributes().get(key));
  }
}
