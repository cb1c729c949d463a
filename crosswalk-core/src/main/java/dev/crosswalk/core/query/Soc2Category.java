package dev.crosswalk.core.query;

/**
 * The SOC 2 Trust Services Categories, as found in the {@code category} attribute of the bundled
 * {@code soc2} requirements. Security (the common criteria) is always in scope of a SOC 2 report.
 */
public enum Soc2Category {
  /** Common criteria CC1-CC9; always in scope. */
  SECURITY("security"),
  /** A1. */
  AVAILABILITY("availability"),
  /** C1. */
  CONFIDENTIALITY("confidentiality"),
  /** PI1. */
  PROCESSING_INTEGRITY("processing-integrity"),
  /** P1-P8. */
  PRIVACY("privacy");

  /** The framework id these categories belong to. */
  public static final String FRAMEWORK = "soc2";
  /** The requirement attribute holding the category. */
  public static final String ATTRIBUTE = "category";

  private final String token;

  Soc2Category(String token) {
    this.token = token;
  }

  /** The attribute value, e.g. {@code processing-integrity}. */
  public String token() {
    return token;
  }
}
