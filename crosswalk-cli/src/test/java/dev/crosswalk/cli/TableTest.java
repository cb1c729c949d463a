package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TableTest {
  private static String print(Table t) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    t.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rowsWiderThanTheTerminalAreFittedByNarrowingTheWidestColumns() {
    Table t = new Table("id", "title", "detail").row("a", "x".repeat(100), "y".repeat(200)).row("b", "short", "z");
    int[] w = t.fitted(80);
    assertEquals(80, w[0] + w[1] + w[2] + 4, "fills the width exactly");
    assertEquals(2, w[0], "narrow columns keep their width");
    String text = print(t);
    text.lines().forEach(line -> assertTrue(line.length() <= Table.DEFAULT_WIDTH, line.length() + ": " + line));
    assertTrue(text.contains("…"), text);
    assertTrue(text.lines().anyMatch(l -> l.startsWith("b   short")), text);
  }

  @Test
  void aTableThatFitsIsPrintedWhole() {
    Table t = new Table("id", "title").row("a", "Access control").row("b", "Audit controls");
    assertEquals("id  title\n--  --------------\na   Access control\nb   Audit controls\n", print(t));
  }

  @Test
  void columnsNeverGoBelowTheirFloor() {
    Table t = new Table("requirement", "title").row("x".repeat(50), "y".repeat(50));
    int[] w = t.fitted(10);
    assertEquals(50, w[0], "the first column names the row and is never cut");
    assertEquals(Table.MIN_COLUMN, w[1]);
  }
}
