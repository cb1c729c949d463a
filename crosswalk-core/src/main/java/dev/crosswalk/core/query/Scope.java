package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import dev.crosswalk.core.InvalidQueryException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Which elements of which frameworks a query looks at, as allowed attribute values: for example
 * the requirements of framework {@code soc2} whose {@code category} is {@code security} or
 * {@code availability}, and those of {@code hipaa} whose {@code rule} is {@code security}. The
 * attributes and their values come from the data; this class knows no framework.
 *
 * <p>An element is in scope when, for every attribute constrained for its framework, its value
 * is one of the allowed values. The value is the element's own, or else its nearest ancestor's;
 * an element that has no value for a constrained attribute at all is in scope (the scope cannot
 * tell it apart). Frameworks without constraints are wholly in scope.
 *
 * @param constraints framework id to attribute key to the allowed values; immutable
 */
public record Scope(
    SortedMap<String, SortedMap<String, SortedSet<String>>> constraints) {

  private static final Scope ALL = new Scope(ImmutableSortedMap.of());

  /** Validates and copies the constraints. */
  public Scope {
    requireNonNull(constraints, "constraints");
    ImmutableSortedMap.Builder<String, SortedMap<String, SortedSet<String>>> copy =
        ImmutableSortedMap.naturalOrder();
    constraints.forEach((fw, byKey) -> {
      ImmutableSortedMap.Builder<String, SortedSet<String>> allowed = ImmutableSortedMap.naturalOrder();
      byKey.forEach((key, values) -> allowed.put(key, ImmutableSortedSet.copyOf(values)));
      copy.put(fw, allowed.build());
    });
    constraints = copy.build();
  }

  /** Everything in scope. */
  public static Scope all() {
    return ALL;
  }

  /** Only elements of {@code framework} whose {@code attribute} is one of {@code values}. */
  public static Scope of(String framework, String attribute, String... values) {
    return ALL.with(framework, attribute, Arrays.asList(values));
  }

  /**
   * This scope with the constraint on {@code framework}'s {@code attribute} replaced by
   * {@code values}.
   *
   * @throws InvalidQueryException if {@code values} is empty (nothing would be in scope; to
   *     leave a framework out, do not query it)
   */
  public Scope with(String framework, String attribute, Collection<String> values) {
    requireNonNull(framework, "framework");
    requireNonNull(attribute, "attribute");
    if (values.isEmpty()) {
      throw new InvalidQueryException(
          "no values allowed for " + framework + " attribute '" + attribute + "'; give at least one");
    }
    TreeMap<String, SortedMap<String, SortedSet<String>>> copy = new TreeMap<>(constraints);
    TreeMap<String, SortedSet<String>> byKey =
        new TreeMap<>(copy.getOrDefault(framework, ImmutableSortedMap.of()));
    byKey.put(attribute, ImmutableSortedSet.copyOf(values));
    copy.put(framework, ImmutableSortedMap.copyOf(byKey));
    return new Scope(ImmutableSortedMap.copyOf(copy));
  }

  /**
   * Both scopes at once: where both constrain the same attribute of the same framework, only the
   * values both allow.
   *
   * @throws InvalidQueryException if the two allow no common value for some attribute
   */
  public Scope and(Scope other) {
    Scope result = this;
    for (Map.Entry<String, SortedMap<String, SortedSet<String>>> fw : other.constraints.entrySet()) {
      for (Map.Entry<String, SortedSet<String>> attr : fw.getValue().entrySet()) {
        Optional<SortedSet<String>> mine = allowed(fw.getKey(), attr.getKey());
        result = result.with(fw.getKey(), attr.getKey(),
            mine.isPresent() ? Sets.intersection(mine.get(), attr.getValue()) : attr.getValue());
      }
    }
    return result;
  }

  /** The values allowed for a framework's attribute; empty when it is not constrained; immutable. */
  public Optional<SortedSet<String>> allowed(String framework, String attribute) {
    SortedMap<String, SortedSet<String>> byKey = constraints.get(framework);
    return byKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(attribute));
  }

  /** Whether any element of the framework can be out of scope: it has constraints. */
  boolean constrains(String framework) {
    return constraints.containsKey(framework);
  }

  /** True when the element is in scope; attribute values are inherited from ancestors. */
  public boolean includes(Crosswalk crosswalk, Element element) {
    SortedMap<String, SortedSet<String>> byKey = constraints.get(element.id().framework());
    if (byKey == null) {
      return true;
    }
    for (Map.Entry<String, SortedSet<String>> c : byKey.entrySet()) {
      Optional<String> value = Attributes.effective(crosswalk, element, c.getKey());
      if (value.isPresent() && !c.getValue().contains(value.get())) {
        return false;
      }
    }
    return true;
  }

  /** {@code Scope[all]} or {@code Scope[soc2.category in [availability, security]; ...]}. */
  @Override
  public String toString() {
    if (constraints.isEmpty()) {
      return "Scope[all]";
    }
    StringBuilder b = new StringBuilder("Scope[");
    String sep = "";
    for (var fw : constraints.entrySet()) {
      for (var attr : fw.getValue().entrySet()) {
        b.append(sep).append(fw.getKey()).append('.').append(attr.getKey()).append(" in ").append(attr.getValue());
        sep = "; ";
      }
    }
    return b.append(']').toString();
  }
}
