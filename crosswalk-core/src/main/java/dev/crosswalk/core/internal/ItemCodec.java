package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything the library does with the items of one {@link ItemKind}, in one place per kind: the
 * members of its JSON object and its CSV columns (each name spelled once, as a constant; no
 * attribute is named: a table's attribute columns come from its rows), how an
 * item is written and read in both, how it is identified and ordered, which fields a diff
 * compares, and what it refers to. The canonical format, JSON Lines, the CSV tables, the diff and
 * the overlay merge all go through these codecs ({@link ItemCodecs#of}), so none of them lists the
 * kinds itself. Not API.
 *
 * <p>Subclasses implement the typed hooks; callers that hold an item of any kind use the public
 * methods taking a {@link CrosswalkItem}, which check the item's type.
 *
 * @param <T> the record type of the kind
 */
public abstract sealed class ItemCodec<T extends CrosswalkItem>
    permits FrameworkCodec, SourceCodec, RequirementCodec, ControlCodec, MappingCodec, ElementNoteCodec {
  // Member and column names that several kinds share.
  static final String ID = "id";
  static final String TITLE = "title";
  static final String KIND = "kind";
  static final String PUBLISHER = "publisher";
  static final String ATTRIBUTES = "attributes";
  static final String EXTENSIONS = "extensions";
  static final String SOURCES = "sources";
  static final String CITATIONS = "citations";
  static final String ELEMENT = "element";
  static final String FRAMEWORK = "framework";
  static final String REF = "ref";
  static final String PARENT = "parent";

  /** The first format version of what 1.1 added (joint ends, locators, framework attributes, additions). */
  static final String V1_1 = "1.1";

  private final ItemKind kind;
  private final Class<T> type;
  private final ImmutableList<String> members;
  private final ImmutableMap<String, Integer> memberIndex;
  private final String[] memberArray;
  private final boolean[] repeats;
  private final ImmutableList<String> csvColumns;
  private final ImmutableList<String> csvHeader;
  private final Optional<Function<T, Map<String, String>>> csvAttributes;

  /**
   * A codec.
   *
   * @param members the JSON members an item may have, in canonical order
   * @param repeating those of the members whose texts repeat across items (references, enum
   *     names, source ids), which readers share through {@link Items.Interner#text}
   * @param csvColumns the columns of the kind's CSV table, in order
   * @param csvRequired how many of the first columns a table must have; the later ones were added
   *     later, and a table of an older export may leave them out
   */
  ItemCodec(ItemKind kind, Class<T> type, List<String> members, Set<String> repeating, List<String> csvColumns,
      int csvRequired) {
    this(kind, type, members, repeating, csvColumns, csvRequired, Optional.empty());
  }

  /**
   * A codec whose CSV table has attribute columns after its fixed columns: {@code attr_KEY}, one
   * per attribute key of the rows written, each a copy of a row's own attribute.
   *
   * @param csvAttributes an item's own attributes, which the attribute columns repeat
   */
  ItemCodec(ItemKind kind, Class<T> type, List<String> members, Set<String> repeating, List<String> csvColumns,
      int csvRequired, Function<T, Map<String, String>> csvAttributes) {
    this(kind, type, members, repeating, csvColumns, csvRequired, Optional.of(csvAttributes));
  }

  private ItemCodec(ItemKind kind, Class<T> type, List<String> members, Set<String> repeating,
      List<String> csvColumns, int csvRequired, Optional<Function<T, Map<String, String>>> csvAttributes) {
    if (kind.itemClass() != type) {
      throw new IllegalStateException(kind + " holds " + kind.itemClass().getSimpleName() + ", not " + type.getSimpleName());
    }
    if (members.size() > Integer.SIZE) {
      throw new IllegalStateException("Members keeps its present members in an int");
    }
    this.kind = kind;
    this.type = type;
    this.members = ImmutableList.copyOf(members);
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i), i);
    }
    this.memberIndex = index.buildOrThrow();
    this.memberArray = members.toArray(String[]::new);
    this.repeats = new boolean[members.size()];
    for (String name : repeating) {
      repeats[memberIndex.get(name)] = true;
    }
    this.csvColumns = ImmutableList.copyOf(csvColumns);
    ImmutableList.Builder<String> header = ImmutableList.builder();
    for (int i = 0; i < csvColumns.size(); i++) {
      header.add(i < csvRequired ? csvColumns.get(i) : csvColumns.get(i) + "?");
    }
    csvAttributes.ifPresent(a -> header.add(CsvRecords.ATTRIBUTE_COLUMNS));
    this.csvHeader = header.build();
    this.csvAttributes = csvAttributes;
  }

  /** The kind this codec is for. */
  public ItemKind kind() {
    return kind;
  }

  /**
   * Whether items of this kind have an {@code id} of their own (frameworks, sources, requirements,
   * controls), which a user may change; the others are identified by what they relate.
   */
  public boolean hasId() {
    return memberIndex.containsKey(ID);
  }

  /** The item, as this codec's type. */
  T cast(CrosswalkItem item) {
    return type.cast(item);
  }

  // ---- JSON ----------------------------------------------------------------------------------

  /** The members an item of this kind may have, in canonical order. */
  public ImmutableList<String> members() {
    return members;
  }

  /**
   * Whether the member at {@code slot} of {@link #members()} holds texts that repeat across
   * items, which readers share through {@link Items.Interner#text}.
   */
  public boolean repeats(int slot) {
    return repeats[slot];
  }

  /** The index of member {@code name} in {@link #members()}; -1 when there is none. */
  int slot(String name) {
    // Jackson interns member names, so they are usually the very constants of the codecs.
    for (int i = 0; i < memberArray.length; i++) {
      if (memberArray[i] == name) {
        return i;
      }
    }
    Integer i = memberIndex.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Writes an item's members (not the enclosing braces) in canonical order; absent optional
   * members and empty collections are left out.
   *
   * @throws ClassCastException if the item is of another kind
   * @throws dev.crosswalk.core.CrosswalkDataException if the item's extensions are not well-formed JSON
   */
  public final void write(JsonGenerator g, CrosswalkItem item) throws IOException {
    writeMembers(g, cast(item));
  }

  /** Writes the members of an item. */
  abstract void writeMembers(JsonGenerator g, T item) throws IOException;

  /** The item that members read describe; {@link Items.Members#decode} reports a fault at the item. */
  abstract T decode(Items.Members m);

  /**
   * The lowest format version, {@code MAJOR.MINOR}, that can hold the item: the kind's {@link
   * ItemKind#since()}, or later when the item uses a member added later.
   */
  public final String since(CrosswalkItem item) {
    return sinceOf(cast(item));
  }

  /** The lowest format version that can hold the item; the kind's unless overridden. */
  String sinceOf(T item) {
    return kind.since();
  }

  // ---- CSV -----------------------------------------------------------------------------------

  /**
   * The fixed columns of the kind's CSV table, as the exporter writes them; a table with
   * {@linkplain #hasAttributeColumns() attribute columns} has those after them.
   */
  public ImmutableList<String> csvColumns() {
    return csvColumns;
  }

  /**
   * The columns a table's header must name, for {@link CsvRecords#read}: those written {@code
   * name?} may be left out, and {@link CsvRecords#ATTRIBUTE_COLUMNS} allows attribute columns.
   */
  public ImmutableList<String> csvHeader() {
    return csvHeader;
  }

  /**
   * Whether the kind's CSV table has attribute columns after its fixed columns: {@code
   * attr_KEY} for each attribute key that a row written has as its own attribute, sorted by key,
   * each a copy of that member of the row's {@code attributes} cell.
   */
  public boolean hasAttributeColumns() {
    return csvAttributes.isPresent();
  }

  /**
   * The columns of a table of these items: the {@linkplain #csvColumns() fixed columns}, then,
   * for a kind with attribute columns, {@code attr_KEY} for every own attribute key of any of the
   * items, sorted by key. They depend only on the items, so output stays deterministic.
   *
   * @throws ClassCastException if an item is of another kind
   */
  public final List<String> csvColumns(Collection<? extends CrosswalkItem> items) {
    if (csvAttributes.isEmpty()) {
      return csvColumns;
    }
    SortedSet<String> keys = new TreeSet<>();
    for (CrosswalkItem item : items) {
      keys.addAll(csvAttributes.get().apply(cast(item)).keySet());
    }
    List<String> columns = new ArrayList<>(csvColumns);
    keys.forEach(key -> columns.add(CsvRecords.ATTRIBUTE_COLUMN_PREFIX + key));
    return List.copyOf(columns);
  }

  /** The cells of the item's CSV record, one per {@linkplain #csvColumns() fixed column}. */
  public final List<String> csvRow(CrosswalkItem item) {
    return cells(cast(item));
  }

  /**
   * The cells of the item's CSV record in a table with these columns (from {@link
   * #csvColumns(Collection)}): one per fixed column, then its own value of each attribute
   * column's attribute, empty when it has none.
   *
   * @throws ClassCastException if the item is of another kind
   * @throws IllegalArgumentException if the columns do not start with the fixed columns or a later
   *     one is not an attribute column
   */
  public final List<String> csvRow(CrosswalkItem item, List<String> columns) {
    T typed = cast(item);
    if (columns == csvColumns) {
      return cells(typed); // a table without attribute columns
    }
    if (!columns.subList(0, Math.min(columns.size(), csvColumns.size())).equals(csvColumns)) {
      throw new IllegalArgumentException(columns + " do not start with the columns " + csvColumns);
    }
    List<String> row = cells(typed);
    if (columns.size() == csvColumns.size()) {
      return row;
    }
    if (csvAttributes.isEmpty()) {
      throw new IllegalArgumentException(kind.csvFileName() + " has no attribute columns: " + columns);
    }
    Map<String, String> attributes = csvAttributes.get().apply(typed);
    List<String> cells = new ArrayList<>(row);
    for (String column : columns.subList(csvColumns.size(), columns.size())) {
      if (!column.startsWith(CsvRecords.ATTRIBUTE_COLUMN_PREFIX)) {
        throw new IllegalArgumentException("'" + column + "' is not an attribute column");
      }
      cells.add(attributes.getOrDefault(column.substring(CsvRecords.ATTRIBUTE_COLUMN_PREFIX.length()), ""));
    }
    return cells;
  }

  /** The cells of an item's CSV record. */
  abstract List<String> cells(T item);

  /**
   * The item one record of the kind's table describes; a table without the later columns gets
   * the model's defaults for what it cannot say.
   *
   * @throws dev.crosswalk.core.CrosswalkFormatException naming the column at fault
   */
  public abstract T fromCsv(Row row);

  // ---- identity and comparison ---------------------------------------------------------------

  /**
   * The item's identity as a value, equal for two items the merge treats as the same: a tag and
   * the id for frameworks and sources, the element reference for requirements and controls
   * (which share one namespace), the parts of {@link CrosswalkItem#identity()} for the rest.
   */
  public final Object key(CrosswalkItem item) {
    return keyOf(cast(item));
  }

  /** The identity of an item as a value. */
  abstract Object keyOf(T item);

  /** The key of the framework with this id, as {@link #key} gives it. */
  static Object frameworkKey(String id) {
    return List.of(ItemKind.FRAMEWORK, id);
  }

  /** The key of the provenance source with this id, as {@link #key} gives it. */
  static Object sourceKey(String id) {
    return List.of(ItemKind.SOURCE, id);
  }

  /**
   * Orders items of this kind by identity, in the model's order (as {@link
   * dev.crosswalk.core.model.Crosswalk#items} lists them); two items are equal in it when they
   * have the same identity.
   */
  public final Comparator<CrosswalkItem> identityOrder() {
    Comparator<T> order = order();
    return (a, b) -> order.compare(cast(a), cast(b));
  }

  /** Orders items by identity. */
  abstract Comparator<T> order();

  /**
   * The item's fields a diff compares, by name, as text, in the canonical format's member order;
   * empty when absent. Attributes are one field each, {@code attributes.KEY}, after an empty
   * {@code attributes} that holds their place.
   */
  public final Map<String, Optional<String>> fields(CrosswalkItem item) {
    return fieldsOf(cast(item));
  }

  /** The fields a diff compares. */
  abstract Map<String, Optional<String>> fieldsOf(T item);

  /** A short description of the item, e.g. a title or {@code SUBSET_OF, strength 7}. */
  public final String summary(CrosswalkItem item) {
    return summaryOf(cast(item));
  }

  /** A short description of an item. */
  abstract String summaryOf(T item);

  /**
   * The {@linkplain #key keys} of the items this item refers to: the frameworks it belongs to or
   * names, the sources it cites, the elements it names.
   */
  public final List<Object> references(CrosswalkItem item) {
    return referencesOf(cast(item));
  }

  /** The keys of what an item refers to. */
  abstract List<Object> referencesOf(T item);

  // ---- diff fields shared by several kinds ----------------------------------------------------

  /** Puts an empty {@code attributes} field, which holds their place, then each attribute as {@code attributes.KEY}. */
  static void attributeFields(Map<String, Optional<String>> fields, Map<String, String> attributes) {
    fields.put(ATTRIBUTES, Optional.empty());
    attributes.forEach((k, v) -> fields.put(ATTRIBUTES + "." + k, Optional.of(v)));
  }

  /** Extensions as their JSON text; empty when there are none. */
  static Optional<String> extensionsField(Extensions extensions) {
    return extensions.isEmpty() ? Optional.empty() : Optional.of(extensions.json());
  }

  /** Citations as {@code id;id (locator)}: bare ids for citations without a locator, as in 1.0. */
  static Optional<String> citedField(Collection<Citation> citations) {
    return joinedField(citations.stream().map(Citation::toString).toList());
  }

  /** Values joined with {@code ;}; empty when there are none. */
  static Optional<String> joinedField(Collection<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(";", values));
  }

  /** The keys of the sources cited. */
  static List<Object> sourceKeys(Collection<String> sourceIds) {
    return sourceIds.stream().map(ItemCodec::sourceKey).toList();
  }

  @Override
  public String toString() {
    return "ItemCodec[" + kind + "]";
  }
}
