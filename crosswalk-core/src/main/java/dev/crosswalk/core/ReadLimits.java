package dev.crosswalk.core;

import static dev.crosswalk.core.InvalidValueException.check;

/**
 * Limits a reader enforces while streaming, so hostile or broken input fails fast with a
 * {@link dev.crosswalk.core.CrosswalkFormatException} instead of exhausting memory or time.
 * {@code docs/limits.md} lists which reader enforces which limit.
 *
 * <p>Together the limits bound what any input can make a reader hold: with the defaults, about
 * 200 MB at most, whatever the size of the input.
 *
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value (or CSV cell), in characters
 * @param maxDocumentBytes largest document, in bytes (or characters for text input)
 * @param maxElements most items (frameworks, sources, requirements, controls, mappings,
 *     no-counterparts; JSON Lines lines; CSV records) one document may hold
 * @param maxTokens most JSON tokens (each value, member name, and start or end of an object or
 *     array) one document may hold; bounds free-form content such as {@code extensions}
 */
public record ReadLimits(
    int maxNestingDepth, int maxStringLength, long maxDocumentBytes, int maxElements, long maxTokens) {

  private static final long DEFAULT_MAX_TOKENS = 2_000_000L;

  /**
   * Defaults: depth 64, strings of 1 MiB, documents of 64 MiB, 500,000 items, 2,000,000 tokens:
   * hundreds of times what the largest bundled data file needs (134 KB, 6,000 tokens).
   */
  public static final ReadLimits DEFAULT =
      new ReadLimits(64, 1 << 20, 64L << 20, 500_000, DEFAULT_MAX_TOKENS);

  /** Checks every limit is positive. */
  public ReadLimits {
    check(maxNestingDepth > 0, "maxNestingDepth must be positive, got %s", maxNestingDepth);
    check(maxStringLength > 0, "maxStringLength must be positive, got %s", maxStringLength);
    check(maxDocumentBytes > 0, "maxDocumentBytes must be positive, got %s", maxDocumentBytes);
    check(maxElements > 0, "maxElements must be positive, got %s", maxElements);
    check(maxTokens > 0, "maxTokens must be positive, got %s", maxTokens);
  }

  /** Limits with the default token limit, for code written before {@code maxTokens} existed. */
  public ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentBytes, int maxElements) {
    this(maxNestingDepth, maxStringLength, maxDocumentBytes, maxElements, DEFAULT_MAX_TOKENS);
  }

  /** A copy with another nesting depth limit. */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxDocumentBytes, maxElements, maxTokens);
  }

  /** A copy with another string length limit. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxDocumentBytes, maxElements, maxTokens);
  }

  /** A copy with another document size limit. */
  public ReadLimits withMaxDocumentBytes(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxElements, maxTokens);
  }

  /** A copy with another element count limit. */
  public ReadLimits withMaxElements(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxDocumentBytes, value, maxTokens);
  }

  /** A copy with another token count limit. */
  public ReadLimits withMaxTokens(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxDocumentBytes, maxElements, value);
  }
}
