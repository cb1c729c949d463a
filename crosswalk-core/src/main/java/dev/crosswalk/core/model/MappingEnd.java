package dev.crosswalk.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * One end of a {@link Mapping}: a single element ({@link ElementRef}) or a {@link Joint} set of
 * elements of one framework that together bear the mapping's relationship.
 *
 * <p>Ends are ordered by {@link #ORDER}: by their members compared one by one, a single element
 * before a joint end that starts with it.
 */
public sealed interface MappingEnd permits ElementRef, Joint {
  /** Orders ends by their members, element by element; a shorter end first when one is a prefix. */
  Comparator<MappingEnd> ORDER = MappingEnd::compare;

  /** The framework every member belongs to. */
  String framework();

  /** The members, in element-reference order: one for an element, two or more for a joint end; immutable. */
  List<ElementRef> members();

  /** True for a joint end of two or more members. */
  boolean isJoint();

  /** True when {@code element} is this end or one of its members. */
  boolean contains(ElementRef element);

  private static int compare(MappingEnd a, MappingEnd b) {
    if (a instanceof ElementRef x && b instanceof ElementRef y) {
      return x.compareTo(y);
    }
    List<ElementRef> ma = a.members();
    List<ElementRef> mb = b.members();
    for (int i = 0; i < Math.min(ma.size(), mb.size()); i++) {
      int c = ma.get(i).compareTo(mb.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(ma.size(), mb.size());
  }
}
