package dev.crosswalk.core.overlay;


import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.testing.ReaderFuzzing;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks valid input the ways hostile or damaged files are broken, for the reader fuzz
 * properties: truncation, byte flips, deep nesting, huge strings, wrong types, duplicate keys or
 * columns, invalid UTF-8. {@code ReaderFuzzing.check} reads the broken input and classifies the
 * outcome.
 */
final class Mutations {
  /** How a mutation breaks the input. */
  enum Kind { TRUNCATE, FLIP, DEEP_NESTING, HUGE_STRING, WRONG_TYPE, DUPLICATE, INVALID_UTF8 }

  /** The syntax of the input, which decides where structure-aware mutations apply. */
  enum Syntax { JSON, CSV }

  /** Byte sequences that are not UTF-8: stray continuation, overlong, surrogate, too high, cut short. */
  private static final int[][] INVALID_UTF8 = {
      {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
      {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xF8}, {0xFE}, {0xFF}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98},
      {0xC3}, {0xFE, 0xFF}, {0x00, 0x00, 0xFE, 0xFF}, {0x00}};

  private static final String[] JSON_WRONG = {
      "42", "-1.5e9", "true", "false", "null", "[]", "{}", "[\"a\"]", "{\"a\": 1}", "\"\"", "\" \"", "\"7\"",
      "7.0", "0", "11", "99999999999999999999999", "1e400", "\"hipaa\"", "\"x:\"", "\":y\"", "\"EQUALS\"",
      "[null]", "[1, 2]", "\"\\u0000\"", "\"\\ud800\"", "-0", "\"a:b\"", "[\"A B\"]",
      // well-formed values of the right type that name something else, for validation errors
      "\"hipaa:164.312(b)\"", "\"soc2:CC7.2\"", "\"controls:LOG-01\"", "\"mine:AC-1\"", "\"fw0:A\"",
      "\"fw1\"", "\"cfr\"", "\"src-0\"", "\"our-review\"", "\"CONTROL_CATALOG\"", "\"NOT_RELATED\""};

  private static final String[] CSV_WRONG = {
      "", " ", "x", "0", "11", "7.0", "-3", "EQUALS", "equal", "SEMANTIC ", "hipaa", ":", "a:", ":b", "a:b c ",
      "REGULATION", "Standard", "x;;y", ";", "A B", "\"", "\"\"", ",", "\n", "\r", "\t", "x:\u0001", "é:ü",
      "controls:LOG-01", "hipaa:164.312(b)", "soc2:CC7.2", "cfr", "src-0"};

  private static final Pattern JSON_STRING = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");
  private static final Pattern JSON_NUMBER = Pattern.compile("(?<=: )-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  private Mutations() {}

  /** Applies one mutation of the given kind. */
  static byte[] mutate(Choices r, byte[] input, Kind kind, Syntax syntax) {
    return switch (kind) {
      case TRUNCATE -> java.util.Arrays.copyOf(input, input.length == 0 ? 0 : r.nextInt(input.length));
      case FLIP -> flip(r, input);
      case INVALID_UTF8 -> insert(r, input, INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);
      case DEEP_NESTING -> text(syntax == Syntax.JSON ? deepJson(r, str(input)) : deepCsv(r, str(input)));
      case HUGE_STRING -> text(syntax == Syntax.JSON ? hugeJson(r, str(input)) : hugeCsv(r, str(input)));
      case WRONG_TYPE -> text(syntax == Syntax.JSON ? wrongJson(r, str(input)) : wrongCsv(r, str(input)));
      case DUPLICATE -> text(syntax == Syntax.JSON ? duplicateJson(r, str(input)) : duplicateCsv(r, str(input)));
    };
  }

  /** Applies one (most often) to three random mutations. */
  static byte[] mutate(Choices r, byte[] input, Syntax syntax, List<Kind> applied) {
    byte[] out = input;
    int n = r.nextInt(10) < 6 ? 1 : 2 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      Kind k = Kind.values()[r.nextInt(Kind.values().length)];
      applied.add(k);
      out = mutate(r, out, k, syntax);
    }
    return out;
  }

