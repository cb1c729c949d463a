package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.FormatVersion;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one definition of how each crosswalk item (framework, source, requirement, control,
 * mapping, no-counterpart) is written as JSON members and decoded from them, shared by the
 * canonical document format and JSON Lines so that the two can never drift apart. Not API.
 */
public final class Items {
  /** An item type: its name in JSON Lines, its section in the canonical document, its members. */
  public enum Type {
    FRAMEWORK("framework", "frameworks", "id", "name", "edition", "publisher", "kind", "sourceUrl", "license",
        "attributes", "extensions"),
    SOURCE("source", "sources", "id", "title", "url", "publisher", "date"),
    REQUIREMENT("requirement", "requirements", "id", "title", "kind", "parent", "text", "aliases", "assessable",
        "attributes", "extensions"),
    CONTROL("control", "controls", "id", "title", "description", "attributes", "extensions"),
    MAPPING("mapping", "mappings", "source", "target", "relationship", "rationale", "strength", "justification",
        "sources", "derivedVia"),
    NO_COUNTERPART("noCounterpart", "noCounterparts", "element", "framework", "reason", "sources"),
    ADDITION("addition", "additions", "element", "framework", "statement", "sources");

    private final String typeName;
    private final String section;
    private final ImmutableList<String> members;
    private final ImmutableMap<String, Integer> memberIndex;
    private final String[] memberArray;
    private final boolean[] repeats;

    Type(String typeName, String section, String... members) {
      this.typeName = typeName;
      this.section = section;
      if (members.length > Integer.SIZE) {
        throw new IllegalStateException("Members keeps its present members in an int");
      }
      this.members = ImmutableList.copyOf(members);
      ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
      for (int i = 0; i < members.length; i++) {
        index.put(members[i], i);
      }
      this.memberIndex = index.buildOrThrow();
      this.memberArray = members.clone();
      this.repeats = new boolean[members.length];
      for (String repeating : List.of("kind", "parent", "source", "target", "relationship", "rationale", "sources",
          "derivedVia", "element", "framework")) {
        Integer i = memberIndex.get(repeating);
        if (i != null) {
          repeats[i] = true;
        }
      }
    }

    /**
     * Whether the member at {@code slot} of {@link #members()} holds texts that repeat across
     * items (references, enum names, source ids), which readers share through {@link
     * Interner#text}.
     */
    public boolean repeats(int slot) {
      return repeats[slot];
    }

    /** The item's name, e.g. {@code requirement} (the JSON Lines {@code type}). */
    public String typeName() {
      return typeName;
    }

    /** The canonical document's array holding these items, e.g. {@code requirements}. */
    public String section() {
      return section;
    }

    /** The members an item of this type may have, in canonical order. */
    public ImmutableList<String> members() {
      return members;
    }

    private static final ImmutableMap<String, Type> BY_NAME;
    private static final ImmutableMap<String, Type> BY_SECTION;

    static {
      ImmutableMap.Builder<String, Type> byName = ImmutableMap.builder();
      ImmutableMap.Builder<String, Type> bySection = ImmutableMap.builder();
      for (Type t : values()) {
        byName.put(t.typeName, t);
        bySection.put(t.section, t);
      }
      BY_NAME = byName.buildOrThrow();
      BY_SECTION = bySection.buildOrThrow();
    }

    /** The type named {@code name} ({@code requirement}, ...), if any. */
    public static Optional<Type> ofName(String name) {
      return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The type whose canonical section is {@code section} ({@code requirements}, ...), if any. */
    public static Optional<Type> ofSection(String section) {
      return Optional.ofNullable(BY_SECTION.get(section));
    }

    /** The type names, in canonical order. */
    public static List<String> names() {
      return BY_NAME.keySet().asList();
    }

    /** The section names, in canonical order. */
    public static List<String> sections() {
      return BY_SECTION.keySet().asList();
    }
  }

  private Items() {}

  // ---- writing -------------------------------------------------------------------------------

  /** Receives the items of a crosswalk in canonical order. */
  @FunctionalInterface
  public interface ItemSink {
    /** Called for each non-empty type before its items, then once per item. */
    void item(Type type, Object item) throws IOException;
  }

