package dev.crosswalk.core.model;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A joint mapping end: two or more elements of one framework that <em>together</em> bear a
 * mapping's relationship, e.g. SOC 2 CC7.3, CC7.4 and CC7.5 together achieving HIPAA's response
 * and reporting specification, although each alone achieves only part of it.
 *
 * @param members the elements, at least two, all of one framework, distinct, in element-reference
 *     order (the compact constructor sorts them); immutable
 */
public record Joint(List<ElementRef> members) implements MappingEnd {
  /**
   * The most members a joint end may have. A joint end's mapping is evidence for each member of
   * the other end and names every member of its own, so work and output grow with the product of
   * the two ends' sizes: this keeps that product bounded (see docs/limits.md).
   */
  public static final int MAX_MEMBERS = 32;


  /** Sorts the members and checks there are two to {@link #MAX_MEMBERS}, distinct and of one framework. */
  public Joint {
    requireNonNull(members, "members");
    ImmutableSortedSet<ElementRef> sorted = ImmutableSortedSet.copyOf(members);
    check(sorted.size() == members.size(),
        "a joint end lists an element twice: %s; list each member once", members);
    check(sorted.size() >= 2,
        "a joint end needs two or more members, got %s; write a single element as an element reference",
        members);
    check(sorted.size() <= MAX_MEMBERS,
        "a joint end has %s members, more than %s; split the statement into several mappings",
        sorted.size(), MAX_MEMBERS);
    String framework = sorted.first().framework();
    for (ElementRef m : sorted) {
      check(m.framework().equals(framework),
          "the members of a joint end must be of one framework: %s and %s differ", sorted.first(), m);
    }
    members = sorted.asList();
  }

  /** The joint end of these elements. */
  public static Joint of(ElementRef... members) {
    return new Joint(ImmutableList.copyOf(members));
  }

  /** The joint end of these elements. */
  public static Joint of(Collection<ElementRef> members) {
    return new Joint(ImmutableList.copyOf(members));
  }

  /**
   * The end made of these members: the element itself for one member, a joint end for more.
   *
   * @throws dev.crosswalk.core.InvalidValueException when there is no member, or members of several frameworks
   */
  public static MappingEnd ofMembers(Collection<ElementRef> members) {
    check(!members.isEmpty(), "a mapping end needs at least one element");
    return members.size() == 1 ? members.iterator().next() : of(members);
  }

  @Override
  public String framework() {
    return members.get(0).framework();
  }

  @Override
  public boolean isJoint() {
    return true;
  }

  @Override
  public boolean contains(ElementRef element) {
    return members.contains(element);
  }

  /** {@code soc2:CC7.3 + soc2:CC7.4 + soc2:CC7.5}: the members, joined by {@code " + "}. */
  @Override
  public String toString() {
    return members.stream().map(ElementRef::toString).collect(Collectors.joining(" + "));
  }
}