  private static byte[] flip(Choices r, byte[] input) {
    if (input.length == 0) {
      return input;
    }
    byte[] out = input.clone();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    }
    return out;
  }

  private static byte[] insert(Choices r, byte[] input, int[] bytes) {
    int at = input.length == 0 ? 0 : r.nextInt(input.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(input, 0, at);
    for (int b : bytes) {
      out.write(b);
    }
    out.write(input, at, input.length - at);
    return out.toByteArray();
  }

  private static String deepJson(Choices r, String json) {
    int depth = 1 + r.nextInt(r.nextBoolean() ? 20 : 200);
    String open = r.nextBoolean() ? "[" : "{\"a\": ";
    String close = open.equals("[") ? "]" : "}";
    String value = open.repeat(depth) + (r.nextBoolean() ? "1" : "\"x\"") + close.repeat(depth);
    return replaceValue(r, json, value);
  }

  private static String deepCsv(Choices r, String csv) {
    int depth = 1 + r.nextInt(100);
    String cell = switch (r.nextInt(3)) {
      case 0 -> "\"" + "\"\"".repeat(depth) + "\"";
      case 1 -> "\"" + "a,\"\"b\"\"\n".repeat(depth) + "\"";
      default -> ",".repeat(depth);
    };
    return replaceCell(r, csv, cell);
  }

  private static String hugeJson(Choices r, String json) {
    return replaceValue(r, json, "\"" + longText(r, false) + "\"");
  }

  private static String hugeCsv(Choices r, String csv) {
    String text = longText(r, true);
    return replaceCell(r, csv, "\"" + text.replace("\"", "\"\"") + "\"");
  }

  /** 1,000 to 5,000 characters, around the fuzz limit of 2,000. */
  private static String longText(Choices r, boolean csv) {
    int n = 1000 + r.nextInt(4000);
    String unit = csv ? "ab,\"é漢😀\n" : "ab\\\"é漢😀\\n";
    StringBuilder b = new StringBuilder(n + unit.length());
    while (b.length() < n) {
      b.append(unit);
    }
    return b.toString();
  }

  private static String wrongJson(Choices r, String json) {
    String wrong = JSON_WRONG[r.nextInt(JSON_WRONG.length)];
    if (r.nextInt(4) == 0) {
      List<int[]> numbers = spans(JSON_NUMBER.matcher(json));
      if (!numbers.isEmpty()) {
        int[] s = numbers.get(r.nextInt(numbers.size()));
        return json.substring(0, s[0]) + wrong + json.substring(s[1]);
      }
    }
    return replaceValue(r, json, wrong);
  }

  private static String wrongCsv(Choices r, String csv) {
    String wrong = CSV_WRONG[r.nextInt(CSV_WRONG.length)];
    boolean quote = wrong.isEmpty() || wrong.chars().anyMatch(c -> c < '-' && c != '-') ;
    return replaceCell(r, csv, quote ? "\"" + wrong.replace("\"", "\"\"") + "\"" : wrong);
  }

  /** Repeats one member line (duplicate key) or one whole object. */
  private static String duplicateJson(Choices r, String json) {
    String[] lines = json.split("\n", -1);
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().matches("\"[A-Za-z]+\": .*")) {
        members.add(i);
      }
    }
    if (members.isEmpty()) {
      return json;
    }
    int i = members.get(r.nextInt(members.size()));
    String line = lines[i].endsWith(",") ? lines[i] : lines[i] + ",";
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < lines.length; j++) {
      if (j == i) {
        b.append(line).append('\n');
      }
      b.append(lines[j]);
      if (j < lines.length - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** Names a header column twice, adds a column, or repeats a record. */
  private static String duplicateCsv(Choices r, String csv) {
    int end = csv.indexOf('\n');
    if (end < 0) {
      return csv;
    }
    String[] header = csv.substring(0, end).split(",", -1);
    String rest = csv.substring(end);
    switch (r.nextInt(3)) {
      case 0 -> header[r.nextInt(header.length)] = header[r.nextInt(header.length)];
      case 1 -> {
        return csv.substring(0, end) + "," + header[r.nextInt(header.length)] + rest;
      }
      default -> {
        int next = csv.indexOf('\n', end + 1);
        return next < 0 ? csv : csv.substring(0, next + 1) + csv.substring(end + 1);
      }
    }
    return String.join(",", header) + rest;
  }

  /** Replaces a random JSON string value (or member name) with {@code value}. */
  private static String replaceValue(Choices r, String json, String value) {
    List<int[]> strings = spans(JSON_STRING.matcher(json));
    if (strings.isEmpty()) {
      return json + value;
    }
    int[] s = strings.get(r.nextInt(strings.size()));
    return json.substring(0, s[0]) + value + json.substring(s[1]);
  }

  /** Replaces a random unquoted cell (or a part of the text between separators) with {@code cell}. */
  private static String replaceCell(Choices r, String csv, String cell) {
    List<int[]> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= csv.length(); i++) {
      if (i == csv.length() || csv.charAt(i) == ',' || csv.charAt(i) == '\n') {
        cells.add(new int[] {start, i});
        start = i + 1;
      }
    }
    int[] s = cells.get(r.nextInt(cells.size()));
    return csv.substring(0, s[0]) + cell + csv.substring(s[1]);
  }

  private static List<int[]> spans(Matcher m) {
    List<int[]> out = new ArrayList<>();
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  private static String str(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
