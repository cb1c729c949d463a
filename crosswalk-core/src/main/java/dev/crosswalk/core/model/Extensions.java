package dev.crosswalk.core.model;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

/**
 * Free-form JSON kept on an element and written back unchanged, so a round trip loses nothing a
 * producer added. Held as canonical JSON text: an object with members sorted by name, no
 * insignificant white space, numbers as written.
 *
 * @param json the canonical JSON object text; {@code {}} for none
 */
public record Extensions(String json) {
  /** No extensions. */
  public static final Extensions EMPTY = new Extensions("{}");

  /** Checks the text is an object; canonical form is the reader's job. */
  public Extensions {
    requireNonNull(json, "json");
    check(json.startsWith("{") && json.endsWith("}"), "extensions must be a JSON object, got %s", json);
  }

  /** True when there are no extension members. */
  public boolean isEmpty() {
    return json.equals("{}");
  }
}
