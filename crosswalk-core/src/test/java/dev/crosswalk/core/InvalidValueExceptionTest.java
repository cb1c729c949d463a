package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.base.Strings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link InvalidValueException#check} formats its message as Guava's {@code Strings.lenientFormat},
 * which it used before, did: for every shape of template the code uses, and for templates with too
 * few or too many placeholders.
 */
class InvalidValueExceptionTest {
  @Test
  void passingChecksThrowNothing() {
    InvalidValueException.check(true, "never %s", "shown");
    InvalidValueException.check(true, "never");
    InvalidValueException.check(true, "%s %s %s %s", 1, 2, 3, 4);
  }

  @Test
  void messagesAreGuavasLenientFormat() {
    Object ref = List.of("hipaa:164.308(a)(1)");
    assertEquals("a plain %s message",
        assertThrows(InvalidValueException.class, () -> InvalidValueException.check(false, "a plain %s message"))
            .getMessage());
    assertFormat("%s lists its own ref", ref);
    assertFormat("strength of %s -> %s must be 1-10, got %s", ref, "b", 11);
    assertFormat("100% of %s and %d", null, 2.5);
    assertFormat("too few: %s", 1, 2, 3, 4);
    assertFormat("none", 'c');
    assertFormat("too many: %s %s %s", "x");
    assertFormat("%s%s", "", "");
    assertEquals(Strings.lenientFormat("one %s", "x"),
        assertThrows(InvalidValueException.class, () -> InvalidValueException.check(false, "one %s", "x")).getMessage());
    assertEquals(Strings.lenientFormat("two %s %s", "x", 2), assertThrows(InvalidValueException.class,
        () -> InvalidValueException.check(false, "two %s %s", "x", 2)).getMessage());
  }

  private static void assertFormat(String template, Object... args) {
    assertEquals(Strings.lenientFormat(template, args), InvalidValueException.format(template, args), template);
    assertEquals(Strings.lenientFormat(template, args), assertThrows(InvalidValueException.class,
        () -> InvalidValueException.check(false, template, args)).getMessage(), template);
  }
}
