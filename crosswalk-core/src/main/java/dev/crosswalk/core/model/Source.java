package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A provenance source cited by mappings: a regulation, a published mapping, or an analysis.
 *
 * @param id stable id cited by mappings, e.g. {@code ecfr-45-cfr-164}
 * @param title title of the document
 * @param url where it can be read
 * @param publisher who published it
 * @param date its date or the date it was checked, ISO-8601
 */
public record Source(
    String id, String title, Optional<String> url, Optional<String> publisher, Optional<String> date)
    implements CrosswalkItem {

  /** Validates every component. */
  public Source {
    Ids.checkId(id, "source id");
    Ids.checkText(title, "source title");
    requireNonNull(url, "url");
    requireNonNull(publisher, "publisher");
    requireNonNull(date, "date");
  }

  /** {@link ItemKind#SOURCE}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.SOURCE;
  }

  /** The id, e.g. {@code ecfr-45-cfr-164}. */
  @Override
  public String identity() {
    return id;
  }

  /** A source with only an id and a title. */
  public static Source of(String id, String title) {
    return new Source(id, title, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
