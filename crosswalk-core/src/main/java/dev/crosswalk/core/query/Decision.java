package dev.crosswalk.core.query;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An organisation's documented decision on one discretionary requirement: one whose framework
 * lets it be met in more than one way (a framework declares which, with its
 * {@link dev.crosswalk.core.model.Framework#DISCRETIONARY discretionary} attribute; HIPAA:
 * {@code designation=addressable}, after 45 CFR 164.306(d)(3)).
 *
 * <p>How a decision enters coverage: {@link Kind#IMPLEMENTED} changes no verdict (the requirement
 * is assessed like a required one, and weighs like one in a {@linkplain PlanQuery plan});
 * {@link Kind#ALTERNATIVE} makes the requirement {@link Verdict#COVERED} by the documented
 * alternative, score 1; {@link Kind#NOT_REASONABLE} makes it {@link Verdict#NOT_APPLICABLE},
 * so it leaves the totals and does not demote its parent.
 *
 * @param requirement the discretionary requirement decided on
 * @param kind what was decided
 * @param text the alternative measure, or the reason it is not reasonable and appropriate; empty
 *     for {@link Kind#IMPLEMENTED}, required (one non-blank text) for the other kinds
 */
public record Decision(dev.crosswalk.core.model.ElementRef requirement, Kind kind, Optional<String> text) {

  /** The longest text a decision may carry, in characters. */
  public static final int MAX_TEXT = 4_000;

  /** What an organisation decided about a discretionary requirement. */
  public enum Kind {
    /** It implements the requirement as written. */
    IMPLEMENTED,
    /** It implements a documented equivalent alternative measure instead. */
    ALTERNATIVE,
    /** It documented why the requirement is not reasonable and appropriate for it. */
    NOT_REASONABLE;

    /** The lower-case id used in files: {@code implemented}, {@code alternative}, {@code not-reasonable}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The kind with this {@link #id()}, if any. */
    public static Optional<Kind> ofId(String id) {
      for (Kind k : values()) {
        if (k.id().equals(id)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** Validates the components: a text exactly when the kind needs one, non-blank and bounded. */
  public Decision {
    requireNonNull(requirement, "requirement");
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    if (kind == Kind.IMPLEMENTED) {
      check(text.isEmpty(), "an 'implemented' decision on %s carries no text", requirement);
    } else {
      check(text.isPresent() && !text.get().isBlank(), "an '%s' decision on %s needs its text (%s)",
          kind.id(), requirement, kind == Kind.ALTERNATIVE ? "the alternative measure" : "the reason");
      check(text.get().length() <= MAX_TEXT, "the text of the decision on %s has %s characters; at most %s",
          requirement, text.get().length(), MAX_TEXT);
    }
  }

  /** The requirement is implemented as written. */
  public static Decision implemented(dev.crosswalk.core.model.ElementRef requirement) {
    return new Decision(requirement, Kind.IMPLEMENTED, Optional.empty());
  }

  /** An equivalent alternative measure, described by {@code measure}, is implemented instead. */
  public static Decision alternative(dev.crosswalk.core.model.ElementRef requirement, String measure) {
    return new Decision(requirement, Kind.ALTERNATIVE, Optional.of(measure));
  }

  /** The requirement is documented as not reasonable and appropriate, for {@code reason}. */
  public static Decision notReasonable(dev.crosswalk.core.model.ElementRef requirement, String reason) {
    return new Decision(requirement, Kind.NOT_REASONABLE, Optional.of(reason));
  }

  /** {@code hipaa:164.312(a)(2)(iv) alternative: "..."}. */
  @Override
  public String toString() {
    return requirement + " " + kind.id() + text.map(t -> ": \"" + t + "\"").orElse("");
  }
}
