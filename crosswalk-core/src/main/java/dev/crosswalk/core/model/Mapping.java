package dev.crosswalk.core.model;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Lists;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * A directed statement that a source relates to a target, with the why and the where-from:
 * relationship (NIST IR 8477), rationale, strength, justification and citations.
 *
 * <p>Each end is an element or a {@link Joint} set of elements that together bear the
 * relationship. A mapping is either curated (written and reviewed by people) or derived by
 * composing two or more mappings through pivot elements, named in {@link #derivedVia()}.
 *
 * @param source the end the statement is about
 * @param target the end it is compared with
 * @param relationship how source outcomes relate to target outcomes
 * @param rationale why the relationship holds
 * @param strength how closely the two match, 1 (tangential) to 10 (same scope and depth)
 * @param justification one to three sentences saying why
 * @param citations the provenance sources cited, with where in each, sorted, at least one; immutable
 * @param derivedVia pivot elements of a derived mapping, in path order; empty when curated; immutable
 */
public record Mapping(
    MappingEnd source,
    MappingEnd target,
    Relationship relationship,
    Rationale rationale,
    int strength,
    String justification,
    SortedSet<Citation> citations,
    List<ElementRef> derivedVia)
    implements CrosswalkItem {

  /** Orders mappings by source, then target, then curated before derived. */
  public static final Comparator<Mapping> ORDER = Mapping::compareInOrder;

  /** Validates every component and copies the collections. */
  public Mapping {
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    // Messages are built only on failure: mappings are created by the million.
    if (relationship == null) {
      throw new NullPointerException("relationship of mapping " + ends(source, target));
    }
    if (rationale == null) {
      throw new NullPointerException("rationale of mapping " + ends(source, target));
    }
    check(strength >= 1 && strength <= 10,
        "strength of mapping %s -> %s must be 1-10, got %s", source, target, strength);
    if (justification == null || justification.isBlank()) {
      Ids.checkText(justification, "justification of mapping " + ends(source, target));
    }
    citations = ImmutableSortedSet.copyOf(requireNonNull(citations, "citations"));
    check(!citations.isEmpty(), "mapping %s -> %s cites no source; name at least one", source, target);
    derivedVia = ImmutableList.copyOf(requireNonNull(derivedVia, "derivedVia"));
  }

  /** {@link #ORDER}: source, then target, then curated before derived, then the derived path's text. */
  private static int compareInOrder(Mapping a, Mapping b) {
    int c = MappingEnd.ORDER.compare(a.source, b.source);
    if (c != 0) {
      return c;
    }
    c = MappingEnd.ORDER.compare(a.target, b.target);
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(a.isDerived(), b.isDerived());
    return c != 0 || !a.isDerived() ? c : a.derivedVia.toString().compareTo(b.derivedVia.toString());
  }

  /** A curated mapping citing whole sources by id. */
  public static Mapping curated(
      MappingEnd source, MappingEnd target, Relationship relationship, Rationale rationale,
      int strength, String justification, Collection<String> sources) {
    return new Mapping(source, target, relationship, rationale, strength, justification,
        Citation.ofSources(sources), ImmutableList.of());
  }

  /** A curated mapping between two element references given as {@code framework:ref} text. */
  public static Mapping curated(
      String source, String target, Relationship relationship, Rationale rationale,
      int strength, String justification, List<String> sources) {
    return curated(ElementRef.parse(source), ElementRef.parse(target), relationship, rationale,
        strength, justification, sources);
  }

  /** The ids of the sources cited, sorted; immutable. */
  public SortedSet<String> sources() {
    return Citation.sourcesOf(citations);
  }

  /** True when this mapping was derived by composition rather than curated. */
  public boolean isDerived() {
    return !derivedVia.isEmpty();
  }

  /** True when either end is {@linkplain Joint joint}. */
  public boolean isJoint() {
    return source.isJoint() || target.isJoint();
  }

  /** The same mapping citing these instead of its own citations. */
  public Mapping withCitations(Collection<Citation> newCitations) {
    return new Mapping(source, target, relationship, rationale, strength, justification,
        ImmutableSortedSet.copyOf(newCitations), derivedVia);
  }

  /**
   * The same statement read from the target's side: source and target swap, the relationship
   * is inverted, everything else is kept.
   */
  public Mapping inverse() {
    return new Mapping(target, source, relationship.inverse(), rationale, strength, justification,
        citations, Lists.reverse(derivedVia));
  }

  /** {@link ItemKind#MAPPING}. */
  @Override
  public ItemKind itemKind() {
    return ItemKind.MAPPING;
  }

  /**
   * {@code source -> target}, e.g. {@code hipaa:164.312(b) -> soc2:CC7.2}, and for a derived
   * mapping {@code via [pivots]}: the identity diffs and merge reports name a mapping by.
   */
  @Override
  public String identity() {
    return ends(source, target) + (isDerived() ? " via " + derivedVia : "");
  }

  /** {@code source -> target}: how the mapping between two ends is written in every message. */
  static String ends(MappingEnd source, MappingEnd target) {
    return source + " -> " + target;
  }

  /** {@code source -REL-> target}, for logs and messages. */
  @Override
  public String toString() {
    return source + " " + relationship + " " + target + " (strength " + strength
        + (isDerived() ? ", derived via " + derivedVia : "") + ")";
  }
}
