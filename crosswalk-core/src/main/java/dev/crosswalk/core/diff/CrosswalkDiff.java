package dev.crosswalk.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What moved between two crosswalks, for example between the data version a consumer pins and the
 * one it upgrades to: the frameworks, sources, requirements, controls, mappings and no-counterpart
 * records added, removed and changed, with the fields that differ.
 *
 * <pre>{@code
 * CrosswalkDiff diff = CrosswalkDiff.between(pinned, upgraded).labelled("1.0.0", "1.1.0");
 * if (!diff.isEmpty()) {
 *   System.out.print(diff.toText());            // "+", "-" and "~" lines
 *   diff.records().forEach(r -> csv.write(r.values()));
 * }
 * }</pre>
 *
 * <p>Items are matched by identity: frameworks and sources by id, requirements and controls by
 * reference, mappings by source and target (and the pivots of a derived mapping), no-counterpart
 * records by element and framework. A requirement whose reference changed is reported as removed
 * and added, and the removal says when the old reference is now an alias of the new one.
 *
 * <p>Immutable. The order of {@link #changes()} is deterministic: by {@link ItemKind}, then by
 * identity in the model's order; so are {@link #toText()} and {@link #records()}, byte for byte.
 */
public final class CrosswalkDiff {
  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_.:;/()\\[\\]-]+");
  private static final Pattern SEMVER = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");
  private static final Comparator<MappingKey> MAPPING_KEY_ORDER = Comparator.comparing(MappingKey::source, MappingEnd.ORDER)
      .thenComparing(MappingKey::target, MappingEnd.ORDER)
      .thenComparing(k -> !k.via().isEmpty())
      .thenComparing(k -> k.via().toString());
  private static final Comparator<NoCounterpartKey> NO_COUNTERPART_KEY_ORDER =
      Comparator.comparing(NoCounterpartKey::element).thenComparing(NoCounterpartKey::framework);
  private static final Comparator<AdditionKey> ADDITION_KEY_ORDER =
      Comparator.comparing(AdditionKey::element).thenComparing(AdditionKey::framework);

  private final String olderLabel;
  private final String newerLabel;
  private final Optional<String> olderDataVersion;
  private final Optional<String> newerDataVersion;
  private final ImmutableList<Change> changes;

  private CrosswalkDiff(String olderLabel, String newerLabel, Optional<String> olderDataVersion,
      Optional<String> newerDataVersion, ImmutableList<Change> changes) {
    this.olderLabel = olderLabel;
    this.newerLabel = newerLabel;
    this.olderDataVersion = olderDataVersion;
    this.newerDataVersion = newerDataVersion;
    this.changes = changes;
  }

  /** Compares two crosswalks; the sides are labelled {@code older} and {@code newer}. */
  public static CrosswalkDiff between(Crosswalk older, Crosswalk newer) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    List<Change> out = new ArrayList<>();
    compare(ItemKind.FRAMEWORK, older.frameworks(), newer.frameworks(), Comparator.<String>naturalOrder(),
        id -> id, CrosswalkDiff::fields, f -> f.name() + " (" + f.edition() + ")", out);
    compare(ItemKind.SOURCE, older.sources(), newer.sources(), Comparator.<String>naturalOrder(),
        id -> id, CrosswalkDiff::fields, Source::title, out);
    compare(ItemKind.REQUIREMENT, older.requirements(), newer.requirements(), Comparator.<ElementRef>naturalOrder(),
        ElementRef::toString, CrosswalkDiff::fields, Requirement::title, out);
    compare(ItemKind.CONTROL, older.controls(), newer.controls(), Comparator.<ElementRef>naturalOrder(),
        ElementRef::toString, CrosswalkDiff::fields, Control::title, out);
    compare(ItemKind.MAPPING, byKey(older.mappings(), MappingKey::of, MAPPING_KEY_ORDER),
        byKey(newer.mappings(), MappingKey::of, MAPPING_KEY_ORDER), MAPPING_KEY_ORDER, MappingKey::toString,
        CrosswalkDiff::fields, m -> m.relationship() + ", strength " + m.strength(), out);
    compare(ItemKind.NO_COUNTERPART, byKey(older.noCounterparts(), NoCounterpartKey::of, NO_COUNTERPART_KEY_ORDER),
        byKey(newer.noCounterparts(), NoCounterpartKey::of, NO_COUNTERPART_KEY_ORDER), NO_COUNTERPART_KEY_ORDER,
        NoCounterpartKey::toString, CrosswalkDiff::fields, NoCounterpart::reason, out);
    compare(ItemKind.ADDITION, byKey(older.additions(), AdditionKey::of, ADDITION_KEY_ORDER),
        byKey(newer.additions(), AdditionKey::of, ADDITION_KEY_ORDER), ADDITION_KEY_ORDER,
        AdditionKey::toString, CrosswalkDiff::fields, Addition::statement, out);
    for (int i = 0; i < out.size(); i++) {
      Change c = out.get(i);
      if (c.kind() == ItemKind.REQUIREMENT && c.type() == ChangeType.REMOVED) {
        ElementRef ref = ElementRef.parse(c.id());
        ElementRef now = newer.canonical(ref);
        if (!now.equals(ref)) {
          out.set(i, new Change(c.kind(), c.type(), c.id(), c.summary() + " (now an alias of " + now + ")", c.fields()));
        }
      }
    }
    return new CrosswalkDiff("older", "newer", Optional.empty(), Optional.empty(), ImmutableList.copyOf(out));
  }

  /**
   * Compares the crosswalks of two data providers, e.g. two releases of a data jar, labelled
   * {@code id dataVersion} and carrying their data versions.
   *
   * @throws dev.crosswalk.core.CrosswalkException if either provider's data cannot be loaded
   */
  public static CrosswalkDiff between(CrosswalkDataProvider older, CrosswalkDataProvider newer) {
    requireNonNull(older, "older");
    requireNonNull(newer, "newer");
    return between(older.load(), newer.load())
        .labelled(older.id() + " " + older.dataVersion(), newer.id() + " " + newer.dataVersion())
        .withDataVersions(older.dataVersion(), newer.dataVersion());
  }

  /** A copy with the sides labelled, e.g. with file names or {@code hipaa-soc2 1.0.0}. */
  public CrosswalkDiff labelled(String olderLabel, String newerLabel) {
    return new CrosswalkDiff(requireNonNull(olderLabel, "olderLabel"), requireNonNull(newerLabel, "newerLabel"),
        olderDataVersion, newerDataVersion, changes);
  }

  /**
   * A copy that knows the data versions of the two sides, so that {@link #versionWarning()} can
   * say when the data changed but its version did not, or went down.
   */
  public CrosswalkDiff withDataVersions(String olderDataVersion, String newerDataVersion) {
    return new CrosswalkDiff(olderLabel, newerLabel, Optional.of(requireNonNull(olderDataVersion, "olderDataVersion")),
        Optional.of(requireNonNull(newerDataVersion, "newerDataVersion")), changes);
  }

  /** The older side's label; {@code older} unless {@linkplain #labelled labelled}. */
  public String olderLabel() {
    return olderLabel;
  }

  /** The newer side's label; {@code newer} unless {@linkplain #labelled labelled}. */
  public String newerLabel() {
    return newerLabel;
  }

  /** The older side's data version, when known. */
  public Optional<String> olderDataVersion() {
    return olderDataVersion;
  }

  /** The newer side's data version, when known. */
  public Optional<String> newerDataVersion() {
    return newerDataVersion;
  }

  /** Every change, by kind, then by identity. */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /** The changes to one kind of item, by identity. */
  public ImmutableList<Change> changes(ItemKind kind) {
    requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** The change to one item, e.g. {@code (MAPPING, "hipaa:164.312(b) -> soc2:CC7.2")}, if it changed. */
  public Optional<Change> change(ItemKind kind, String id) {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    return changes.stream().filter(c -> c.kind() == kind && c.id().equals(id)).findFirst();
  }

  /** True when the two crosswalks hold the same items with the same fields. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** How many items of each kind were added, removed and changed, every kind listed, in kind order. */
  public ImmutableMap<ItemKind, ChangeCounts> counts() {
    EnumMap<ItemKind, ChangeCounts> out = new EnumMap<>(ItemKind.class);
    for (ItemKind kind : ItemKind.values()) {
      out.put(kind, count(changes(kind)));
    }
    return Maps.immutableEnumMap(out);
  }

  /** How many items of one kind were added, removed and changed. */
  public ChangeCounts counts(ItemKind kind) {
    return count(changes(kind));
  }

  /** How many items were added, removed and changed in all. */
  public ChangeCounts totals() {
    return count(changes);
  }

  /**
   * One line: the totals, then the counts of each kind that changed, e.g. {@code 2 added, 0
   * removed, 1 changed (requirement: 2 added, 0 removed, 0 changed; mapping: ...)}, or {@code no
   * changes}.
   */
  public String summary() {
    if (isEmpty()) {
      return "no changes";
    }
    List<String> kinds = new ArrayList<>();
    counts().forEach((kind, c) -> {
      if (c.total() > 0) {
        kinds.add(kind.id() + ": " + c);
      }
    });
    return totals() + " (" + String.join("; ", kinds) + ")";
  }

  /**
   * A warning about the data versions, when both are known: the data differs but the version is
   * the same, or the newer side's version is lower.
   */
  public Optional<String> versionWarning() {
    if (olderDataVersion.isEmpty() || newerDataVersion.isEmpty()) {
      return Optional.empty();
    }
    String o = olderDataVersion.get();
    String n = newerDataVersion.get();
    if (o.equals(n)) {
      return isEmpty() ? Optional.empty() : Optional.of("the data differs but both sides have data version " + o
          + "; a data release must change the data version");
    }
    var om = SEMVER.matcher(o);
    var nm = SEMVER.matcher(n);
    if (om.matches() && nm.matches()) {
      for (int g = 1; g <= 3; g++) {
        int cmp = Integer.compare(Integer.parseInt(nm.group(g)), Integer.parseInt(om.group(g)));
        if (cmp != 0) {
          return cmp < 0 ? Optional.of("the newer side's data version " + n + " is lower than the older side's " + o
              + "; were the sides swapped?") : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The diff as rows for a spreadsheet, CSV or JSON (columns {@link ChangeRecord#COLUMNS}): one
   * row per added or removed item, one per changed field, in {@link #changes()} order.
   */
  public ImmutableList<ChangeRecord> records() {
    ImmutableList.Builder<ChangeRecord> out = ImmutableList.builder();
    for (Change c : changes) {
      String kind = c.kind().id();
      String type = c.type().id();
      switch (c.type()) {
        case ADDED -> out.add(new ChangeRecord(kind, type, c.id(), "", "", c.summary()));
        case REMOVED -> out.add(new ChangeRecord(kind, type, c.id(), "", c.summary(), ""));
        case CHANGED -> c.fields().forEach(f -> out.add(new ChangeRecord(kind, type, c.id(), f.field(),
            f.oldValue().orElse(""), f.newValue().orElse(""))));
      }
    }
    return out.build();
  }

  /**
   * The diff as plain text for a terminal, one line per item: a header naming the sides, the
   * summary, any {@linkplain #versionWarning() version warning}, then {@code + kind id: summary}
   * for an added item, {@code -} for a removed one and {@code ~} for a changed one, followed by one
   * indented {@code field: old -> new} line per changed field. Values are quoted and escaped when
   * they are not simple tokens, so every item stays on its lines; {@code (none)} is an absent
   * value. Lines end with {@code \n}.
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("crosswalk diff: ").append(escape(olderLabel)).append(" -> ").append(escape(newerLabel)).append('\n');
    b.append(summary()).append('\n');
    versionWarning().ifPresent(w -> b.append("warning: ").append(w).append('\n'));
    for (Change c : changes) {
      b.append(c.type().symbol()).append(' ').append(c.kind().id()).append(' ').append(escape(c.id()))
          .append(": ").append(escape(c.summary())).append('\n');
      for (FieldChange f : c.fields()) {
        b.append("    ").append(escape(f.field())).append(": ").append(show(f.oldValue())).append(" -> ")
            .append(show(f.newValue())).append('\n');
      }
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CrosswalkDiff d && olderLabel.equals(d.olderLabel) && newerLabel.equals(d.newerLabel)
        && olderDataVersion.equals(d.olderDataVersion) && newerDataVersion.equals(d.newerDataVersion)
        && changes.equals(d.changes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(olderLabel, newerLabel, olderDataVersion, newerDataVersion, changes);
  }

  /** {@code CrosswalkDiff[older -> newer: summary]}. */
  @Override
  public String toString() {
    return "CrosswalkDiff[" + olderLabel + " -> " + newerLabel + ": " + summary() + "]";
  }

  // ---- comparing -----------------------------------------------------------------------------

  /** A mapping's identity. */
  private record MappingKey(MappingEnd source, MappingEnd target, ImmutableList<ElementRef> via) {
    static MappingKey of(Mapping m) {
      return new MappingKey(m.source(), m.target(), m.derivedVia());
    }

    @Override
    public String toString() {
      return source + " -> " + target + (via.isEmpty() ? "" : " via " + via);
    }
  }

  /** A no-counterpart record's identity. */
  private record NoCounterpartKey(ElementRef element, String framework) {
    static NoCounterpartKey of(NoCounterpart n) {
      return new NoCounterpartKey(n.element(), n.framework());
    }

    @Override
    public String toString() {
      return element + " in " + framework;
    }
  }

  /** An addition's identity. */
  private record AdditionKey(ElementRef element, String framework) {
    static AdditionKey of(Addition a) {
      return new AdditionKey(a.element(), a.framework());
    }

    @Override
    public String toString() {
      return element + " beyond " + framework;
    }
  }

  private static <K, T> Map<K, T> byKey(Collection<T> items, Function<T, K> key, Comparator<K> order) {
    Map<K, T> out = new TreeMap<>(order);
    items.forEach(i -> out.put(key.apply(i), i));
    return out;
  }

  private static <K, T> void compare(
      ItemKind kind, Map<K, T> older, Map<K, T> newer, Comparator<K> order, Function<K, String> id,
      Function<T, Map<String, Optional<String>>> fields, Function<T, String> summary, List<Change> out) {
    TreeSet<K> keys = new TreeSet<>(order);
    keys.addAll(older.keySet());
    keys.addAll(newer.keySet());
    for (K key : keys) {
      T o = older.get(key);
      T n = newer.get(key);
      if (o == null) {
        out.add(new Change(kind, ChangeType.ADDED, id.apply(key), summary.apply(n), ImmutableList.of()));
      } else if (n == null) {
        out.add(new Change(kind, ChangeType.REMOVED, id.apply(key), summary.apply(o), ImmutableList.of()));
      } else if (!o.equals(n)) {
        ImmutableList<FieldChange> changed = changedFields(fields.apply(o), fields.apply(n));
        if (!changed.isEmpty()) {
          out.add(new Change(kind, ChangeType.CHANGED, id.apply(key), summary.apply(n), changed));
        }
      }
    }
  }

  /** The fields whose values differ, in field order; attributes sorted by key at their place. */
  private static ImmutableList<FieldChange> changedFields(Map<String, Optional<String>> o, Map<String, Optional<String>> n) {
    List<String> order = new ArrayList<>(o.keySet());
    for (String name : n.keySet()) {
      if (!o.containsKey(name)) {
        order.add(name);
      }
    }
    List<String> bases = new ArrayList<>();
    for (String name : o.keySet()) {
      String base = base(name);
      if (!bases.contains(base)) {
        bases.add(base);
      }
    }
    order.sort(Comparator.comparing((String name) -> bases.indexOf(base(name))).thenComparing(name -> name));
    ImmutableList.Builder<FieldChange> out = ImmutableList.builder();
    for (String name : order) {
      Optional<String> before = o.getOrDefault(name, Optional.empty());
      Optional<String> after = n.getOrDefault(name, Optional.empty());
      if (!before.equals(after)) {
        out.add(new FieldChange(name, before, after));
      }
    }
    return out.build();
  }

  private static String base(String field) {
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  // ---- the fields of each kind, as text ------------------------------------------------------

  private static Map<String, Optional<String>> fields(Framework f) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("name", Optional.of(f.name()));
    m.put("edition", Optional.of(f.edition()));
    m.put("publisher", Optional.of(f.publisher()));
    m.put("kind", Optional.of(f.kind().name()));
    m.put("sourceUrl", f.sourceUrl());
    m.put("license", f.license());
    m.put("attributes", Optional.empty());
    f.attributes().forEach((k, v) -> m.put("attributes." + k, Optional.of(v)));
    m.put("extensions", extensions(f.extensions()));
    return m;
  }

  private static Map<String, Optional<String>> fields(Source s) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("title", Optional.of(s.title()));
    m.put("url", s.url());
    m.put("publisher", s.publisher());
    m.put("date", s.date());
    return m;
  }

  private static Map<String, Optional<String>> fields(Requirement r) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("title", Optional.of(r.title()));
    m.put("kind", Optional.of(r.kind()));
    m.put("parent", r.parent().map(ElementRef::toString));
    m.put("text", r.text().isEmpty() ? Optional.empty() : Optional.of(r.text()));
    m.put("aliases", joined(r.aliases()));
    m.put("assessable", Optional.of(String.valueOf(r.assessable())));
    m.put("attributes", Optional.empty());
    r.attributes().forEach((k, v) -> m.put("attributes." + k, Optional.of(v)));
    m.put("extensions", extensions(r.extensions()));
    return m;
  }

  private static Map<String, Optional<String>> fields(Control c) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("title", Optional.of(c.title()));
    m.put("description", Optional.of(c.description()));
    m.put("attributes", Optional.empty());
    c.attributes().forEach((k, v) -> m.put("attributes." + k, Optional.of(v)));
    m.put("extensions", extensions(c.extensions()));
    return m;
  }

  private static Map<String, Optional<String>> fields(Mapping x) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("relationship", Optional.of(x.relationship().name()));
    m.put("rationale", Optional.of(x.rationale().name()));
    m.put("strength", Optional.of(String.valueOf(x.strength())));
    m.put("justification", Optional.of(x.justification()));
    m.put("sources", cited(x.citations()));
    return m;
  }

  private static Map<String, Optional<String>> fields(NoCounterpart n) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("reason", Optional.of(n.reason()));
    m.put("sources", cited(n.citations()));
    return m;
  }

  private static Map<String, Optional<String>> fields(Addition a) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put("statement", Optional.of(a.statement()));
    m.put("sources", cited(a.citations()));
    return m;
  }

  /** Citations as {@code id;id (locator)}: bare ids for citations without a locator, as in 1.0. */
  private static Optional<String> cited(Collection<Citation> citations) {
    return joined(citations.stream().map(Citation::toString).toList());
  }

  private static Optional<String> joined(Collection<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(";", values));
  }

  private static Optional<String> extensions(Extensions e) {
    return e.isEmpty() ? Optional.empty() : Optional.of(e.json());
  }

  private static ChangeCounts count(List<Change> list) {
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (Change c : list) {
      switch (c.type()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        case CHANGED -> changed++;
      }
    }
    return new ChangeCounts(added, removed, changed);
  }

  // ---- text ----------------------------------------------------------------------------------

  private static String show(Optional<String> value) {
    if (value.isEmpty()) {
      return "(none)";
    }
    String v = value.get();
    return SIMPLE.matcher(v).matches() && !v.equals("(none)") ? v : "\"" + escape(v) + "\"";
  }

  /** Escapes what would break a line or be invisible: backslash, quote, controls, separators, lone surrogates. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
          boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
          boolean lone = Character.isSurrogate(c) && !pairedHigh && !pairedLow;
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || lone) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
