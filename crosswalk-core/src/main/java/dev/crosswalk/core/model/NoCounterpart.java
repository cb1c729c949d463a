package dev.crosswalk.core.model;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.SortedSet;

/**
 * A recorded assessment that an element has no counterpart in another framework, so that a gap
 * is data with a reason, not an accident of missing mappings.
 *
 * @param element the element assessed, e.g. {@code hipaa:164.308(b)(1)}
 * @param framework the framework it has no counterpart in, e.g. {@code soc2}
 * @param reason why
 * @param citations the provenance sources cited, with where in each, sorted, at least one; immutable
 */
public record NoCounterpart(
    ElementRef element, String framework, String reason, SortedSet<Citation> citations)
    implements CrosswalkItem {

  /** Validates every component. */
  public NoCounterpart {
    requireNonNull(element, "element");
    Ids.checkId(framework, "framework id");
    check(!framework.equals(element.framework()),
        "%s cannot lack a counterpart in its own framework", element);
    if (reason == null || reason.isBlank()) {
      Ids.checkText(reason, "reason of no-counterpart " + identity(element, framework));
    }
    citations = ImmutableSortedSet.copyOf(requireNonNull(citations, "citations"));
    check(!citations.isEmpty(), "no-counterpart %s in %s cites no source", element, framework);
  }

  /** {@link ItemKind#NO_COUNTERPART}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.NO_COUNTERPART;
  }

  /** {@code element in framework}, e.g. {@code hipaa:164.308(b)(1) in soc2}. */
  @Override
  public String identity() {
    return identity(element, framework);
  }

  private static String identity(ElementRef element, String framework) {
    return element + " in " + framework;
  }

  /** A record citing whole sources by id. */
  public static NoCounterpart of(ElementRef element, String framework, String reason, java.util.Collection<String> sources) {
    return new NoCounterpart(element, framework, reason, Citation.ofSources(sources));
  }

  /** The ids of the sources cited, sorted; immutable. */
  public SortedSet<String> sources() {
    return Citation.sourcesOf(citations);
  }
}
