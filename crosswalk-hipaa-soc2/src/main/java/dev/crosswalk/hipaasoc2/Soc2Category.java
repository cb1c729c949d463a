package dev.crosswalk.hipaasoc2;

import dev.crosswalk.core.query.Scope;
import java.util.Arrays;
import java.util.TreeSet;

/**
 * The SOC 2 Trust Services Categories, as found in the {@code category} attribute of the bundled
 * {@code soc2} requirements. Security (the common criteria) is always in scope of a SOC 2 report,
 * so the scopes built here always include it.
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

  /**
   * The scope holding the SOC 2 criteria of Security and of these categories, on whichever side of
   * a query SOC 2 is; combine with other scopes through {@link Scope#and(Scope)}.
   */
  public static Scope scope(Soc2Category... categories) {
    return restrict(Scope.all(), categories);
  }

  /**
   * {@code scope} with SOC 2 restricted to Security and these categories (replacing an earlier
   * category restriction).
   */
  public static Scope restrict(Scope scope, Soc2Category... categories) {
    TreeSet<String> tokens = new TreeSet<>();
    tokens.add(SECURITY.token());
    Arrays.stream(categories).map(Soc2Category::token).forEach(tokens::add);
    return scope.with(FRAMEWORK, ATTRIBUTE, tokens);
  }
}
