package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.ElementRef;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void escapesWhatATerminalWouldActOnAndKeepsEverythingElse() {
    assertEquals("ACME\\u001B[2J\\rBLOCKER\\u0007\\u0000\\n\\t", SafeText.of("ACME\u001B[2J\rBLOCKER\u0007\u0000\n\t"));
    assertEquals("\\u007F\\u009B", SafeText.of("\u007F\u009B"));
    assertEquals("abc\\u202Etxt.exe\\u2066\\u2069\\u200F\\u2028", SafeText.of("abc\u202Etxt.exe\u2066\u2069\u200F\u2028"));
    assertEquals("lone \\uD800 and \\uDFFF", SafeText.of("lone \uD800 and \uDFFF"));
    String kept = "é ü 漢字 😀 \"quoted\" back\\slash";
    assertSame(kept, SafeText.of(kept));
    assertEquals(SafeText.of("x\u001By"), SafeText.of(SafeText.of("x\u001By")), "escaping twice changes nothing more");
  }

  @Test
  void mentionCutsLongTextsWithoutEscaping() {
    String title = "<b>" + "t".repeat(1_000_000);
    assertEquals(title.substring(0, SafeText.MAX_MENTION) + "…", SafeText.mention(title));
    String short_ = "a \u001B b";
    assertSame(short_, SafeText.mention(short_));
    String pairAtTheCut = "a".repeat(SafeText.MAX_MENTION - 1) + "😀";
    assertEquals("a".repeat(SafeText.MAX_MENTION - 1) + "…", SafeText.mention(pairAtTheCut + "b"));
    assertEquals("line\nnext\\u202E", SafeText.ofLines("line\nnext\u202E"), "line feeds kept, the rest escaped");
  }

  @Test
  void echoBoundsWhatAMessageQuotes() {
    String huge = "a".repeat(1_000_000);
    assertEquals("a".repeat(SafeText.MAX_ECHO) + "…", SafeText.echo(huge));
    assertEquals("short\\u001B", SafeText.echo("short\u001B"));
    String pairAtTheCut = "a".repeat(SafeText.MAX_ECHO - 1) + "😀" + "b";
    assertEquals("a".repeat(SafeText.MAX_ECHO - 1) + "…", SafeText.echo(pairAtTheCut), "a pair is not split");
  }

  /** Before: a 1 MB bad reference gave a 1 MB message, with its control characters as they were. */
  @Test
  void aHugeOrHostileBadReferenceGivesAShortSafeMessage() {
    InvalidReferenceException e = assertThrows(InvalidReferenceException.class,
        () -> ElementRef.parse("x".repeat(1_000_000)));
    assertTrue(e.getMessage().length() < 600, e.getMessage().length() + " characters");
    e = assertThrows(InvalidReferenceException.class, () -> ElementRef.parse("hipaa:\u001B[2Jx\rBLOCKER"));
    assertTrue(e.getMessage().contains("\\u001B[2Jx\\rBLOCKER"), e.getMessage());
    assertTrue(e.getMessage().chars().noneMatch(c -> c < 0x20), e.getMessage());
  }

  @Test
  void everyExceptionMessageIsSafeAndItsLinesBounded() {
    CrosswalkFormatException e = new CrosswalkFormatException("in\u001B.json", 1, 2, "/a", "bad \u0007 " + "z".repeat(5_000), null);
    assertTrue(e.getMessage().startsWith("in\\u001B.json:1:2 at /a: bad \\u0007 zzz"), e.getMessage());
    assertTrue(e.getMessage().length() <= SafeText.MAX_MESSAGE_LINE + 10, e.getMessage().length() + " characters");
    assertTrue(e.problem().length() <= SafeText.MAX_MESSAGE_LINE + 10, e.problem().length() + " characters");
    CrosswalkDataException lines = new CrosswalkDataException("one\ntwo \u001B");
    assertEquals("one\ntwo \\u001B", lines.getMessage(), "line feeds between lines are kept");
  }
}
