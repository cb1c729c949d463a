package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Origin;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the {@linkplain ItemCodec item codecs} share for JSON: writing the members that several
 * kinds have (citations, attributes, extensions, mapping ends), and reading an item's members
 * ({@link Members}) with the references and source sets shared across items ({@link Interner}).
 * The canonical document format and JSON Lines both read and write items through these, so the
 * two can never drift apart. Not API.
 */
public final class Items {
  /** The members of a citation object ({@code {"id", "locator"}}) in a 1.1 {@code sources} array. */
  private static final String CITATION_ID = "id";
  private static final String LOCATOR = "locator";

  private Items() {}

  // ---- writing -------------------------------------------------------------------------------

  /** True when a citation has a locator, which came in format 1.1. */
  static boolean hasLocator(Collection<Citation> citations) {
    for (Citation c : citations) {
      if (c.hasLocator()) {
        return true;
      }
    }
    return false;
  }

  /** A single-element end as a string, a joint end as an array of its members. */
  static void end(JsonGenerator g, String name, MappingEnd end) throws IOException {
    if (end instanceof ElementRef ref) {
      g.writeStringField(name, ref.toString());
      return;
    }
    strings(g, name, end.members().stream().map(ElementRef::toString).toList());
  }

  /** Citations, e.g. {@code sources}: a bare id per citation without a locator, an object per citation with one. */
  static void citations(JsonGenerator g, String name, Collection<Citation> citations) throws IOException {
    g.writeArrayFieldStart(name);
    for (Citation c : citations) {
      if (c.locator().isEmpty()) {
        g.writeString(c.source());
      } else {
        g.writeStartObject();
        g.writeStringField(CITATION_ID, c.source());
        g.writeStringField(LOCATOR, c.locator().get());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  static void strings(JsonGenerator g, String name, Collection<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static void attributes(JsonGenerator g, String name, Map<String, String> attributes) throws IOException {
    if (attributes.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  static void extensions(JsonGenerator g, String name, Extensions extensions, String owner) throws IOException {
    if (extensions.isEmpty()) {
      return;
    }
    String canonical;
    try {
      // Re-canonicalised so that output is the same whatever the extensions were built from.
      canonical = JsonValues.canonical(extensions);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write the extensions of " + owner
          + ": they are not well-formed JSON: " + e.getMessage(), e);
    }
    g.writeFieldName(name);
    g.writeRawValue(canonical);
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Shares equal element references and source sets between the items of one read, so that a
   * large crosswalk holds each once (and checks each once) instead of once per mapping. The
   * shared part is a {@link Store}, which the readers of several documents merged into one
   * crosswalk share, also from several threads; the interner itself adds caches for one reader and
   * is not thread-safe: use one per document read.
   */
  public static final class Interner {
    /** The references and source sets of one crosswalk being read; thread-safe. */
    public static final class Store {
      private final Map<String, ElementRef> refs = new ConcurrentHashMap<>();
      private final Map<List<?>, ImmutableSortedSet<Citation>> citationSets = new ConcurrentHashMap<>();
      private final Map<Map<String, String>, ImmutableSortedMap<String, String>> attributeMaps =
          new ConcurrentHashMap<>();

      /** A new, empty store. */
      public Store() {}
    }

    private final Store store;
    private final StringPool texts = new StringPool();
    private static final int MEMO_SIZE = 1024;
    private final String[] memoTexts = new String[MEMO_SIZE];
    private final ElementRef[] memoRefs = new ElementRef[MEMO_SIZE];

    /** An interner with a store of its own. */
    public Interner() {
      this(new Store());
    }

    /** An interner sharing {@code store} with other interners. */
    public Interner(Store store) {
      this.store = store;
    }

    /**
     * The reference written {@code text}, the same instance each time.
     *
     * @throws dev.crosswalk.core.InvalidReferenceException if the text is not a reference
     */
    ElementRef ref(String text) {
      // References read through text() are the same String each time they repeat in a document:
      // a direct-mapped memo by identity answers most of them before the shared store.
      int i = text.hashCode() & (MEMO_SIZE - 1);
      if (memoTexts[i] == text) {
        return memoRefs[i];
      }
      ElementRef r = store.refs.get(text);
      if (r == null) {
        r = ElementRef.parse(text);
        ElementRef raced = store.refs.putIfAbsent(text, r);
        r = raced != null ? raced : r;
      }
      memoTexts[i] = text;
      memoRefs[i] = r;
      return r;
    }

    /**
     * The sorted map of these attributes, the same instance for equal maps: the requirements of
     * a framework repeat a few combinations (rule, safeguard, designation) many times.
     */
    ImmutableSortedMap<String, String> attributes(Map<String, String> attributes) {
      ImmutableSortedMap<String, String> map = store.attributeMaps.get(attributes);
      if (map == null) {
        map = ImmutableSortedMap.copyOf(attributes);
        ImmutableSortedMap<String, String> raced = store.attributeMaps.putIfAbsent(map, map);
        map = raced != null ? raced : map;
      }
      return map;
    }

    /**
     * The sorted set of the citations a {@code sources} array as read holds, the same instance for
     * an equal array; {@code decode} turns one entry into a citation and reports a bad one.
     */
    ImmutableSortedSet<Citation> citations(List<?> entries, java.util.function.IntFunction<Citation> decode) {
      ImmutableSortedSet<Citation> set = store.citationSets.get(entries);
      if (set == null) {
        List<Citation> decoded = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
          decoded.add(decode.apply(i));
        }
        set = ImmutableSortedSet.copyOf(decoded);
        ImmutableSortedSet<Citation> raced = store.citationSets.putIfAbsent(List.copyOf(entries), set);
        set = raced != null ? raced : set;
      }
      return set;
    }

    /**
     * The string of {@code length} characters of {@code chars} from {@code offset}, the same
     * instance each time: for member values that repeat across items (see {@link ItemCodec#repeats}).
     */
    public String text(char[] chars, int offset, int length) {
      return texts.get(chars, offset, length);
    }
  }

  /**
   * The members of one item as read, each with where it was read, with typed access that fails
   * with a {@link CrosswalkFormatException} at the member at fault.
   */
  public static final class Members {
    private final ItemCodec<?> codec;
    private final ItemKind kind;
    private final Interner interner;
    private Origin at;
    /** Member values by index in {@link ItemCodec#members()}; null when absent. */
    private final Object[] values;
    /** Where each member was read, when given as an {@link Origin}; made on first use. */
    private Origin[] origins;
    /** Where each member was read (line, column), when given as numbers; the origin is made on failure. */
    private final long[] positions;
    /** Bit i is set when member i has a value: {@link #reset} clears only those. */
    private int present;
    /**
     * The format version the document declares, {@code MAJOR.MINOR}; members added later are
     * refused. Null when not declared: everything is allowed.
     */
    private String declared;
    /** Whether the declared version is older than the kind's {@link ItemKind#since()}. */
    private boolean beforeKind;
    /** Whether the declared version is older than 1.1. */
    private boolean before11;

    /** Empty members of an item of {@code kind} that starts at {@code at}, sharing values through {@code interner}. */
    public Members(ItemKind kind, Origin at, Interner interner) {
      this.codec = ItemCodecs.of(kind);
      this.kind = kind;
      this.at = at;
      this.interner = interner;
      this.values = new Object[codec.members().size()];
      this.positions = new long[2 * codec.members().size()];
    }

    /**
     * Declares the format version, {@code MAJOR.MINOR}, of the document the members are read
     * from: a member a later version added is then an error at that member. Without a declaration
     * (JSON Lines, which has no version line), every member this library knows is allowed.
     *
     * @throws IllegalArgumentException if the version is not {@code MAJOR.MINOR}
     */
    public void declare(String version) {
      this.declared = version;
      this.beforeKind = compare(version, kind.since()) < 0;
      this.before11 = compare(version, ItemCodec.V1_1) < 0;
    }

    /** Compares two versions {@code MAJOR.MINOR}. */
    private static int compare(String a, String b) {
      int[] x = parts(a);
      int[] y = parts(b);
      return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }

    private static int[] parts(String version) {
      int dot = version.indexOf('.');
      try {
        return new int[] {Integer.parseInt(version.substring(0, Math.max(dot, 0))),
            Integer.parseInt(version.substring(dot + 1))};
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("format version '" + version + "' is not MAJOR.MINOR", e);
      }
    }

    /** Whether the member at {@code slot} holds texts that repeat across items ({@link ItemCodec#repeats}). */
    public boolean repeats(int slot) {
      return codec.repeats(slot);
    }

    /**
     * Empties these members for the next item of the same kind, which starts at {@code next}: a
     * reader of many items needs one instance, not one per item.
     */
    public void reset(Origin next) {
      this.at = next;
      for (int bits = present; bits != 0; bits &= bits - 1) {
        int i = Integer.numberOfTrailingZeros(bits);
        values[i] = null;
        if (origins != null) {
          origins[i] = null;
        }
      }
      present = 0;
    }

    /**
     * Adds a member read by {@link JsonValues#read}.
     *
     * @throws CrosswalkFormatException if the kind has no such member
     */
    public void put(String name, Object value, Origin origin) {
      int i = index(name, origin);
      if (origins == null) {
        origins = new Origin[values.length];
      }
      values[i] = value;
      origins[i] = origin;
      present |= 1 << i;
    }

    /**
     * The index of member {@code name} in the kind's members, for {@link #put(int, Object, long,
     * long)}; -1 when the kind has no such member.
     */
    public int slot(String name) {
      return codec.slot(name);
    }

    /** The failure for a member the kind does not have, read at {@code origin}. */
    public CrosswalkFormatException unknownMember(String name, Origin origin) {
      return new CrosswalkFormatException(origin.source(), origin.line(), origin.column(), origin.pointer(),
          "unknown member '" + name + "' for a " + kind.typeName() + "; allowed: "
              + String.join(", ", codec.members()) + " (put your own data inside 'extensions')", null);
    }

    /**
     * Adds the member in {@code slot}, read by {@link JsonValues#read} at {@code line:column} of
     * the item's source; its pointer is the item's plus the member's name.
     *
     * @throws CrosswalkFormatException if the member was already given
     */
    public void put(int slot, Object value, long line, long column) {
      if (values[slot] != null) {
        String name = codec.members().get(slot);
        throw new CrosswalkFormatException(at.source(), line, column, at.pointer() + "/" + JsonValues.escape(name),
            "Duplicate field '" + name + "'", null);
      }
      values[slot] = value;
      present |= 1 << slot;
      if (origins != null) {
        origins[slot] = null;
      }
      positions[2 * slot] = line;
      positions[2 * slot + 1] = column;
    }

    private int index(String name, Origin origin) {
      int i = slot(name);
      if (i < 0) {
        throw unknownMember(name, origin);
      }
      return i;
    }

    private Object value(String name) {
      return values[slot(name)];
    }

    private boolean has(String name) {
      return value(name) != null;
    }

    /**
     * Decodes the item and adds it to a builder with its origin.
     *
     * @throws CrosswalkFormatException if a member is missing, of the wrong type or invalid
     */
    public void addTo(CrosswalkBuilder builder) {
      builder.add(decode(), at);
    }

    /**
     * Decodes the item.
     *
     * @throws CrosswalkFormatException if the kind is newer than the declared format version, or
     *     a member is missing, of the wrong type or invalid
     */
    public CrosswalkItem decode() {
      if (beforeKind) {
        throw new CrosswalkFormatException(at.source(), at.line(), at.column(), at.pointer(),
            "'" + kind.section() + "' needs formatVersion " + kind.since() + " or later; the document declares "
                + declared, null);
      }
      try {
        return codec.decode(this);
      } catch (CrosswalkFormatException e) {
        throw e;
      } catch (CrosswalkException | IllegalArgumentException | NullPointerException e) {
        // The records' constructors validate; report at the item.
        throw new CrosswalkFormatException(at.source(), at.line(), at.column(), at.pointer(),
            "invalid " + kind.typeName() + ": " + e.getMessage(), e);
      }
    }

    String req(String name) {
      Object v = value(name);
      if (v == null) {
        throw new CrosswalkFormatException(at.source(), at.line(), at.column(), at.pointer(),
            "the " + kind.typeName() + " has no '" + name + "'; it is required", null);
      }
      if (!(v instanceof String s)) {
        throw fail(name, "", "expected a string, got " + JsonValues.describe(v));
      }
      return s;
    }

    Optional<String> opt(String name) {
      return has(name) ? Optional.of(req(name)) : Optional.empty();
    }

    ElementRef ref(String name) {
      String text = req(name);
      try {
        return interner.ref(text);
      } catch (CrosswalkException e) {
        throw fail(name, "", e.getMessage());
      }
    }

    /** A value that only format 1.1 has, when present and not empty: refused in an older document. */
    <T> T since11(String member, T value) {
      if (value instanceof Map<?, ?> m && !m.isEmpty() && before11) {
        throw fail(member, "", "'" + member + "' of a " + kind.typeName()
            + " needs formatVersion " + ItemCodec.V1_1 + " or later; the document declares " + declared);
      }
      return value;
    }

    /** A mapping end: an element reference, or (1.1) an array of two or more, a joint end. */
    MappingEnd end(String name) {
      Object v = value(name);
      if (!(v instanceof List<?>)) {
        return ref(name);
      }
      if (before11) {
        throw fail(name, "", "a joint " + name + " (an array) needs formatVersion " + ItemCodec.V1_1
            + " or later; the document declares " + declared);
      }
      List<ElementRef> members = refs(name);
      try {
        return Joint.of(members);
      } catch (InvalidValueException e) {
        throw fail(name, "", e.getMessage());
      }
    }

    /** A non-empty array of source ids or (1.1) {@code {"id", "locator"}} objects, e.g. {@code sources}. */
    ImmutableSortedSet<Citation> citations(String name) {
      Object v = value(name);
      if (v == null) {
        req(name);
      }
      if (!(v instanceof List<?> l)) {
        throw fail(name, "", "expected an array of source ids or citations, got " + JsonValues.describe(v));
      }
      if (l.isEmpty()) {
        throw fail(name, "", "'" + name + "' must not be empty");
      }
      return interner.citations(l, i -> citation(name, l.get(i), i));
    }

    private Citation citation(String name, Object entry, int index) {
      String at = "/" + index;
      try {
        if (entry instanceof String id) {
          return Citation.of(id);
        }
        if (!(entry instanceof Map<?, ?> m)) {
          throw fail(name, at, "expected a source id or a citation object {\"id\", \"locator\"}, got "
              + JsonValues.describe(entry));
        }
        if (before11) {
          throw fail(name, at, "a citation object needs formatVersion " + ItemCodec.V1_1
              + " or later; the document declares " + declared + " (write the source id alone)");
        }
        for (Object key : m.keySet()) {
          if (!key.equals(CITATION_ID) && !key.equals(LOCATOR)) {
            throw fail(name, at + "/" + JsonValues.escape((String) key), "unknown member '" + key
                + "' for a citation; allowed: id, locator");
          }
        }
        Object id = m.get(CITATION_ID);
        if (!(id instanceof String sourceId)) {
          throw fail(name, at, "a citation needs 'id', the source id as a string");
        }
        Object locator = m.get(LOCATOR);
        if (locator == null) {
          return Citation.of(sourceId);
        }
        if (!(locator instanceof String text)) {
          throw fail(name, at + "/locator", "expected a string, got " + JsonValues.describe(locator));
        }
        return Citation.of(sourceId, text);
      } catch (CrosswalkFormatException e) {
        throw e;
      } catch (CrosswalkException | IllegalArgumentException e) {
        throw fail(name, at, e.getMessage());
      }
    }

    Optional<ElementRef> optRef(String name) {
      return has(name) ? Optional.of(ref(name)) : Optional.empty();
    }

    ImmutableList<ElementRef> refs(String name) {
      List<String> texts = strings(name);
      if (texts.isEmpty()) {
        return ImmutableList.of();
      }
      List<ElementRef> out = new ArrayList<>(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        try {
          out.add(interner.ref(texts.get(i)));
        } catch (CrosswalkException e) {
          throw fail(name, "/" + i, e.getMessage());
        }
      }
      return ImmutableList.copyOf(out);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> enumType) {
      String text = req(name);
      try {
        return Enum.valueOf(enumType, text); // a cached look-up; getEnumConstants() copies an array
      } catch (IllegalArgumentException notAConstant) {
        // reported below
      }
      throw fail(name, "", "'" + text + "' is not a valid " + name + "; use one of "
          + Arrays.toString(enumType.getEnumConstants()));
    }

    int strength(String name) {
      Object v = value(name);
      if (v == null) {
        req(name);
      }
      if (v instanceof JsonValues.NumberText n && isSmallInteger(n.text())) {
        return Integer.parseInt(n.text());
      }
      throw fail(name, "", "expected an integer from 1 to 10, got " + JsonValues.describe(v));
    }

    /** True for {@code -?[0-9]{1,9}}. */
    private static boolean isSmallInteger(String text) {
      int start = text.startsWith("-") ? 1 : 0;
      int digits = text.length() - start;
      if (digits < 1 || digits > 9) {
        return false;
      }
      for (int i = start; i < text.length(); i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    boolean bool(String name, boolean absent) {
      Object v = value(name);
      if (v == null) {
        return absent;
      }
      if (!(v instanceof Boolean b)) {
        throw fail(name, "", "expected true or false, got " + JsonValues.describe(v));
      }
      return b;
    }

    List<String> strings(String name) {
      Object v = value(name);
      if (v == null) {
        return List.of();
      }
      if (!(v instanceof List<?> l)) {
        throw fail(name, "", "expected an array of strings, got " + JsonValues.describe(v));
      }
      for (int i = 0; i < l.size(); i++) {
        if (!(l.get(i) instanceof String)) {
          throw fail(name, "/" + i, "expected a string, got " + JsonValues.describe(l.get(i)));
        }
      }
      // Every element was just checked; the list is the reader's own, read for this item only.
      @SuppressWarnings("unchecked")
      List<String> strings = (List<String>) l;
      return strings;
    }

    ImmutableSortedMap<String, String> attributes(String name) {
      Object v = value(name);
      if (v == null) {
        return ImmutableSortedMap.of();
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw fail(name, "", "expected an object of strings, got " + JsonValues.describe(v));
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String)) {
          String key = (String) e.getKey();
          throw fail(name, "/" + JsonValues.escape(key),
              "attribute '" + key + "' must be a string, got " + JsonValues.describe(e.getValue()));
        }
      }
      @SuppressWarnings("unchecked") // string keys (JSON), and every value was just checked to be a string
      Map<String, String> strings = (Map<String, String>) m;
      return interner.attributes(strings);
    }

    Extensions extensions(String name) {
      Object v = value(name);
      if (v == null) {
        return Extensions.EMPTY;
      }
      if (!(v instanceof Map<?, ?>)) {
        throw fail(name, "", "'" + name + "' must be an object, got " + JsonValues.describe(v));
      }
      return new Extensions(JsonValues.canonicalText(v));
    }

    private CrosswalkFormatException fail(String member, String subPointer, String problem) {
      Origin o = origin(member);
      return new CrosswalkFormatException(o.source(), o.line(), o.column(), o.pointer() + subPointer, problem, null);
    }

    /** Where a member was read; the item's origin when it is absent. */
    private Origin origin(String member) {
      int i = slot(member);
      if (values[i] == null) {
        return at;
      }
      if (origins != null && origins[i] != null) {
        return origins[i];
      }
      return new Origin(at.source(), positions[2 * i], positions[2 * i + 1], at.pointer() + "/" + JsonValues.escape(member));
    }
  }
}
