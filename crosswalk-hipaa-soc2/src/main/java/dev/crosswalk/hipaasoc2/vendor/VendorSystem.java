package dev.crosswalk.hipaasoc2.vendor;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

/**
 * A system of the vendor's, as the review sees it.
 *
 * @param name the system's name, as the report's system description gives it
 * @param handlesPhi whether it creates, receives, maintains or transmits PHI for you
 * @param inScope whether the SOC 2 report covers it
 */
public record VendorSystem(String name, boolean handlesPhi, boolean inScope) {

  /** Validates the name. */
  public VendorSystem {
    requireNonNull(name, "name");
    check(!name.isBlank(), "a system's name is blank");
  }
}
