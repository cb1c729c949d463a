package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

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
    Extensions extensions) {

  /** Validates every component; optional ones may be empty but not null. */
  public Framework {
    Ids.checkId(id, "framework id");
    Ids.checkText(name, "framework name");
    Ids.checkText(edition, "framework edition");
    Ids.checkText(publisher, "framework publisher");
    requireNonNull(kind, "kind");
    requireNonNull(sourceUrl, "sourceUrl");
    requireNonNull(license, "license");
    requireNonNull(extensions, "extensions");
  }

  /** A framework with no source URL, licence note or extensions. */
  public static Framework of(String id, String name, String edition, String publisher, FrameworkKind kind) {
    return new Framework(id, name, edition, publisher, kind, Optional.empty(), Optional.empty(), Extensions.EMPTY);
  }
}
