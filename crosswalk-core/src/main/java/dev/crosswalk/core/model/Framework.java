package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;

/**
 * A framework: a law, set of criteria, standard or control catalog whose elements are mapped.
 *
 * @param id stable id used in element references, e.g. {@code hipaa}
 * @param name display name
 * @param edition the edition or version the data follows
 * @param publisher who publishes it
 * @param kind what sort of document it is
 * @param sourceUrl where the authoritative text lives
 * @param license licence or copyright note for the content shipped
 * @param attributes facts that queries read, by key, such as {@code shortName}, {@code groupBy}
 *     and {@code discretionary} (see docs/format.md)
 * @param extensions free-form data kept on round trip
 */
public record Framework(
    String id,
    String name,
    String edition,
    String publisher,
    FrameworkKind kind,
    Optional<String> sourceUrl,
    Optional<String> license,
    ImmutableSortedMap<String, String> attributes,
    Extensions extensions) {

  /** The display name in headings and labels ({@code HIPAA}, {@code SOC 2}). */
  public static final String SHORT_NAME = "shortName";
  /** The attribute keys results are grouped by, comma-separated, in display order. */
  public static final String GROUP_BY = "groupBy";
  /**
   * Which requirements may be met by a documented decision: {@code ATTRIBUTE=VALUE[,VALUE...]}
   * (HIPAA: {@code designation=addressable}).
   */
  public static final String DISCRETIONARY = "discretionary";

  /** Validates every component; optional ones may be empty but not null. */
  public Framework {
    Ids.checkId(id, "framework id");
    Ids.checkText(name, "framework name");
    Ids.checkText(edition, "framework edition");
    Ids.checkText(publisher, "framework publisher");
    requireNonNull(kind, "kind");
    requireNonNull(sourceUrl, "sourceUrl");
    requireNonNull(license, "license");
    attributes = ImmutableSortedMap.copyOf(requireNonNull(attributes, "attributes"));
    attributes.forEach((k, v) -> {
      Ids.checkKey(k);
      requireNonNull(v, "attribute " + k);
    });
    requireNonNull(extensions, "extensions");
  }

  /** The value of one attribute, if present. */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes.get(key));
  }

  /** The {@link #SHORT_NAME} attribute, else the id. */
  public String shortName() {
    return attribute(SHORT_NAME).orElse(id);
  }

  /** The same framework with these attributes instead of its own. */
  public Framework withAttributes(java.util.Map<String, String> newAttributes) {
    return new Framework(id, name, edition, publisher, kind, sourceUrl, license,
        ImmutableSortedMap.copyOf(newAttributes), extensions);
  }

  /** A framework with no source URL, licence note or extensions. */
  public static Framework of(String id, String name, String edition, String publisher, FrameworkKind kind) {
    return new Framework(id, name, edition, publisher, kind, Optional.empty(), Optional.empty(),
        ImmutableSortedMap.of(), Extensions.EMPTY);
  }
}
