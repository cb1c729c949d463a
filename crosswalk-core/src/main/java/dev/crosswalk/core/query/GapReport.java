package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.model.ElementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The requirements of a target framework a source does not fully cover: the "remainder" a
 * programme built on the source still has to address.
 *
 * @param targetFramework the framework whose requirements were assessed
 * @param source what covers them: a framework id, or a description of a control inventory
 * @param scope the scope the query ran with
 * @param gaps the gaps, in requirement order; immutable
 */
public record GapReport(String targetFramework, String source, Scope scope, List<Gap> gaps) {

  /** Validates and copies the components. */
  public GapReport {
    requireNonNull(targetFramework, "targetFramework");
    requireNonNull(source, "source");
    requireNonNull(scope, "scope");
    gaps = ImmutableList.copyOf(gaps);
  }

  /** The gap of one requirement, if it is one. */
  public Optional<Gap> gap(ElementRef ref) {
    return gaps.stream().filter(g -> g.id().equals(ref)).findFirst();
  }

  /**
   * The gaps grouped by the value of an attribute (own or inherited), e.g. {@code safeguard} or
   * {@code series}; gaps without a value are under {@link CoverageReport#NO_GROUP}; immutable.
   */
  public SortedMap<String, List<Gap>> grouped(String attribute) {
    requireNonNull(attribute, "attribute");
    TreeMap<String, List<Gap>> out = new TreeMap<>();
    for (Gap g : gaps) {
      out.computeIfAbsent(g.coverage().group(attribute).orElse(CoverageReport.NO_GROUP), k -> new ArrayList<>()).add(g);
    }
    ImmutableSortedMap.Builder<String, List<Gap>> b = ImmutableSortedMap.naturalOrder();
    out.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    return b.build();
  }

  /** The gaps grouped by reason; immutable. */
  public SortedMap<GapReason, List<Gap>> byReason() {
    TreeMap<GapReason, List<Gap>> out = new TreeMap<>();
    gaps.forEach(g -> out.computeIfAbsent(g.reason(), k -> new ArrayList<>()).add(g));
    ImmutableSortedMap.Builder<GapReason, List<Gap>> b = ImmutableSortedMap.naturalOrder();
    out.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    return b.build();
  }

  /** A header line and one line per gap. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(gaps.size()).append(" gaps of ").append(targetFramework)
        .append(" by ").append(source).append(" (").append(scope).append(')');
    gaps.forEach(g -> b.append("\n  ").append(g));
    return b.toString();
  }
}
