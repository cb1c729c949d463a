package dev.crosswalk.core.format;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits a reader enforces while streaming, so hostile or broken input fails fast with a
 * {@link dev.crosswalk.core.CrosswalkFormatException} instead of exhausting memory or time.
 *
 * @param maxNestingDepth deepest nesting of arrays and objects
 * @param maxStringLength longest string value or member name, in characters
 * @param maxDocumentBytes largest document, in bytes (or characters for text input)
 * @param maxElements most items (frameworks, sources, requirements, controls, mappings,
 *     no-counterparts) one document may hold
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, long maxDocumentBytes, int maxElements) {

  /** Defaults: depth 64, strings of 1 MiB, documents of 256 MiB, 5,000,000 items. */
  public static final ReadLimits DEFAULT = new ReadLimits(64, 1 << 20, 256L << 20, 5_000_000);

  /** Checks every limit is positive. */
  public ReadLimits {
    checkArgument(maxNestingDepth > 0, "maxNestingDepth must be positive, got %s", maxNestingDepth);
    checkArgument(maxStringLength > 0, "maxStringLength must be positive, got %s", maxStringLength);
    checkArgument(maxDocumentBytes > 0, "maxDocumentBytes must be positive, got %s", maxDocumentBytes);
    checkArgument(maxElements > 0, "maxElements must be positive, got %s", maxElements);
  }

  /** A copy with another nesting depth limit. */
  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(value, maxStringLength, maxDocumentBytes, maxElements);
  }

  /** A copy with another string length limit. */
  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxNestingDepth, value, maxDocumentBytes, maxElements);
  }

  /** A copy with another document size limit. */
  public ReadLimits withMaxDocumentBytes(long value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, value, maxElements);
  }

  /** A copy with another element count limit. */
  public ReadLimits withMaxElements(int value) {
    return new ReadLimits(maxNestingDepth, maxStringLength, maxDocumentBytes, value);
  }
}
