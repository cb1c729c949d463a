package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.crosswalk.core.ReadLimits;

/**
 * Builds the strict Jackson factories every crosswalk reader uses, so the limits and strictness
 * are configured in one place. In a package the module does not export: not API.
 */
public final class JsonFactories {
  private JsonFactories() {}

  /** A factory that enforces the limits while streaming and rejects duplicate keys. */
  public static JsonFactory strict(ReadLimits limits) {
    return builder(limits).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /**
   * Like {@link #strict} but leaves duplicate keys to the caller, for readers that detect them
   * themselves ({@link Items.Members} and {@link JsonValues#read} do): Jackson's detection
   * allocates a hash set for every object of more than two members, which was a third of the
   * garbage made reading a crosswalk of a million mappings.
   */
  public static JsonFactory strictKeysCheckedByCaller(ReadLimits limits) {
    return builder(limits).disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  private static JsonFactoryBuilder builder(ReadLimits limits) {
    return new JsonFactoryBuilder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(50_000)
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNumberLength(100)
            .maxTokenCount(limits.maxTokens())
            .build())
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS);
  }
}
