package dev.crosswalk.core.model;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.SortedSet;

/**
 * What an element asks for beyond what another framework gives, in the data's own words: for a
 * HIPAA specification against SOC 2, "what HIPAA adds". Shown beside gaps and explanations; it
 * changes no verdict.
 *
 * @param element the element, e.g. {@code hipaa:164.312(b)}
 * @param framework the framework it is compared with, e.g. {@code soc2}
 * @param statement the remaining work, one to three sentences
 * @param citations where the statement comes from, sorted, at least one; immutable
 */
public record Addition(
    ElementRef element, String framework, String statement, SortedSet<Citation> citations)
    implements CrosswalkItem {

  /** Validates every component and copies the citations. */
  public Addition {
    requireNonNull(element, "element");
    Ids.checkId(framework, "framework id");
    check(!framework.equals(element.framework()),
        "an addition of %s must compare it with another framework, not its own", element);
    if (statement == null || statement.isBlank()) {
      Ids.checkText(statement, "statement of addition " + identity(element, framework));
    }
    citations = ImmutableSortedSet.copyOf(requireNonNull(citations, "citations"));
    check(!citations.isEmpty(), "addition %s beyond %s cites no source", element, framework);
  }

  /** {@link ItemKind#ADDITION}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.ADDITION;
  }

  /** {@code element beyond framework}, e.g. {@code hipaa:164.312(b) beyond soc2}. */
  @Override
  public String identity() {
    return identity(element, framework);
  }

  private static String identity(ElementRef element, String framework) {
    return element + " beyond " + framework;
  }

  /** The ids of the sources cited, sorted; immutable. */
  public SortedSet<String> sources() {
    return Citation.sourcesOf(citations);
  }
}
