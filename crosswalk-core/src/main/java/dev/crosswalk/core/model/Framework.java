package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.SafeText;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

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
 * @param attributes facts that queries read, by key, such as {@code shortName}, {@code groupBy},
 *     {@code discretionary} and {@code valueOrder} (see docs/format.md); immutable
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
    SortedMap<String, String> attributes,
    Extensions extensions) implements CrosswalkItem {

  /** The display name in headings and labels ({@code HIPAA}, {@code SOC 2}). */
  public static final String SHORT_NAME = "shortName";
  /** The attribute keys results are grouped by, comma-separated, in display order. */
  public static final String GROUP_BY = "groupBy";
  /**
   * Which requirements may be met by a documented decision: {@code ATTRIBUTE=VALUE[,VALUE...]}
   * (HIPAA: {@code designation=addressable}).
   */
  public static final String DISCRETIONARY = "discretionary";
  /**
   * The display order of attributes' values: {@code ATTRIBUTE=VALUE,VALUE...[;ATTRIBUTE=...]}
   * (SOC 2: {@code category=security,availability,confidentiality,processing-integrity,privacy});
   * values it does not list follow in natural order. Read by {@link #valueOrder(String)}, checked
   * when a crosswalk is built.
   */
  public static final String VALUE_ORDER = "valueOrder";

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

  /**
   * The display order of one attribute's values, as the {@link #VALUE_ORDER} attribute lists
   * them; empty when it lists none for this attribute (or there is none).
   *
   * @throws CrosswalkValidationException naming this framework if the {@link #VALUE_ORDER}
   *     attribute is malformed (a crosswalk's frameworks never are: building it checks them)
   */
  public List<String> valueOrder(String attribute) {
    requireNonNull(attribute, "attribute");
    Map<String, List<String>> orders = new LinkedHashMap<>();
    Optional<String> fault = parseValueOrder(orders);
    if (fault.isPresent()) {
      throw new CrosswalkValidationException(List.of(new Violation(id, fault.get(), Optional.empty())));
    }
    return orders.getOrDefault(attribute, List.of());
  }

  /** What is wrong with the {@link #VALUE_ORDER} attribute, if anything: the builder's check. */
  Optional<String> valueOrderFault() {
    return parseValueOrder(new LinkedHashMap<>());
  }

  /**
   * Parses {@link #VALUE_ORDER} strictly into {@code orders}: every part {@code ATTRIBUTE=VALUES}
   * with a valid attribute key given once, every value non-blank, without surrounding white
   * space, and listed once.
   *
   * @return the fault, if the attribute is malformed
   */
  private Optional<String> parseValueOrder(Map<String, List<String>> orders) {
    Optional<String> value = attribute(VALUE_ORDER);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    for (String part : value.get().split(";", -1)) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq);
      if (eq < 0 || !Ids.isKey(key)) {
        return valueOrderFault("'" + SafeText.echo(part) + "' is not ATTRIBUTE=VALUE,VALUE... with an attribute key");
      }
      if (orders.containsKey(key)) {
        return valueOrderFault("attribute '" + key + "' is listed twice");
      }
      List<String> values = List.of(part.substring(eq + 1).split(",", -1));
      Set<String> seen = new HashSet<>();
      for (String v : values) {
        if (v.isBlank() || !v.equals(v.strip())) {
          return valueOrderFault("attribute '" + key + "' has a blank value or one with surrounding white space ('"
              + SafeText.echo(v) + "')");
        }
        if (!seen.add(v)) {
          return valueOrderFault("value '" + SafeText.echo(v) + "' of attribute '" + key + "' is listed twice");
        }
      }
      orders.put(key, values);
    }
    return Optional.empty();
  }

  private static Optional<String> valueOrderFault(String what) {
    return Optional.of("framework attribute " + VALUE_ORDER + " is malformed: " + what
        + "; write ATTRIBUTE=VALUE,VALUE...[;ATTRIBUTE=VALUE,...], e.g. category=security,availability"
        + " (docs/format.md)");
  }

  /** The same framework with these attributes instead of its own. */
  public Framework withAttributes(java.util.Map<String, String> newAttributes) {
    return new Framework(id, name, edition, publisher, kind, sourceUrl, license,
        ImmutableSortedMap.copyOf(newAttributes), extensions);
  }

  /** {@link ItemKind#FRAMEWORK}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.FRAMEWORK;
  }

  /** The id, e.g. {@code hipaa}. */
  @Override
  public String identity() {
    return id;
  }

  /** A framework with no source URL, licence note or extensions. */
  public static Framework of(String id, String name, String edition, String publisher, FrameworkKind kind) {
    return new Framework(id, name, edition, publisher, kind, Optional.empty(), Optional.empty(),
        ImmutableSortedMap.of(), Extensions.EMPTY);
  }
}
