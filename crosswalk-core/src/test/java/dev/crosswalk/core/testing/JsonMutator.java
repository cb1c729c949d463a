package dev.crosswalk.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks valid JSON documents (or JSON Lines) in the ways hostile or damaged input is broken:
 * truncation, byte and bit flips, inserted or deleted bytes, deep nesting, huge strings, values
 * of the wrong type, removed, added and duplicate members, invalid UTF-8, spliced chunks, and for
 * JSON Lines, broken line structure. Deterministic for given {@link Choices}, which jqwik draws
 * and shrinks: a shrunk mutation cuts, flips or inserts at earlier places, with the first options.
 *
 * <p>Structural mutations work on a tree that keeps member order and can hold duplicate names,
 * so the result differs from the input only where the mutation says.
 */
public final class JsonMutator {
  /** What a mutation does. */
  public enum Kind {
    /** Cuts the input at a random byte. */
    TRUNCATE,
    /** Replaces random bytes with random values. */
    BYTE_FLIP,
    /** Flips single bits. */
    BIT_FLIP,
    /** Inserts JSON punctuation, white space, literals or comment syntax at random places. */
    INSERT_SYNTAX,
    /** Deletes a random range of bytes. */
    DELETE_RANGE,
    /** Copies a random chunk of the input to another place. */
    SPLICE,
    /** Replaces a value with arrays or objects nested around (and beyond) the depth limit. */
    DEEP_NESTING,
    /** Replaces a value with a string around (and beyond) the string length limit. */
    HUGE_STRING,
    /** Replaces a value with one of another JSON type. */
    WRONG_TYPE,
    /** Replaces a string with an awkward one: empty, blank, control characters, near-miss names. */
    ODD_STRING,
    /** Replaces a value with an awkward number: 0, 11, -1, 1.0, 1e1, huge, 2^31. */
    ODD_NUMBER,
    /** Removes a member. */
    REMOVE_MEMBER,
    /** Adds a member, known or unknown. */
    ADD_MEMBER,
    /** Repeats a member name in the same object. */
    DUPLICATE_KEY,
    /** Swaps two values. */
    SWAP_VALUES,
    /** Inserts or overwrites bytes with invalid UTF-8 (overlong, truncated, surrogates, stray bytes, BOMs). */
    INVALID_UTF8,
    /** JSON Lines only (plain bytes otherwise): blank, joined, split, repeated or reordered lines, CRLF. */
    LINES
  }

