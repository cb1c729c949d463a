package dev.crosswalk.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;

/**
 * A recorded assessment that an element has no counterpart in another framework, so that a gap
 * is data with a reason, not an accident of missing mappings.
 *
 * @param element the element assessed, e.g. {@code hipaa:164.308(b)(1)}
 * @param framework the framework it has no counterpart in, e.g. {@code soc2}
 * @param reason why
 * @param sources provenance source ids, sorted, at least one
 */
public record NoCounterpart(
    ElementRef element, String framework, String reason, ImmutableSortedSet<String> sources) {

  /** Validates every component. */
  public NoCounterpart {
    requireNonNull(element, "element");
    Ids.checkId(framework, "framework id");
    checkArgument(!framework.equals(element.framework()),
        "%s cannot lack a counterpart in its own framework", element);
    if (reason == null || reason.isBlank()) {
      Ids.checkText(reason, "reason of no-counterpart " + element + " in " + framework);
    }
    sources = ImmutableSortedSet.copyOf(requireNonNull(sources, "sources"));
    checkArgument(!sources.isEmpty(), "no-counterpart %s in %s cites no source", element, framework);
    sources.forEach(s -> Ids.checkId(s, "source id"));
  }
}
