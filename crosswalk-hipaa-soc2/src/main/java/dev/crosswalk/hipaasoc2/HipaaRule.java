package dev.crosswalk.hipaasoc2;

import dev.crosswalk.core.query.Scope;
import java.util.Arrays;

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

  /**
   * The scope holding only the HIPAA requirements of these rules, on whichever side of a query
   * HIPAA is; combine with other scopes through {@link Scope#and(Scope)}.
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no rule is given
   */
  public static Scope scope(HipaaRule... rules) {
    return restrict(Scope.all(), rules);
  }

  /**
   * {@code scope} with HIPAA restricted to these rules (replacing an earlier rule restriction).
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no rule is given
   */
  public static Scope restrict(Scope scope, HipaaRule... rules) {
    return scope.with(FRAMEWORK, ATTRIBUTE, Arrays.stream(rules).map(HipaaRule::token).toList());
  }
}