  private static final JsonFactory PLAIN = JsonFactory.builder().build();
  private static final String[] SYNTAX = {
      "{", "}", "[", "]", ",", ":", "\"", "\\", "\n", "\r", " ", "\t", "null", "true", "false", "0", "-",
      "1e999", "/*c*/", "//", "'", "\u0000", "NaN", "\"\":", "{}", "[]"};
  private static final String[] NAMES = {
      "id", "title", "type", "name", "kind", "source", "target", "relationship", "rationale", "strength",
      "justification", "sources", "derivedVia", "extensions", "attributes", "aliases", "parent", "assessable",
      "formatVersion", "frameworks", "requirements", "controls", "mappings", "noCounterparts", "element",
      "framework", "reason", "unknown", "", "x/y~z"};
  private static final String[] ODD_STRINGS = {
      "", " ", "\t", "a", "a:", ":b", ":", "a:b", "hipaa:164.308(a)(1)", "soc2:CC1.1", "fw0:x", "src-0",
      "EQUAL", "equal", "SUBSET_OF ", "SEMANTIC", "STANDARD", "CONTROL_CATALOG", "framework", "mapping",
      "requirement", "noCounterpart", "1.0", "2.0", "1", "9.9", "0.0", "01.0", "\u0000", "\u001f", "\ud800",
      "\udfff", "😀", " lead", "trail ", "a\nb", "x".repeat(300) + ":y", "y:" + "x".repeat(300), "{}", "null"};
  private static final String[] ODD_NUMBERS = {
      "0", "11", "-1", "1.0", "1e1", "10", "1", "2147483648", "-2147483649", "99999999999999999999999",
      "1e309", "-0", "0.0000001", "5E+0"};
  private static final byte[][] BAD_UTF8 = {
      {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF},
      {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xC3}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
      {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
      {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}, {0}};

  private JsonMutator() {}

  /**
   * Applies one mutation of the given kind to a valid document.
   *
   * @param input a valid JSON document, or JSON Lines when {@code jsonLines}
   * @param maxDepth the depth limit the reader enforces, to nest around it
   * @param maxString the string length limit the reader enforces, to write strings around it
   */
  public static byte[] mutate(byte[] input, Kind kind, Choices r, int maxDepth, int maxString, boolean jsonLines) {
    return switch (kind) {
      case TRUNCATE -> Arrays.copyOf(input, input.length == 0 ? 0 : r.nextInt(input.length));
      case BYTE_FLIP -> {
        byte[] out = input.clone();
        for (int i = 1 + r.nextInt(4); i > 0 && out.length > 0; i--) {
          out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        yield out;
      }
      case BIT_FLIP -> {
        byte[] out = input.clone();
        for (int i = 1 + r.nextInt(3); i > 0 && out.length > 0; i--) {
          out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
        }
        yield out;
      }
      case INSERT_SYNTAX -> {
        byte[] out = input;
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
          out = insert(out, r.nextInt(out.length + 1), SYNTAX[r.nextInt(SYNTAX.length)].getBytes(StandardCharsets.UTF_8));
        }
        yield out;
      }
      case DELETE_RANGE -> {
        int from = r.nextInt(input.length + 1);
        int to = Math.min(input.length, from + 1 + r.nextInt(1 + Math.max(1, input.length / 8)));
        yield concat(Arrays.copyOfRange(input, 0, from), Arrays.copyOfRange(input, to, input.length));
      }
      case SPLICE -> {
        int from = r.nextInt(input.length + 1);
        int to = Math.min(input.length, from + r.nextInt(1 + Math.max(1, input.length / 4)));
        yield insert(input, r.nextInt(input.length + 1), Arrays.copyOfRange(input, from, to));
      }
      case INVALID_UTF8 -> {
        byte[] bad = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
        int at = r.nextInt(3) == 0 ? 0 : insideAString(input, r);
        yield r.nextBoolean() ? insert(input, at, bad) : overwrite(input, at, bad);
      }
      case LINES -> jsonLines ? lines(input, r) : insert(input, r.nextInt(input.length + 1), "\n\r\n".getBytes(StandardCharsets.UTF_8));
      default -> structural(input, kind, r, maxDepth, maxString, jsonLines);
    };
  }

  // ---- structural mutations on a tree --------------------------------------------------------

  /** A JSON object as written: members in order, names may repeat. */
  private record Obj(List<Member> members) {}

  private record Member(String name, Object value) {}

  private record Num(String text) {}

  private static final Object NULL = new Object();

  private static byte[] structural(byte[] input, Kind kind, Choices r, int maxDepth, int maxString, boolean jsonLines) {
    if (!jsonLines) {
      Object tree = parse(input);
      return write(mutateTree(tree, kind, r, maxDepth, maxString), r.nextBoolean());
    }
    List<byte[]> lines = splitLines(input);
    if (lines.isEmpty()) {
      return input;
    }
    int i = r.nextInt(lines.size());
    lines.set(i, write(mutateTree(parse(lines.get(i)), kind, r, maxDepth, maxString), false));
    return joinLines(lines);
  }

  private static Object mutateTree(Object root, Kind kind, Choices r, int maxDepth, int maxString) {
    List<Object[]> slots = new ArrayList<>(); // {container, index} pairs; container null = root
    collect(root, slots);
    Object[] slot = slots.get(r.nextInt(slots.size()));
    Object current = get(root, slot);
    switch (kind) {
      case DEEP_NESTING -> {
        int depth = r.nextInt(4) == 0 ? 1 + r.nextInt(maxDepth + 20) : Math.max(1, maxDepth - 3 + r.nextInt(8));
        return set(root, slot, nested(depth, r));
      }
      case HUGE_STRING -> {
        int length = r.nextInt(4) == 0 ? r.nextInt(2 * maxString + 1) : Math.max(0, maxString - 3 + r.nextInt(8));
        return set(root, slot, hugeString(length, r));
      }
      case WRONG_TYPE -> {
        return set(root, slot, otherType(current, r));
      }
      case ODD_STRING -> {
        return set(root, slot, ODD_STRINGS[r.nextInt(ODD_STRINGS.length)]);
      }
      case ODD_NUMBER -> {
        return set(root, slot, new Num(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]));
      }
      case REMOVE_MEMBER, ADD_MEMBER, DUPLICATE_KEY -> {
        List<Obj> objects = new ArrayList<>();
        collectObjects(root, objects);
        if (objects.isEmpty()) {
          return set(root, slot, otherType(current, r));
        }
        Obj o = objects.get(r.nextInt(objects.size()));
        List<Member> members = o.members();
        if (kind == Kind.ADD_MEMBER || members.isEmpty()) {
          members.add(r.nextInt(members.size() + 1), new Member(NAMES[r.nextInt(NAMES.length)], randomValue(r)));
        } else if (kind == Kind.REMOVE_MEMBER) {
          members.remove(r.nextInt(members.size()));
        } else {
          Member m = members.get(r.nextInt(members.size()));
          members.add(r.nextInt(members.size() + 1), new Member(m.name(), r.nextBoolean() ? m.value() : randomValue(r)));
        }
        return root;
      }
      case SWAP_VALUES -> {
        Object[] other = slots.get(r.nextInt(slots.size()));
        if (other[0] == null || slot[0] == null || contains(current, other[0]) || contains(get(root, other), slot[0])) {
          return root;
        }
        Object otherValue = get(root, other);
        set(root, slot, otherValue);
        set(root, other, current);
        return root;
      }
      default -> throw new IllegalArgumentException("not a tree mutation: " + kind);
    }
  }