  /** The items of one type in canonical order. */
  public static Collection<?> itemsOf(Crosswalk c, Type type) {
    return switch (type) {
      case FRAMEWORK -> c.frameworks().values();
      case SOURCE -> c.sources().values();
      case REQUIREMENT -> c.requirements().values();
      case CONTROL -> c.controls().values();
      case MAPPING -> c.mappings();
      case NO_COUNTERPART -> c.noCounterparts();
      case ADDITION -> c.additions();
    };
  }

  /** The first format version that has these members: 1.1 for what 1.1 added. */
  private static final FormatVersion V1_1 = new FormatVersion(1, 1);

  /**
   * The lowest format version that can hold everything in {@code c}: 1.0 unless it uses
   * something 1.1 added (framework attributes, joint ends, citations with a locator, additions).
   */
  public static FormatVersion requiredVersion(Crosswalk c) {
    if (!c.additions().isEmpty()) {
      return V1_1;
    }
    for (Framework f : c.frameworks().values()) {
      if (!f.attributes().isEmpty()) {
        return V1_1;
      }
    }
    for (Mapping m : c.mappings()) {
      if (m.isJoint() || hasLocator(m.citations())) {
        return V1_1;
      }
    }
    for (NoCounterpart n : c.noCounterparts()) {
      if (hasLocator(n.citations())) {
        return V1_1;
      }
    }
    return new FormatVersion(1, 0);
  }

