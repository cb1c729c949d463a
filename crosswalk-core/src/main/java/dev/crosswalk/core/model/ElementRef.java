package dev.crosswalk.core.model;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.InvalidReferenceException;
import dev.crosswalk.core.SafeText;
import java.util.List;

/**
 * A stable reference to a requirement or control: a framework id and the citation inside it,
 * written {@code framework:ref}, e.g. {@code hipaa:164.312(b)} or {@code soc2:CC7.2}.
 *
 * <p>Only the first colon separates the two parts, so a ref may contain colons itself. An
 * immutable value: equal when both parts are equal. A class rather than a record so that it can
 * keep its hash code: a large crosswalk looks references up millions of times while loading and
 * querying, and hashing the two strings each time meant reading three objects instead of one.
 */
public final class ElementRef implements Comparable<ElementRef>, MappingEnd {
  private final String framework;
  private final String ref;
  private final int hash;

  /**
   * A reference from its two parts.
   *
   * @param framework the framework id, e.g. {@code hipaa}
   * @param ref the citation inside the framework, exactly as the framework writes it
   * @throws InvalidReferenceException if the framework id or the ref is malformed
   */
  public ElementRef(String framework, String ref) {
    this.framework = Ids.checkId(framework, "framework id");
    this.ref = Ids.checkRef(ref);
    int h = framework.hashCode() * 0x9E3779B9 + ref.hashCode();
    this.hash = h ^ (h >>> 16);
  }

  /** The framework id, e.g. {@code hipaa}. */
  public String framework() {
    return framework;
  }

  /** The citation inside the framework, exactly as the framework writes it. */
  public String ref() {
    return ref;
  }

  /** This element alone: a single-element {@link MappingEnd}; immutable. */
  @Override
  public List<ElementRef> members() {
    return ImmutableList.of(this);
  }

  /** False: a single element. */
  @Override
  public boolean isJoint() {
    return false;
  }

  /** True when {@code element} is this reference. */
  @Override
  public boolean contains(ElementRef element) {
    return equals(element);
  }

  /** Creates a reference from its two parts. */
  public static ElementRef of(String framework, String ref) {
    return new ElementRef(framework, ref);
  }

  /**
   * Parses {@code framework:ref}.
   *
   * @throws InvalidReferenceException if the text has no colon or either part is malformed
   */
  public static ElementRef parse(String text) {
    if (text == null) {
      throw new InvalidReferenceException("invalid element reference: null; expected 'framework:ref', e.g. 'hipaa:164.312(b)'");
    }
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new InvalidReferenceException(
          "invalid element reference '" + SafeText.echo(text) + "': expected 'framework:ref', e.g. 'hipaa:164.312(b)' or 'soc2:CC7.2'");
    }
    try {
      return new ElementRef(text.substring(0, colon), text.substring(colon + 1));
    } catch (InvalidReferenceException e) {
      throw new InvalidReferenceException("invalid element reference '" + SafeText.echo(text) + "': " + e.getMessage());
    }
  }

  /** Equal when both parts are; written out to answer quickly for the same instance. */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ElementRef other && hash == other.hash && framework.equals(other.framework)
        && ref.equals(other.ref);
  }

  /**
   * Mixes the two hashes with a large odd multiplier. A record's {@code 31 * a + b} collides
   * massively on structured ids: {@code fw122:3.45} and {@code fw123:3.35} hash alike, which
   * turned hash-map lookups while building a large crosswalk into tree-bin searches. Computed
   * once, when the reference is made.
   */
  @Override
  public int hashCode() {
    return hash;
  }

  /** Formats as {@code framework:ref}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return framework + ":" + ref;
  }

  /** Orders by framework id, then by ref (plain string order, so the order is stable). */
  @Override
  public int compareTo(ElementRef other) {
    if (other == this) {
      return 0;
    }
    int byFramework = framework.compareTo(other.framework);
    return byFramework != 0 ? byFramework : ref.compareTo(other.ref);
  }
}
