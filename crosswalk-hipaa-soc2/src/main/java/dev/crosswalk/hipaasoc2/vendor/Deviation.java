package dev.crosswalk.hipaasoc2.vendor;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.hipaasoc2.Soc2Category;

/**
 * An exception (deviation) the auditor reported: a control that failed a test.
 *
 * @param criterion the SOC 2 criterion the control supports, e.g. {@code soc2:CC6.1}
 * @param description what the auditor found, as the report says it
 */
public record Deviation(ElementRef criterion, String description) {

  /** Validates the components; the criterion must be a SOC 2 one. */
  public Deviation {
    requireNonNull(criterion, "criterion");
    check(criterion.framework().equals(Soc2Category.FRAMEWORK),
        "exception criterion %s is not a SOC 2 criterion; write it as soc2:CC6.1 or CC6.1", criterion);
    requireNonNull(description, "description");
    check(!description.isBlank(), "the description of the exception on %s is blank", criterion);
  }
}