  private static boolean hasLocator(Collection<Citation> citations) {
    for (Citation c : citations) {
      if (c.hasLocator()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Writes an item's members (not the enclosing braces) in canonical order; absent optional
   * members and empty collections are left out.
   *
   * @throws CrosswalkDataException if the item's extensions are not well-formed JSON
   */
  public static void writeMembers(JsonGenerator g, Object item) throws IOException {
    if (item instanceof Framework f) {
      g.writeStringField("id", f.id());
      g.writeStringField("name", f.name());
      g.writeStringField("edition", f.edition());
      g.writeStringField("publisher", f.publisher());
      g.writeStringField("kind", f.kind().name());
      optional(g, "sourceUrl", f.sourceUrl());
      optional(g, "license", f.license());
      attributes(g, f.attributes());
      extensions(g, f.extensions(), "framework " + f.id());
    } else if (item instanceof Source s) {
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      optional(g, "url", s.url());
      optional(g, "publisher", s.publisher());
      optional(g, "date", s.date());
    } else if (item instanceof Requirement r) {
      g.writeStringField("id", r.id().toString());
      g.writeStringField("title", r.title());
      g.writeStringField("kind", r.kind());
      optional(g, "parent", r.parent().map(ElementRef::toString));
      if (!r.text().isEmpty()) {
        g.writeStringField("text", r.text());
      }
      strings(g, "aliases", r.aliases());
      if (!r.assessable()) {
        g.writeBooleanField("assessable", false);
      }
      attributes(g, r.attributes());
      extensions(g, r.extensions(), "requirement " + r.id());
    } else if (item instanceof Control c) {
      g.writeStringField("id", c.id().toString());
      g.writeStringField("title", c.title());
      g.writeStringField("description", c.description());
      attributes(g, c.attributes());
      extensions(g, c.extensions(), "control " + c.id());
    } else if (item instanceof Mapping m) {
      end(g, "source", m.source());
      end(g, "target", m.target());
      g.writeStringField("relationship", m.relationship().name());
      g.writeStringField("rationale", m.rationale().name());
      g.writeNumberField("strength", m.strength());
      g.writeStringField("justification", m.justification());
      citations(g, m.citations());
      strings(g, "derivedVia", m.derivedVia().stream().map(ElementRef::toString).toList());
    } else if (item instanceof NoCounterpart n) {
      g.writeStringField("element", n.element().toString());
      g.writeStringField("framework", n.framework());
      g.writeStringField("reason", n.reason());
      citations(g, n.citations());
    } else if (item instanceof Addition a) {
      g.writeStringField("element", a.element().toString());
      g.writeStringField("framework", a.framework());
      g.writeStringField("statement", a.statement());
      citations(g, a.citations());
    } else {
      throw new IllegalArgumentException("not a crosswalk item: " + item);
    }
  }

  /** A single-element end as a string, a joint end as an array of its members. */
  private static void end(JsonGenerator g, String name, MappingEnd end) throws IOException {
    if (end instanceof ElementRef ref) {
      g.writeStringField(name, ref.toString());
      return;
    }
    strings(g, name, end.members().stream().map(ElementRef::toString).toList());
  }

  /** {@code sources}: a bare id per citation without a locator, an object per citation with one. */
  private static void citations(JsonGenerator g, Collection<Citation> citations) throws IOException {
    g.writeArrayFieldStart("sources");
    for (Citation c : citations) {
      if (c.locator().isEmpty()) {
        g.writeString(c.source());
      } else {
        g.writeStartObject();
        g.writeStringField("id", c.source());
        g.writeStringField("locator", c.locator().get());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void strings(JsonGenerator g, String name, Collection<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void attributes(JsonGenerator g, Map<String, String> attributes) throws IOException {
    if (attributes.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("attributes");
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void extensions(JsonGenerator g, Extensions extensions, String owner) throws IOException {
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
    g.writeFieldName("extensions");
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
     * instance each time: for member values that repeat across items (see {@link Type#repeats}).
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
    private final Type type;
    private final Interner interner;
    private Origin at;
    /** Member values by index in {@link Type#members()}; null when absent. */
    private final Object[] values;
    /** Where each member was read, when given as an {@link Origin}; made on first use. */
    private Origin[] origins;
    /** Where each member was read (line, column), when given as numbers; the origin is made on failure. */
    private final long[] positions;
    /** Bit i is set when member i has a value: {@link #reset} clears only those. */
    private int present;
    /** The format version the document declares; members added later are refused. */
    private FormatVersion declared = FormatVersion.CURRENT;

    /** Empty members of an item of {@code type} that starts at {@code at}, sharing values through {@code interner}. */
    public Members(Type type, Origin at, Interner interner) {
      this.type = type;
      this.at = at;
      this.interner = interner;
      this.values = new Object[type.members.size()];
      this.positions = new long[2 * type.members.size()];
    }

    /**
     * Declares the format version of the document the members are read from: a member a later
     * version added is then an error at that member. Without a declaration (JSON Lines, which
     * has no version line), every member of {@link FormatVersion#CURRENT} is allowed.
     */
    public void declare(FormatVersion version) {
      this.declared = version;
    }

    /**
     * Empties these members for the next item of the same type, which starts at {@code next}: a
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
     * @throws CrosswalkFormatException if the type has no such member
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
     * The index of member {@code name} in {@link Type#members()}, for {@link #put(int, Object,
     * long, long)}; -1 when the type has no such member.
     */
    public int slot(String name) {
      // Jackson interns member names, so they are usually the very constants of Type.members.
      for (int i = 0; i < type.memberArray.length; i++) {
        if (type.memberArray[i] == name) {
          return i;
        }
      }
      Integer i = type.memberIndex.get(name);
      return i == null ? -1 : i;
    }

    /** The failure for a member the type does not have, read at {@code origin}. */
    public CrosswalkFormatException unknownMember(String name, Origin origin) {
      return new CrosswalkFormatException(origin.source(), origin.line(), origin.column(), origin.pointer(),
          "unknown member '" + name + "' for a " + type.typeName() + "; allowed: "
              + String.join(", ", type.members()) + " (put your own data inside 'extensions')", null);
    }

    /**
     * Adds the member in {@code slot}, read by {@link JsonValues#read} at {@code line:column} of
     * the item's source; its pointer is the item's plus the member's name.
     *
     * @throws CrosswalkFormatException if the member was already given
     */
    public void put(int slot, Object value, long line, long column) {
      if (values[slot] != null) {
        throw new CrosswalkFormatException(at.source(), line, column,
            at.pointer() + "/" + JsonValues.escape(type.members.get(slot)),
            "Duplicate field '" + type.members.get(slot) + "'", null);
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
      Object item = decode();
      switch (type) {
        case FRAMEWORK -> builder.addFramework((Framework) item, at);
        case SOURCE -> builder.addSource((Source) item, at);
        case REQUIREMENT -> builder.addRequirement((Requirement) item, at);
        case CONTROL -> builder.addControl((Control) item, at);
        case MAPPING -> builder.addMapping((Mapping) item, at);
        case NO_COUNTERPART -> builder.addNoCounterpart((NoCounterpart) item, at);
        case ADDITION -> builder.addAddition((Addition) item, at);
      }
    }

    /**
     * Decodes the item.
     *
     * @throws CrosswalkFormatException if a member is missing, of the wrong type or invalid
     */
    public Object decode() {
      try {
        return switch (type) {
          case FRAMEWORK -> new Framework(req("id"), req("name"), req("edition"), req("publisher"),
              enumValue("kind", FrameworkKind.class), opt("sourceUrl"), opt("license"), since11("attributes",
                  attributes()), extensions());
          case SOURCE -> new Source(req("id"), req("title"), opt("url"), opt("publisher"), opt("date"));
          case REQUIREMENT -> new Requirement(ref("id"), req("title"), req("kind"), optRef("parent"),
              opt("text").orElse(""), ImmutableList.copyOf(strings("aliases")), bool("assessable", true),
              attributes(), extensions());
          case CONTROL -> new Control(ref("id"), req("title"), req("description"), attributes(), extensions());
          case MAPPING -> new Mapping(end("source"), end("target"), enumValue("relationship", Relationship.class),
              enumValue("rationale", Rationale.class), strength(), req("justification"),
              citations(), refs("derivedVia"));
          case NO_COUNTERPART -> new NoCounterpart(ref("element"), req("framework"), req("reason"), citations());
          case ADDITION -> {
            if (declared.compareTo(V1_1) < 0) {
              throw new CrosswalkFormatException(at.source(), at.line(), at.column(), at.pointer(),
                  "'additions' needs formatVersion 1.1 or later; the document declares " + declared, null);
            }
            yield new Addition(ref("element"), req("framework"), req("statement"), citations());
          }
        };
      } catch (CrosswalkFormatException e) {
        throw e;
      } catch (CrosswalkException | IllegalArgumentException | NullPointerException e) {
        // The records' constructors validate; report at the item.
        throw new CrosswalkFormatException(at.source(), at.line(), at.column(), at.pointer(),
            "invalid " + type.typeName() + ": " + e.getMessage(), e);
      }
    }

    private String req(String name) {
      Object v = value(name);
      if (v == null) {
        throw new CrosswalkFormatException(at.source(), at.line(), at.column(), at.pointer(),
            "the " + type.typeName() + " has no '" + name + "'; it is required", null);
      }
      if (!(v instanceof String s)) {
        throw fail(name, "", "expected a string, got " + JsonValues.describe(v));
      }
      return s;
    }

    private Optional<String> opt(String name) {
      return has(name) ? Optional.of(req(name)) : Optional.empty();
    }

    private ElementRef ref(String name) {
      String text = req(name);
      try {
        return interner.ref(text);
      } catch (CrosswalkException e) {
        throw fail(name, "", e.getMessage());
      }
    }

    /** A value that only format 1.1 has, when present and not empty: refused in an older document. */
    private <T> T since11(String member, T value) {
      if (declared.compareTo(V1_1) < 0 && value instanceof Map<?, ?> m && !m.isEmpty()) {
        throw fail(member, "", "'" + member + "' of a " + type.typeName()
            + " needs formatVersion 1.1 or later; the document declares " + declared);
      }
      return value;
    }

    /** A mapping end: an element reference, or (1.1) an array of two or more, a joint end. */
    private MappingEnd end(String name) {
      Object v = value(name);
      if (!(v instanceof List<?>)) {
        return ref(name);
      }
      if (declared.compareTo(V1_1) < 0) {
        throw fail(name, "", "a joint " + name + " (an array) needs formatVersion 1.1 or later; the document declares "
            + declared);
      }
      List<ElementRef> members = refs(name);
      try {
        return Joint.of(members);
      } catch (IllegalArgumentException e) {
        throw fail(name, "", e.getMessage());
      }
    }

    /** {@code sources}: a non-empty array of source ids or (1.1) {@code {"id", "locator"}} objects. */
    private ImmutableSortedSet<Citation> citations() {
      Object v = value("sources");
      if (v == null) {
        req("sources");
      }
      if (!(v instanceof List<?> l)) {
        throw fail("sources", "", "expected an array of source ids or citations, got " + JsonValues.describe(v));
      }
      if (l.isEmpty()) {
        throw fail("sources", "", "'sources' must not be empty");
      }
      return interner.citations(l, i -> citation(l.get(i), i));
    }

    private Citation citation(Object entry, int index) {
      String at = "/" + index;
      try {
        if (entry instanceof String id) {
          return Citation.of(id);
        }
        if (!(entry instanceof Map<?, ?> m)) {
          throw fail("sources", at, "expected a source id or a citation object {\"id\", \"locator\"}, got "
              + JsonValues.describe(entry));
        }
        if (declared.compareTo(V1_1) < 0) {
          throw fail("sources", at, "a citation object needs formatVersion 1.1 or later; the document declares "
              + declared + " (write the source id alone)");
        }
        for (Object key : m.keySet()) {
          if (!key.equals("id") && !key.equals("locator")) {
            throw fail("sources", at + "/" + JsonValues.escape((String) key), "unknown member '" + key
                + "' for a citation; allowed: id, locator");
          }
        }
        Object id = m.get("id");
        if (!(id instanceof String sourceId)) {
          throw fail("sources", at, "a citation needs 'id', the source id as a string");
        }
        Object locator = m.get("locator");
        if (locator == null) {
          return Citation.of(sourceId);
        }
        if (!(locator instanceof String text)) {
          throw fail("sources", at + "/locator", "expected a string, got " + JsonValues.describe(locator));
        }
        return Citation.of(sourceId, text);
      } catch (CrosswalkFormatException e) {
        throw e;
      } catch (CrosswalkException | IllegalArgumentException e) {
        throw fail("sources", at, e.getMessage());
      }
    }

    private Optional<ElementRef> optRef(String name) {
      return has(name) ? Optional.of(ref(name)) : Optional.empty();
    }

    private ImmutableList<ElementRef> refs(String name) {
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

    private <E extends Enum<E>> E enumValue(String name, Class<E> enumType) {
      String text = req(name);
      try {
        return Enum.valueOf(enumType, text); // a cached look-up; getEnumConstants() copies an array
      } catch (IllegalArgumentException notAConstant) {
        // reported below
      }
      throw fail(name, "", "'" + text + "' is not a valid " + name + "; use one of "
          + Arrays.toString(enumType.getEnumConstants()));
    }

    private int strength() {
      Object v = value("strength");
      if (v == null) {
        req("strength");
      }
      if (v instanceof JsonValues.NumberText n && isSmallInteger(n.text())) {
        return Integer.parseInt(n.text());
      }
      throw fail("strength", "", "expected an integer from 1 to 10, got " + JsonValues.describe(v));
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

    private boolean bool(String name, boolean absent) {
      Object v = value(name);
      if (v == null) {
        return absent;
      }
      if (!(v instanceof Boolean b)) {
        throw fail(name, "", "expected true or false, got " + JsonValues.describe(v));
      }
      return b;
    }

    private List<String> strings(String name) {
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

    private ImmutableSortedMap<String, String> attributes() {
      Object v = value("attributes");
      if (v == null) {
        return ImmutableSortedMap.of();
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw fail("attributes", "", "expected an object of strings, got " + JsonValues.describe(v));
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getValue() instanceof String)) {
          String key = (String) e.getKey();
          throw fail("attributes", "/" + JsonValues.escape(key),
              "attribute '" + key + "' must be a string, got " + JsonValues.describe(e.getValue()));
        }
      }
      @SuppressWarnings("unchecked") // string keys (JSON), and every value was just checked to be a string
      Map<String, String> strings = (Map<String, String>) m;
      return interner.attributes(strings);
    }

    private Extensions extensions() {
      Object v = value("extensions");
      if (v == null) {
        return Extensions.EMPTY;
      }
      if (!(v instanceof Map<?, ?>)) {
        throw fail("extensions", "", "'extensions' must be an object, got " + JsonValues.describe(v));
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
