package dev.crosswalk.core.oscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class OscalIdsTest {
  /** The OSCAL token pattern. */
  static final Pattern TOKEN = Pattern.compile("(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*");

  @Test
  void citationsBecomeReadableTokens() {
    assertEquals("_164.312_oa_c_o2_c_oiv_c", OscalIds.of("164.312(a)(2)(iv)"));
    assertEquals("AC-2_o1_c", OscalIds.of("AC-2(1)"));
    assertEquals("CC6.1", OscalIds.of("CC6.1"));
    assertEquals("a__b", OscalIds.of("a_b"));
    assertEquals("A_x20_B", OscalIds.of("A B"));
    assertEquals("__xa7__x20_1", OscalIds.of("§ 1"));
    assertEquals("__x6f22_", OscalIds.of("漢"));
    assertEquals("__x1f600_", OscalIds.of("😀"));
  }

  /** Refs that a naive clean-up (drop or replace punctuation, lower-case) would merge stay apart. */
  @Test
  void refsThatLookAlikeGetDistinctIdsAndDecodeBack() {
    List<String> refs = List.of("A(1)", "A.1", "A_1", "A-1", "A 1", "A(1", "A1)", "A1", "a(1)", "_A(1)", "A__1",
        "A_o1_c", "1", "_1", "__1", "x1", "164.312(a)", "164.312a", "164.312_oa_c", "164.312(A)", "A:1", "A/1");
    Set<String> ids = new HashSet<>();
    for (String ref : refs) {
      String id = OscalIds.of(ref);
      assertTrue(TOKEN.matcher(id).matches(), id);
      assertTrue(ids.add(id), "collision on " + id);
      assertEquals(Optional.of(ref), OscalIds.ref(id));
    }
  }

  @Test
  void textThatNoRefEncodesToIsNotDecoded() {
    assertEquals(Optional.empty(), OscalIds.ref(OscalIds.of("AC-1") + "_smt"), "statement part ids are not refs");
    assertEquals(Optional.empty(), OscalIds.ref("9abc"), "a leading digit needs the _ prefix");
    assertEquals(Optional.empty(), OscalIds.ref("_abc"), "a leading letter has no prefix");
    assertEquals(Optional.empty(), OscalIds.ref("a_x0041_"), "hex escapes of kept characters are not canonical");
    assertEquals(Optional.empty(), OscalIds.ref("a_x20"), "an unterminated escape");
    assertEquals(Optional.empty(), OscalIds.ref("a_"), "a lone escape character");
    assertEquals(Optional.empty(), OscalIds.ref(""));
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> OscalIds.of(""));
  }

  @Property(tries = 2000)
  void encodingIsATokenAndReversible(@ForAll @StringLength(min = 1, max = 30) String ref) {
    String id = OscalIds.of(ref);
    assertTrue(TOKEN.matcher(id).matches(), id);
    assertEquals(Optional.of(ref), OscalIds.ref(id), "decoding gives the ref back, so no two refs share an id");
  }

  @Test
  void uuidsAreVersion5InTheDocumentedNamespace() {
    // Reference values from Python's uuid.uuid5.
    assertEquals(UUID.fromString("048b5880-6ac6-543e-8f57-a5171ff6b3c8"), OscalIds.NAMESPACE);
    UUID u = OscalIds.uuid("catalog/hipaa/45 CFR Part 164 (eCFR as checked 2026-11-22)");
    assertEquals(UUID.fromString("313f43df-8fa5-58b3-96c7-1c6c65525b76"), u);
    assertEquals(5, u.version());
    assertEquals(2, u.variant());
  }
}
