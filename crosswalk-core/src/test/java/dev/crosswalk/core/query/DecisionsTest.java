package dev.crosswalk.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Requirement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A framework's discretionary rule is read as it was with Guava's {@code Splitter}: values split
 * at commas, trimmed of Unicode whitespace (not {@link String#strip}'s), empty ones dropped.
 */
class DecisionsTest {
  @Test
  void whitespaceIsGuavasForEveryCharacter() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      if (CharMatcher.whitespace().matches((char) c) != Decisions.isWhitespace((char) c)) {
        fail("U+" + Integer.toHexString(c) + " is whitespace for one and not the other");
      }
    }
  }

  @Test
  void valuesAreTrimmedAndEmptyOnesDropped() {
    for (String values : List.of("a", " a , b ", ",,a,,", "\u00a0a\u2007,\u001cb", "\u0085", " , ", "a b, c\t\n")) {
      List<String> expected = Splitter.on(',').trimResults().omitEmptyStrings().splitToList(values);
      List<String> actual = java.util.Arrays.stream(values.split(",", -1)).map(Decisions::trimWhitespace)
          .filter(v -> !v.isEmpty()).toList();
      assertEquals(expected, actual, values);
    }
  }

  @Test
  void aRequirementWhoseValueTheRuleListsIsDiscretionary() {
    CrosswalkBuilder b = Fixtures.frameworks("s");
    b.addFramework(Framework.of("t", "T", "test", "tests", FrameworkKind.REGULATION)
        .withAttributes(Map.of(Framework.DISCRETIONARY, "designation= addressable\u00a0,,other ")));
    b.addRequirement(Requirement.builder("t:r", "required").attribute("designation", "required").build());
    b.addRequirement(Requirement.builder("t:a", "addressable").attribute("designation", "addressable").build());
    b.addRequirement(Requirement.builder("t:o", "other").attribute("designation", "other").build());
    Crosswalk cw = b.build();
    assertEquals(List.of("t:a", "t:o"),
        Decisions.discretionary(cw, "t").stream().map(r -> r.id().toString()).toList());
    assertEquals(java.util.Optional.of("designation"), Decisions.discretionaryAttribute(cw, "t"));
  }
}