  private static boolean contains(Object tree, Object container) {
    if (tree == container) {
      return true;
    }
    if (tree instanceof Obj o) {
      return o.members().stream().anyMatch(m -> contains(m.value(), container));
    }
    if (tree instanceof List<?> l) {
      return l.stream().anyMatch(v -> contains(v, container));
    }
    return false;
  }

  private static void collect(Object node, List<Object[]> slots) {
    if (slots.isEmpty()) {
      slots.add(new Object[] {null, 0});
    }
    if (node instanceof Obj o) {
      for (int i = 0; i < o.members().size(); i++) {
        slots.add(new Object[] {o, i});
        collect(o.members().get(i).value(), slots);
      }
    } else if (node instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        slots.add(new Object[] {l, i});
        collect(l.get(i), slots);
      }
    }
  }

  private static void collectObjects(Object node, List<Obj> out) {
    if (node instanceof Obj o) {
      out.add(o);
      o.members().forEach(m -> collectObjects(m.value(), out));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectObjects(v, out));
    }
  }

  private static Object get(Object root, Object[] slot) {
    if (slot[0] == null) {
      return root;
    }
    int i = (Integer) slot[1];
    return slot[0] instanceof Obj o ? o.members().get(i).value() : ((List<?>) slot[0]).get(i);
  }

  /** Replaces the value in a slot; returns the (possibly new) root. */
  @SuppressWarnings("unchecked")
  private static Object set(Object root, Object[] slot, Object value) {
    if (slot[0] == null) {
      return value;
    }
    int i = (Integer) slot[1];
    if (slot[0] instanceof Obj o) {
      o.members().set(i, new Member(o.members().get(i).name(), value));
    } else {
      ((List<Object>) slot[0]).set(i, value);
    }
    return root;
  }

  private static Object nested(int depth, Choices r) {
    Object inner = r.nextBoolean() ? new Num("1") : "x";
    for (int i = 0; i < depth; i++) {
      if (r.nextBoolean()) {
        List<Object> l = new ArrayList<>();
        l.add(inner);
        inner = l;
      } else {
        List<Member> m = new ArrayList<>();
        m.add(new Member("a", inner));
        inner = new Obj(m);
      }
    }
    return inner;
  }

  private static String hugeString(int length, Choices r) {
    String alphabet = "abcXYZ012 :.-_\"\\/\n\té漢😀";
    StringBuilder b = new StringBuilder(length);
    char fill = alphabet.charAt(r.nextInt(alphabet.length()));
    while (b.length() < length) {
      b.append(r.nextInt(16) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : fill);
    }
    b.setLength(length);
    return b.toString();
  }

  /** A random value of another JSON type than {@code current}: one of {@link #randomValue}'s cases of another class. */
  private static Object otherType(Object current, Choices r) {
    List<Integer> cases = new ArrayList<>();
    for (int c = 0; c < VALUE_CLASSES.size(); c++) {
      if (VALUE_CLASSES.get(c) != current.getClass()) {
        cases.add(c);
      }
    }
    return randomValue(cases.get(r.nextInt(cases.size())), r);
  }

  /** The class of the value each case of {@link #randomValue(int, Choices)} gives. */
  private static final List<Class<?>> VALUE_CLASSES = List.of(
      String.class, Num.class, Boolean.class, Object.class, ArrayList.class, ArrayList.class, Obj.class, Obj.class);

  private static Object randomValue(Choices r) {
    return randomValue(r.nextInt(VALUE_CLASSES.size()), r);
  }

  private static Object randomValue(int kind, Choices r) {
    return switch (kind) {
      case 0 -> ODD_STRINGS[r.nextInt(ODD_STRINGS.length)];
      case 1 -> new Num(ODD_NUMBERS[r.nextInt(ODD_NUMBERS.length)]);
      case 2 -> r.nextBoolean();
      case 3 -> NULL;
      case 4 -> new ArrayList<>();
      case 5 -> new ArrayList<>(List.of("a", new Num("1")));
      case 6 -> new Obj(new ArrayList<>());
      default -> new Obj(new ArrayList<>(List.of(new Member("a", new Num("1")), new Member("b", "c")))) ;
    };
  }

  private static Object parse(byte[] json) {
    try (JsonParser p = PLAIN.createParser(json)) {
      p.nextToken();
      return read(p);
    } catch (IOException e) {
      throw new UncheckedIOException("the input to mutate must be valid JSON", e);
    }
  }

  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new IOException("end of input");
    }
    switch (t) {
      case START_OBJECT -> {
        List<Member> members = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          members.add(new Member(name, read(p)));
        }
        return new Obj(members);
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Num(p.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return t == JsonToken.VALUE_TRUE;
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new IOException("unexpected " + t);
    }
  }

  private static byte[] write(Object tree, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = PLAIN.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Obj o) {
      g.writeStartObject();
      for (Member m : o.members()) {
        g.writeFieldName(m.name());
        write(g, m.value());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object e : l) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Num n) {
      g.writeNumber(n.text());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeNull();
    }
  }

  // ---- bytes and lines -----------------------------------------------------------------------

  private static int insideAString(byte[] input, Choices r) {
    List<Integer> quotes = new ArrayList<>();
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '"') {
        quotes.add(i + 1);
      }
    }
    return quotes.isEmpty() ? r.nextInt(input.length + 1) : quotes.get(r.nextInt(quotes.size()));
  }

  private static byte[] lines(byte[] input, Choices r) {
    List<byte[]> lines = splitLines(input);
    if (lines.isEmpty()) {
      return "\n".getBytes(StandardCharsets.UTF_8);
    }
    int i = r.nextInt(lines.size());
    switch (r.nextInt(7)) {
      case 0 -> lines.add(i, new byte[0]); // a blank line
      case 1 -> { // two lines joined
        if (i + 1 < lines.size()) {
          lines.set(i, concat(lines.get(i), lines.remove(i + 1)));
        }
      }
      case 2 -> { // a line split
        byte[] l = lines.get(i);
        int at = r.nextInt(l.length + 1);
        lines.set(i, Arrays.copyOfRange(l, 0, at));
        lines.add(i + 1, Arrays.copyOfRange(l, at, l.length));
      }
      case 3 -> lines.add(r.nextInt(lines.size() + 1), lines.get(i)); // a line repeated
      case 4 -> r.shuffle(lines);
      case 5 -> { // CRLF line ends
        byte[] joined = joinLines(lines);
        return new String(joined, StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> { // no final line end
        byte[] joined = joinLines(lines);
        return Arrays.copyOf(joined, Math.max(0, joined.length - 1));
      }
    }
    return joinLines(lines);
  }

  private static List<byte[]> splitLines(byte[] input) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < input.length; i++) {
      if (input[i] == '\n') {
        out.add(Arrays.copyOfRange(input, start, i));
        start = i + 1;
      }
    }
    if (start < input.length) {
      out.add(Arrays.copyOfRange(input, start, input.length));
    }
    return out;
  }

  private static byte[] joinLines(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.writeBytes(l);
      out.write('\n');
    }
    return out.toByteArray();
  }

  private static byte[] insert(byte[] input, int at, byte[] what) {
    return concat(concat(Arrays.copyOfRange(input, 0, at), what), Arrays.copyOfRange(input, at, input.length));
  }

  private static byte[] overwrite(byte[] input, int at, byte[] what) {
    byte[] out = Arrays.copyOf(input, Math.max(input.length, at + what.length));
    System.arraycopy(what, 0, out, at, what.length);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
