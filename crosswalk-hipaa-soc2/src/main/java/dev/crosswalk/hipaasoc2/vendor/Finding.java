package dev.crosswalk.hipaasoc2.vendor;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.ElementRef;
import java.util.Comparator;
import java.util.List;

/**
 * One finding of a {@link VendorReview}.
 *
 * @param severity how much it matters
 * @param code what it is about
 * @param message one or two sentences saying what was found and what to do, naming the HIPAA
 *     requirements involved
 * @param hipaaRefs the HIPAA requirements it concerns, sorted and without duplicates; empty when none; immutable
 */
public record Finding(Severity severity, FindingCode code, String message, List<ElementRef> hipaaRefs) {

  /** The order of a review: by severity (blockers first), then code, then message. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::code)
      .thenComparing(Finding::message);

  /** Validates the components, sorts and de-duplicates the references. */
  public Finding {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    check(!message.isBlank(), "the message of a %s finding is blank", code);
    hipaaRefs = ImmutableList.sortedCopyOf(java.util.Set.copyOf(requireNonNull(hipaaRefs, "hipaaRefs")));
  }

  /** {@code HIGH TYPE_I_ONLY: message [hipaa:...]}. */
  @Override
  public String toString() {
    return severity + " " + code + ": " + message + (hipaaRefs.isEmpty() ? "" : " " + hipaaRefs);
  }
}
