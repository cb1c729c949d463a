package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Turns Jackson's stream constraint failures into problems that name the
 * {@link dev.crosswalk.core.ReadLimits} component a user configures. Not API.
 */
public final class LimitMessages {
  private LimitMessages() {}

  /**
   * The problem to report for a parser failure: for an exceeded limit, which {@code ReadLimits}
   * component and the sizes; otherwise Jackson's own message.
   */
  public static String problem(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (!(e instanceof StreamConstraintsException)) {
      return original;
    }
    // "String value length (11) exceeds the maximum allowed (10, from `StreamReadConstraints.getMaxStringLength()`)"
    String detail = original.replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
    String limit;
    if (original.contains("getMaxStringLength")) {
      limit = "ReadLimits.maxStringLength";
    } else if (original.contains("getMaxNestingDepth")) {
      limit = "ReadLimits.maxNestingDepth";
    } else if (original.contains("getMaxDocumentLength")) {
      limit = "ReadLimits.maxDocumentBytes";
    } else if (original.contains("getMaxTokenCount")) {
      limit = "ReadLimits.maxTokens";
    } else if (original.contains("getMaxNameLength")) {
      limit = "the member name length limit";
    } else if (original.contains("getMaxNumberLength")) {
      limit = "the number length limit";
    } else {
      limit = "a read limit";
    }
    return "the input exceeds " + limit + ": " + detail;
  }
}
