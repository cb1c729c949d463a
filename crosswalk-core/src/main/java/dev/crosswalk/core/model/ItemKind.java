package dev.crosswalk.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven kinds of {@link CrosswalkItem}, in the order every format, export, diff and merge
 * lists them, each with every name the library uses for it.
 *
 * <p>Two names are in use for a kind, both kept so that outputs stay as they are: the {@link
 * #typeName()} of data and machine-readable output ({@code noCounterpart}: the JSON Lines {@code
 * type}, the diff's kind column) and the {@link #label()} of prose ({@code no-counterpart}: merge
 * reports, violations). Besides, each kind names its canonical-document {@link #section()}, its
 * {@link #csvFileName()} and the format version it came in, {@link #since()}.
 *
 * <p>A new kind of item needs, besides its record (which implements {@link CrosswalkItem} and is
 * added to its {@code permits} clause):
 * <ol>
 *   <li>a constant here, with its names and the format version that introduces it;
 *   <li>a codec in core's internal package, beside the others (its JSON members, how it is written and
 *       decoded, its CSV columns, row and record reader, its identity key and order, the fields a
 *       diff compares, what it refers to), returned by {@code ItemCodecs.of};
 *   <li>its list in {@link CrosswalkBuilder} (a typed {@code add} method, its slot, its line in
 *       {@code addEntries}, and what {@link CrosswalkBuilder#build()} checks about it) and its
 *       collection in {@link Crosswalk}, returned by {@link Crosswalk#items(ItemKind)};
 *   <li>its section in the format's JSON Schema ({@code crosswalk-1.schema.json}) and the docs of
 *       the format and the CSV tables;
 *   <li>an example item in {@code ItemKindCoverageTest}.
 * </ol>
 * The three lookups ({@code ItemCodecs.of}, the builder's slots and {@code Crosswalk.items}) are
 * switch expressions, so the code does not compile until each has the new kind. Every format
 * (canonical JSON, JSON Lines, the CSV tables), the diff and the overlay merge then handle it
 * through the codec, and {@code ItemKindCoverageTest} checks that each of them does.
 */
public enum ItemKind {
  /** A {@link Framework}, identified by its id. */
  FRAMEWORK(Framework.class, "framework", "framework", "frameworks", "frameworks.csv", "1.0"),
  /** A provenance {@link Source}, identified by its id. */
  SOURCE(Source.class, "source", "source", "sources", "sources.csv", "1.0"),
  /** A {@link Requirement}, identified by its element reference. */
  REQUIREMENT(Requirement.class, "requirement", "requirement", "requirements", "requirements.csv", "1.0"),
  /** A {@link Control}, identified by its element reference. */
  CONTROL(Control.class, "control", "control", "controls", "controls.csv", "1.0"),
  /**
   * A {@link Mapping}, identified by source and target (and, for a derived mapping, its pivots),
   * written {@code source -> target}.
   */
  MAPPING(Mapping.class, "mapping", "mapping", "mappings", "mappings.csv", "1.0"),
  /**
   * A {@link NoCounterpart} record, identified by element and framework, written {@code element in
   * framework}.
   */
  NO_COUNTERPART(NoCounterpart.class, "noCounterpart", "no-counterpart", "noCounterparts", "no-counterparts.csv", "1.0"),
  /**
   * An {@link Addition}, identified by element and framework, written {@code element beyond
   * framework}.
   */
  ADDITION(Addition.class, "addition", "addition", "additions", "additions.csv", "1.1");

  private final Class<? extends CrosswalkItem> itemClass;
  private final String typeName;
  private final String label;
  private final String section;
  private final String csvFileName;
  private final String since;

  ItemKind(Class<? extends CrosswalkItem> itemClass, String typeName, String label, String section, String csvFileName,
      String since) {
    this.itemClass = itemClass;
    this.typeName = typeName;
    this.label = label;
    this.section = section;
    this.csvFileName = csvFileName;
    this.since = since;
  }

  /** The record type of items of this kind, e.g. {@code NoCounterpart.class}. */
  public Class<? extends CrosswalkItem> itemClass() {
    return itemClass;
  }

  /**
   * The kind's name in data and machine-readable output, e.g. {@code noCounterpart}: the JSON
   * Lines {@code type} member, and the kind column of a diff's text and records.
   */
  public String typeName() {
    return typeName;
  }

  /**
   * The kind's name in prose, e.g. {@code no-counterpart}: in merge reports and violation
   * messages.
   */
  public String label() {
    return label;
  }

  /** The canonical document's array holding items of this kind, e.g. {@code noCounterparts}. */
  public String section() {
    return section;
  }

  /** The CSV table of this kind, e.g. {@code no-counterparts.csv}. */
  public String csvFileName() {
    return csvFileName;
  }

  /**
   * The format version that introduced this kind, {@code MAJOR.MINOR} as {@link
   * dev.crosswalk.core.FormatVersion#parse} reads it: an older document cannot hold it.
   */
  public String since() {
    return since;
  }

  private static final List<ItemKind> ALL = List.of(values());

  /** The kind whose {@link #typeName()} is {@code name}, e.g. {@code noCounterpart}, if any. */
  public static Optional<ItemKind> ofTypeName(String name) {
    for (ItemKind k : ALL) {
      if (k.typeName.equals(name)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The kind whose {@link #section()} is {@code section}, e.g. {@code noCounterparts}, if any. */
  public static Optional<ItemKind> ofSection(String section) {
    for (ItemKind k : ALL) {
      if (k.section.equals(section)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind of the CSV table a file holds, by the end of its name, ignoring case: {@code
   * team-mappings.csv} holds mappings.
   */
  public static Optional<ItemKind> ofCsvFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(k -> lower.endsWith(k.csvFileName)).findFirst();
  }

  /** Every {@link #typeName()}, in kind order. */
  public static List<String> typeNames() {
    return ALL.stream().map(ItemKind::typeName).toList();
  }

  /** Every {@link #section()}, in kind order. */
  public static List<String> sections() {
    return ALL.stream().map(ItemKind::section).toList();
  }

  /** Every {@link #csvFileName()}, in kind order. */
  public static List<String> csvFileNames() {
    return ALL.stream().map(ItemKind::csvFileName).toList();
  }
}
