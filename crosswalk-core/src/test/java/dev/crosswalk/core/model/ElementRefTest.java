package dev.crosswalk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.InvalidReferenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ElementRefTest {

  @Test
  void parsesAndFormatsCitations() {
    ElementRef ref = ElementRef.parse("hipaa:164.308(a)(1)(ii)(A)");
    assertEquals("hipaa", ref.framework());
    assertEquals("164.308(a)(1)(ii)(A)", ref.ref());
    assertEquals("hipaa:164.308(a)(1)(ii)(A)", ref.toString());
    assertEquals(ref, ElementRef.parse(ref.toString()));
  }

  @Test
  void onlyTheFirstColonSeparates() {
    ElementRef ref = ElementRef.parse("iso:A.5:1");
    assertEquals("iso", ref.framework());
    assertEquals("A.5:1", ref.ref());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "hipaa", ":164.312(b)", "hipaa:", "HIPAA:164.312(b)", "hi pa:x", "hipaa: x", "hipaa:x ", "soc2:CC\n7.2"})
  void rejectsMalformedReferencesWithTheExpectedForm(String text) {
    InvalidReferenceException e = assertThrows(InvalidReferenceException.class, () -> ElementRef.parse(text));
    assertTrue(e.getMessage().contains("invalid"), e.getMessage());
  }

  @Test
  void rejectsNullWithTypedError() {
    assertThrows(InvalidReferenceException.class, () -> ElementRef.parse(null));
  }

  @Test
  void ordersByFrameworkThenRef() {
    assertTrue(ElementRef.parse("hipaa:z").compareTo(ElementRef.parse("soc2:a")) < 0);
    assertTrue(ElementRef.parse("soc2:CC1.1").compareTo(ElementRef.parse("soc2:CC1.2")) < 0);
  }
}
