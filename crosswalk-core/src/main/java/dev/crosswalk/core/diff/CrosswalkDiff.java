package dev.crosswalk.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.internal.ItemCodec;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What moved between two crosswalks, for example between the data version a consumer pins and the
 * one it upgrades to: the items of every {@link ItemKind} added, removed and changed, with the
 * fields that differ.
 *
 * <pre>{@code
 * CrosswalkDiff diff = CrosswalkDiff.between(pinned, upgraded).labelled("1.0.0", "1.1.0");
 * if (!diff.isEmpty()) {
 *   System.out.print(diff.toText());            // "+", "-" and "~" lines
 *   diff.records().forEach(r -> csv.write(r.values()));
 * }
 * }</pre>
 *
 * <p>Items are matched by {@linkplain dev.crosswalk.core.model.CrosswalkItem#identity() identity}:
 * frameworks and sources by id, requirements and controls by reference, mappings by source and
 * target (and the pivots of a derived mapping), no-counterpart records and additions by element
 * and framework. A requirement whose reference changed is reported as removed
 * and added, and the removal says when the old reference is now an alias of the new one.
 *
 * <p>Immutable. The order of {@link #changes()} is deterministic: by {@link ItemKind}, then by
 * identity in the model's order; so are {@link #toText()} and {@link #records()}, byte for byte.
 */
public final class CrosswalkDiff {
  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_.:;/()\\[\\]-]+");
  private static final Pattern SEMVER = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");

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
    for (ItemKind kind : ItemKind.values()) {
      compare(ItemCodecs.of(kind), older.items(kind), newer.items(kind), out);
    }
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

  /** Every change, by kind, then by identity; immutable. */
  public List<Change> changes() {
    return changes;
  }

  /** The changes to one kind of item, by identity. */
  public List<Change> changes(ItemKind kind) {
    requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).toList();
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
  public Map<ItemKind, ChangeCounts> counts() {
    EnumMap<ItemKind, ChangeCounts> out = new EnumMap<>(ItemKind.class);
    for (ItemKind kind : ItemKind.values()) {
      out.put(kind, count(changes(kind)));
    }
    return Collections.unmodifiableMap(out);
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
        kinds.add(kind.typeName() + ": " + c);
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
   * row per added or removed item, one per changed field, in {@link #changes()} order; immutable.
   */
  public List<ChangeRecord> records() {
    ImmutableList.Builder<ChangeRecord> out = ImmutableList.builder();
    for (Change c : changes) {
      String kind = c.kind().typeName();
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
      b.append(c.type().symbol()).append(' ').append(c.kind().typeName()).append(' ').append(escape(c.id()))
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

  /**
   * Compares the items of one kind, matched by identity: added, removed, and changed in the
   * fields the kind's codec compares.
   */
  private static void compare(ItemCodec<?> codec, List<CrosswalkItem> older, List<CrosswalkItem> newer,
      List<Change> out) {
    ItemKind kind = codec.kind();
    Map<CrosswalkItem, CrosswalkItem> o = byIdentity(codec, older);
    Map<CrosswalkItem, CrosswalkItem> n = byIdentity(codec, newer);
    TreeSet<CrosswalkItem> keys = new TreeSet<>(codec.identityOrder());
    keys.addAll(o.keySet());
    keys.addAll(n.keySet());
    for (CrosswalkItem key : keys) {
      CrosswalkItem before = o.get(key);
      CrosswalkItem after = n.get(key);
      if (before == null) {
        out.add(new Change(kind, ChangeType.ADDED, after.identity(), codec.summary(after), ImmutableList.of()));
      } else if (after == null) {
        out.add(new Change(kind, ChangeType.REMOVED, before.identity(), codec.summary(before), ImmutableList.of()));
      } else if (!before.equals(after)) {
        ImmutableList<FieldChange> changed = changedFields(codec.fields(before), codec.fields(after));
        if (!changed.isEmpty()) {
          out.add(new Change(kind, ChangeType.CHANGED, after.identity(), codec.summary(after), changed));
        }
      }
    }
  }

  /** The items by identity: one item stands for all of the same identity (a crosswalk holds one). */
  private static Map<CrosswalkItem, CrosswalkItem> byIdentity(ItemCodec<?> codec, List<CrosswalkItem> items) {
    Map<CrosswalkItem, CrosswalkItem> out = new TreeMap<>(codec.identityOrder());
    items.forEach(i -> out.put(i, i));
    return out;
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
