package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * An implementable measure from a control catalog (the bundled common control set, or a user's
 * own), mapped to the requirements it helps meet.
 *
 * @param id reference, e.g. {@code controls:IAM-02}; its framework is a {@link FrameworkKind#CONTROL_CATALOG}
 * @param title short name
 * @param description what the control does, in implementable terms
 * @param attributes facts such as {@code domain}; immutable
 * @param extensions free-form data kept on round trip
 */
public record Control(
    ElementRef id,
    String title,
    String description,
    SortedMap<String, String> attributes,
    Extensions extensions)
    implements Element, CrosswalkItem {

  /** Validates every component and copies the attributes. */
  public Control {
    requireNonNull(id, "id");
    if (title == null || title.isBlank()) {
      Ids.checkText(title, "title of " + id);
    }
    if (description == null || description.isBlank()) {
      Ids.checkText(description, "description of " + id);
    }
    attributes = ImmutableSortedMap.copyOf(requireNonNull(attributes, "attributes"));
    attributes.forEach((k, v) -> {
      Ids.checkKey(k);
      requireNonNull(v, "attribute " + k);
    });
    requireNonNull(extensions, "extensions");
  }

  /** {@link ItemKind#CONTROL}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.CONTROL;
  }

  /** The reference, e.g. {@code controls:IAM-02}. */
  @Override
  public String identity() {
    return id.toString();
  }

  /** A control with attributes and no extensions. */
  public static Control of(String id, String title, String description, Map<String, String> attributes) {
    return new Control(ElementRef.parse(id), title, description, ImmutableSortedMap.copyOf(attributes), Extensions.EMPTY);
  }
}
