package dev.crosswalk.core.query;

/**
 * The HIPAA rules of 45 CFR Part 164, as found in the {@code rule} attribute of the bundled
 * {@code hipaa} requirements.
 */
public enum HipaaRule {
  /** Subpart C, the Security Rule. */
  SECURITY("security"),
  /** Subpart D, the Breach Notification Rule. */
  BREACH_NOTIFICATION("breach"),
  /** Subpart E, the Privacy Rule. */
  PRIVACY("privacy");

  /** The framework id these rules belong to. */
  public static final String FRAMEWORK = "hipaa";
  /** The requirement attribute holding the rule. */
  public static final String ATTRIBUTE = "rule";

  private final String token;

  HipaaRule(String token) {
    this.token = token;
  }

  /** The attribute value, e.g. {@code breach}. */
  public String token() {
    return token;
  }
}
