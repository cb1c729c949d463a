package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.crosswalk.core.format.ReadLimits;

/**
 * Builds the strict Jackson factories every crosswalk reader uses, so the limits and strictness
 * are configured in one place. In a package the module does not export: not API.
 */
public final class JsonFactories {
  private JsonFactories() {}

  /** A factory that enforces the limits while streaming and rejects duplicate keys. */
  public static JsonFactory strict(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(50_000)
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNumberLength(100)
            .maxTokenCount(limits.maxTokens())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .build();
  }
}
