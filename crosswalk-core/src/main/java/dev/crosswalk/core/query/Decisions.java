package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An organisation's decisions on discretionary requirements, at most one per requirement.
 * Immutable and thread-safe. {@link #check(Crosswalk)} confirms, against a crosswalk, that every
 * decided requirement exists and is discretionary by its framework's
 * {@link Framework#DISCRETIONARY} attribute: what "discretionary" means comes from the data.
 *
 * @param decisions the decisions, by requirement; immutable
 */
public record Decisions(SortedMap<ElementRef, Decision> decisions) {

  /** No decisions. */
  public static final Decisions NONE = new Decisions(ImmutableSortedMap.of());

  /** Copies the map and checks each decision is filed under its own requirement. */
  public Decisions {
    decisions = ImmutableSortedMap.copyOf(requireNonNull(decisions, "decisions"));
    decisions.forEach((ref, d) -> dev.crosswalk.core.InvalidValueException.check(ref.equals(d.requirement()),
        "the decision on %s is filed under %s", d.requirement(), ref));
  }

  /**
   * The decisions given.
   *
   * @throws dev.crosswalk.core.InvalidValueException if a requirement is decided twice
   */
  public static Decisions of(Collection<Decision> decisions) {
    TreeMap<ElementRef, Decision> byRef = new TreeMap<>();
    for (Decision d : decisions) {
      Decision previous = byRef.put(d.requirement(), d);
      dev.crosswalk.core.InvalidValueException.check(previous == null,
          "%s is decided twice; keep one decision per requirement", d.requirement());
    }
    return new Decisions(ImmutableSortedMap.copyOf(byRef));
  }

  /** The decision on a requirement, if any. */
  public Optional<Decision> decision(ElementRef requirement) {
    return Optional.ofNullable(decisions.get(requirement));
  }

  /** True when nothing was decided. */
  public boolean isEmpty() {
    return decisions.isEmpty();
  }

  /**
   * Checks the decisions against a crosswalk.
   *
   * @return these decisions
   * @throws CrosswalkValidationException listing every decision on an unknown, non-assessable or
   *     non-discretionary requirement
   */
  public Decisions check(Crosswalk crosswalk) {
    List<Violation> violations = new ArrayList<>();
    for (Decision d : decisions.values()) {
      Optional<Requirement> r = crosswalk.requirement(d.requirement());
      if (r.isEmpty()) {
        violations.add(new Violation(d.requirement().toString(), "a decision names an unknown requirement", Optional.empty()));
      } else if (!isDiscretionary(crosswalk, r.get())) {
        violations.add(new Violation(d.requirement().toString(), "a decision ('" + d.kind().id()
            + "') names a requirement that is not discretionary"
            + crosswalk.framework(r.get().id().framework()).flatMap(f -> f.attribute(Framework.DISCRETIONARY))
                .map(rule -> " (" + rule + " is)").orElse(" (its framework declares no discretionary requirements)")
            + "; only those may be met by a documented decision", Optional.empty()));
      }
    }
    if (!violations.isEmpty()) {
      throw new CrosswalkValidationException(violations);
    }
    return this;
  }

  /**
   * Whether a requirement is discretionary: assessable, and one of its own attributes has a value
   * its framework's {@link Framework#DISCRETIONARY} attribute ({@code ATTRIBUTE=VALUE[,VALUE...]})
   * lists.
   */
  public static boolean isDiscretionary(Crosswalk crosswalk, Requirement requirement) {
    if (!requirement.assessable()) {
      return false;
    }
    Optional<Map.Entry<String, ImmutableSet<String>>> rule = rule(crosswalk, requirement.id().framework());
    return rule.isPresent() && requirement.attribute(rule.get().getKey())
        .map(rule.get().getValue()::contains).orElse(false);
  }

  /**
   * The attribute whose values make a requirement of {@code framework} discretionary (HIPAA:
   * {@code designation}), from the framework's {@link Framework#DISCRETIONARY} attribute; empty
   * when the framework declares none. Results show this attribute where HIPAA users expect a
   * "designation".
   */
  public static Optional<String> discretionaryAttribute(Crosswalk crosswalk, String framework) {
    return rule(crosswalk, framework).map(Map.Entry::getKey);
  }

  /** The discretionary requirements of a framework that are assessable, in id order; immutable. */
  public static List<Requirement> discretionary(Crosswalk crosswalk, String framework) {
    return crosswalk.requirements(framework).stream().filter(r -> isDiscretionary(crosswalk, r))
        .collect(ImmutableList.toImmutableList());
  }

  private static Optional<Map.Entry<String, ImmutableSet<String>>> rule(Crosswalk crosswalk, String framework) {
    return crosswalk.framework(framework).flatMap(f -> f.attribute(Framework.DISCRETIONARY)).flatMap(rule -> {
      int eq = rule.indexOf('=');
      if (eq <= 0 || eq == rule.length() - 1) {
        return Optional.empty();
      }
      ImmutableSet.Builder<String> values = ImmutableSet.builder();
      for (String value : rule.substring(eq + 1).split(",", -1)) {
        String trimmed = trimWhitespace(value);
        if (!trimmed.isEmpty()) {
          values.add(trimmed);
        }
      }
      return Optional.of(Map.entry(rule.substring(0, eq).strip(), values.build()));
    });
  }

  /** The text without the leading and trailing characters {@link #isWhitespace} matches. */
  static String trimWhitespace(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * Unicode's White_Space, the characters the values of a discretionary rule have always been
   * trimmed of (Guava's {@code CharMatcher.whitespace()}): unlike {@link Character#isWhitespace},
   * it includes no-break spaces and NEL and excludes the information separators U+001C-U+001F.
   */
  static boolean isWhitespace(char c) {
    return (c >= '\t' && c <= '\r') || c == '\u0085' || Character.isSpaceChar(c);
  }

  /** {@code Decisions[3: 1 implemented, 1 alternative, 1 not-reasonable]}. */
  @Override
  public String toString() {
    TreeMap<Decision.Kind, Integer> counts = new TreeMap<>();
    decisions.values().forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
    StringBuilder b = new StringBuilder("Decisions[").append(decisions.size());
    String sep = ": ";
    for (var e : counts.entrySet()) {
      b.append(sep).append(e.getValue()).append(' ').append(e.getKey().id());
      sep = ", ";
    }
    return b.append(']').toString();
  }
}
