package dev.crosswalk.core.model;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One requirement of a framework: a section, standard, implementation specification, criterion,
 * point of focus, and so on, with its place in the framework's hierarchy.
 *
 * @param id reference, e.g. {@code hipaa:164.308(a)(1)(ii)(A)}
 * @param title caption, e.g. "Risk analysis"
 * @param kind lower-case token, e.g. {@code standard}, {@code implementation-specification}, {@code criterion}
 * @param parent the requirement above it in the same framework, if any
 * @param text the requirement's text or a faithful summary; empty when none is shipped
 * @param aliases other refs the requirement is cited by (e.g. a former paragraph number), sorted; immutable
 * @param assessable false for grouping nodes that cannot be assessed on their own
 * @param attributes framework-specific facts (HIPAA: rule, safeguard, designation; SOC 2: category); immutable
 * @param extensions free-form data kept on round trip
 */
public record Requirement(
    ElementRef id,
    String title,
    String kind,
    Optional<ElementRef> parent,
    String text,
    List<String> aliases,
    boolean assessable,
    SortedMap<String, String> attributes,
    Extensions extensions)
    implements Element, CrosswalkItem {

  /** Validates every component and copies the collections; aliases are sorted and de-duplicated. */
  public Requirement {
    requireNonNull(id, "id");
    // Messages are built only on failure.
    if (title == null || title.isBlank()) {
      Ids.checkText(title, "title of " + id);
    }
    if (!Ids.isToken(kind)) {
      Ids.checkToken(kind, "kind of " + id);
    }
    requireNonNull(parent, "parent");
    requireNonNull(text, "text");
    aliases = ImmutableList.sortedCopyOf(java.util.Set.copyOf(requireNonNull(aliases, "aliases")));
    for (String alias : aliases) {
      Ids.checkRef(alias);
      check(!alias.equals(id.ref()), "%s lists its own ref as an alias", id);
    }
    attributes = ImmutableSortedMap.copyOf(requireNonNull(attributes, "attributes"));
    attributes.forEach((k, v) -> {
      Ids.checkKey(k);
      requireNonNull(v, "attribute " + k);
    });
    requireNonNull(extensions, "extensions");
  }

  /** {@link ItemKind#REQUIREMENT}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.REQUIREMENT;
  }

  /** The reference, e.g. {@code hipaa:164.312(b)}. */
  @Override
  public String identity() {
    return id.toString();
  }

  /** Starts a builder for a requirement with the given reference and title. */
  public static Builder builder(ElementRef id, String title) {
    return new Builder(id, title);
  }

  /** Starts a builder for {@code framework:ref} with the given title. */
  public static Builder builder(String id, String title) {
    return new Builder(ElementRef.parse(id), title);
  }

  /** A builder initialised from this requirement. */
  public Builder toBuilder() {
    Builder b = new Builder(id, title).kind(kind).text(text).assessable(assessable).extensions(extensions);
    parent.ifPresent(b::parent);
    aliases.forEach(b::alias);
    b.attributes.putAll(attributes);
    return b;
  }

  /** Builds a {@link Requirement}; kind defaults to {@code requirement}, assessable to true. */
  public static final class Builder {
    private final ElementRef id;
    private final String title;
    private String kind = "requirement";
    private ElementRef parent;
    private String text = "";
    private final List<String> aliases = new ArrayList<>();
    private boolean assessable = true;
    private final Map<String, String> attributes = new TreeMap<>();
    private Extensions extensions = Extensions.EMPTY;

    private Builder(ElementRef id, String title) {
      this.id = requireNonNull(id, "id");
      this.title = title;
    }

    /** Sets the kind token, e.g. {@code standard}. */
    public Builder kind(String kind) {
      this.kind = kind;
      return this;
    }

    /** Sets the parent requirement. */
    public Builder parent(ElementRef parent) {
      this.parent = requireNonNull(parent, "parent");
      return this;
    }

    /** Sets the parent requirement by its ref in the same framework. */
    public Builder parent(String ref) {
      return parent(ElementRef.of(id.framework(), ref));
    }

    /** Sets the text or summary. */
    public Builder text(String text) {
      this.text = requireNonNull(text, "text");
      return this;
    }

    /** Adds an alias ref. */
    public Builder alias(String alias) {
      aliases.add(alias);
      return this;
    }

    /** Sets whether the requirement can be assessed on its own. */
    public Builder assessable(boolean assessable) {
      this.assessable = assessable;
      return this;
    }

    /** Sets one attribute. */
    public Builder attribute(String key, String value) {
      attributes.put(key, requireNonNull(value, "value of attribute " + key));
      return this;
    }

    /** Sets the extensions. */
    public Builder extensions(Extensions extensions) {
      this.extensions = requireNonNull(extensions, "extensions");
      return this;
    }

    /** Builds the requirement. */
    public Requirement build() {
      return new Requirement(
          id, title, kind, Optional.ofNullable(parent), text, ImmutableList.copyOf(aliases), assessable,
          ImmutableSortedMap.copyOf(attributes), extensions);
    }
  }
}
