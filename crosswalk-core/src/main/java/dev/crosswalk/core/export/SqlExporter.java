package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a crosswalk as a portable SQL script: {@code CREATE TABLE} statements with primary and
 * foreign keys, then {@code INSERT} statements, for a fresh SQLite or DuckDB database (and most
 * other SQL databases). The schema is {@link #schema()}; {@code docs/exports.md} describes it.
 *
 * <p>Only {@code TEXT}, {@code INTEGER} and {@code BOOLEAN} columns. Strings are single-quoted
 * with single quotes doubled; absent values are {@code NULL}. Rows are inserted so that every
 * foreign key refers to a row already inserted (parents before children). Deterministic: tables in
 * schema order, rows by id ({@link Mapping#ORDER} for mappings, whose {@code id} is their 1-based
 * position in that order). One statement per line, each ending with {@code ;} — except that a
 * line break inside a text value is kept as it is inside its quoted literal, as standard SQL
 * has no escape for it that SQLite and DuckDB both accept.
 *
 * <p>Almost lossless: every member of the model is in a table except that extensions are kept as
 * their JSON text in a {@code TEXT} column. A mapping's {@code source} and {@code target} columns
 * hold the end as text (a joint end's members joined by {@code " + "}); {@code mapping_members}
 * lists every member of both ends, one row each, with a foreign key to its element. A text containing the character U+0000 or an unpaired
 * surrogate (not valid Unicode) cannot be exported. Stateless and thread-safe.
 */
public final class SqlExporter {
  private static final ImmutableList<String> SCHEMA = ImmutableList.of(
      "CREATE TABLE frameworks (id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, edition TEXT NOT NULL,"
          + " publisher TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('REGULATION', 'ATTESTATION_CRITERIA',"
          + " 'STANDARD', 'CONTROL_CATALOG')), source_url TEXT, license TEXT, extensions TEXT NOT NULL);",
      "CREATE TABLE framework_attributes (framework TEXT NOT NULL REFERENCES frameworks (id),"
          + " name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (framework, name));",
      "CREATE TABLE sources (id TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL, url TEXT, publisher TEXT,"
          + " date TEXT);",
      "CREATE TABLE elements (id TEXT NOT NULL PRIMARY KEY, framework TEXT NOT NULL REFERENCES frameworks (id),"
          + " ref TEXT NOT NULL, element_type TEXT NOT NULL CHECK (element_type IN ('requirement', 'control')),"
          + " UNIQUE (framework, ref));",
      "CREATE TABLE requirements (id TEXT NOT NULL PRIMARY KEY REFERENCES elements (id),"
          + " framework TEXT NOT NULL REFERENCES frameworks (id), ref TEXT NOT NULL,"
          + " parent TEXT REFERENCES requirements (id), kind TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL,"
          + " assessable BOOLEAN NOT NULL, extensions TEXT NOT NULL, UNIQUE (framework, ref));",
      "CREATE TABLE requirement_aliases (requirement TEXT NOT NULL REFERENCES requirements (id),"
          + " alias TEXT NOT NULL, PRIMARY KEY (requirement, alias));",
      "CREATE TABLE requirement_attributes (requirement TEXT NOT NULL REFERENCES requirements (id),"
          + " name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (requirement, name));",
      "CREATE TABLE controls (id TEXT NOT NULL PRIMARY KEY REFERENCES elements (id),"
          + " framework TEXT NOT NULL REFERENCES frameworks (id), ref TEXT NOT NULL, title TEXT NOT NULL,"
          + " description TEXT NOT NULL, extensions TEXT NOT NULL, UNIQUE (framework, ref));",
      "CREATE TABLE control_attributes (control TEXT NOT NULL REFERENCES controls (id), name TEXT NOT NULL,"
          + " value TEXT NOT NULL, PRIMARY KEY (control, name));",
      "CREATE TABLE mappings (id INTEGER NOT NULL PRIMARY KEY, source TEXT NOT NULL,"
          + " target TEXT NOT NULL, relationship TEXT NOT NULL CHECK (relationship IN"
          + " ('EQUAL', 'SUBSET_OF', 'SUPERSET_OF', 'INTERSECTS_WITH', 'NOT_RELATED')),"
          + " rationale TEXT NOT NULL CHECK (rationale IN ('SYNTACTIC', 'SEMANTIC', 'FUNCTIONAL')),"
          + " strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 10), justification TEXT NOT NULL,"
          + " derived BOOLEAN NOT NULL);",
      "CREATE TABLE mapping_members (mapping INTEGER NOT NULL REFERENCES mappings (id),"
          + " side TEXT NOT NULL CHECK (side IN ('source', 'target')), element TEXT NOT NULL REFERENCES elements (id),"
          + " PRIMARY KEY (mapping, side, element));",
      "CREATE TABLE mapping_sources (mapping INTEGER NOT NULL REFERENCES mappings (id), position INTEGER NOT NULL,"
          + " source TEXT NOT NULL REFERENCES sources (id), locator TEXT, PRIMARY KEY (mapping, position));",
      "CREATE TABLE mapping_pivots (mapping INTEGER NOT NULL REFERENCES mappings (id), step INTEGER NOT NULL,"
          + " element TEXT NOT NULL REFERENCES elements (id), PRIMARY KEY (mapping, step));",
      "CREATE TABLE no_counterparts (element TEXT NOT NULL REFERENCES elements (id),"
          + " framework TEXT NOT NULL REFERENCES frameworks (id), reason TEXT NOT NULL,"
          + " PRIMARY KEY (element, framework));",
      "CREATE TABLE no_counterpart_sources (element TEXT NOT NULL, framework TEXT NOT NULL,"
          + " position INTEGER NOT NULL, source TEXT NOT NULL REFERENCES sources (id), locator TEXT,"
          + " PRIMARY KEY (element, framework, position),"
          + " FOREIGN KEY (element, framework) REFERENCES no_counterparts (element, framework));",
      "CREATE TABLE additions (element TEXT NOT NULL REFERENCES elements (id),"
          + " framework TEXT NOT NULL REFERENCES frameworks (id), statement TEXT NOT NULL,"
          + " PRIMARY KEY (element, framework));",
      "CREATE TABLE addition_sources (element TEXT NOT NULL, framework TEXT NOT NULL,"
          + " position INTEGER NOT NULL, source TEXT NOT NULL REFERENCES sources (id), locator TEXT,"
          + " PRIMARY KEY (element, framework, position),"
          + " FOREIGN KEY (element, framework) REFERENCES additions (element, framework));");

  /** The tables of {@link #schema()}, in creation (and insertion) order. */
  public static final ImmutableList<String> TABLES = ImmutableList.of(
      "frameworks", "framework_attributes", "sources", "elements", "requirements", "requirement_aliases",
      "requirement_attributes", "controls", "control_attributes", "mappings", "mapping_members", "mapping_sources",
      "mapping_pivots", "no_counterparts", "no_counterpart_sources", "additions", "addition_sources");

  private SqlExporter() {}

  /** An exporter. */
  public static SqlExporter create() {
    return new SqlExporter();
  }

  /** The {@code CREATE TABLE} statements, one per table of {@link #TABLES}, each ending with {@code ;}. */
  public ImmutableList<String> schema() {
    return SCHEMA;
  }

  /**
   * The schema followed by the {@code INSERT} statements, each ending with {@code ;}, without
   * transaction control: for running statement by statement, e.g. through JDBC.
   *
   * @throws CrosswalkDataException if a text contains U+0000 or an unpaired surrogate
   */
  public ImmutableList<String> statements(Crosswalk crosswalk) {
    requireNonNull(crosswalk, "crosswalk");
    List<String> out = new ArrayList<>(SCHEMA);
    for (Framework f : crosswalk.frameworks().values()) {
      insert(out, "frameworks", "id, name, edition, publisher, kind, source_url, license, extensions",
          text(f.id()), text(f.name()), text(f.edition()), text(f.publisher()), text(f.kind().name()),
          optional(f.sourceUrl()), optional(f.license()), extensions(f.extensions()));
    }
    for (Framework f : crosswalk.frameworks().values()) {
      for (Map.Entry<String, String> e : f.attributes().entrySet()) {
        insert(out, "framework_attributes", "framework, name, value", text(f.id()), text(e.getKey()),
            text(e.getValue()));
      }
    }
    for (Source s : crosswalk.sources().values()) {
      insert(out, "sources", "id, title, url, publisher, date", text(s.id()), text(s.title()), optional(s.url()),
          optional(s.publisher()), optional(s.date()));
    }
    for (Requirement r : crosswalk.requirements().values()) {
      element(out, r.id(), "requirement");
    }
    for (Control c : crosswalk.controls().values()) {
      element(out, c.id(), "control");
    }
    for (Requirement r : parentsFirst(crosswalk)) {
      insert(out, "requirements", "id, framework, ref, parent, kind, title, text, assessable, extensions",
          text(r.id().toString()), text(r.id().framework()), text(r.id().ref()),
          optional(r.parent().map(ElementRef::toString)), text(r.kind()), text(r.title()), text(r.text()),
          r.assessable() ? "TRUE" : "FALSE", extensions(r.extensions()));
    }
    for (Requirement r : crosswalk.requirements().values()) {
      for (String alias : r.aliases()) {
        insert(out, "requirement_aliases", "requirement, alias", text(r.id().toString()), text(alias));
      }
    }
    for (Requirement r : crosswalk.requirements().values()) {
      attributes(out, "requirement_attributes", "requirement", r.id(), r.attributes());
    }
    for (Control c : crosswalk.controls().values()) {
      insert(out, "controls", "id, framework, ref, title, description, extensions", text(c.id().toString()),
          text(c.id().framework()), text(c.id().ref()), text(c.title()), text(c.description()),
          extensions(c.extensions()));
    }
    for (Control c : crosswalk.controls().values()) {
      attributes(out, "control_attributes", "control", c.id(), c.attributes());
    }
    List<Mapping> mappings = crosswalk.mappings();
    for (int i = 0; i < mappings.size(); i++) {
      Mapping m = mappings.get(i);
      insert(out, "mappings", "id, source, target, relationship, rationale, strength, justification, derived",
          Integer.toString(i + 1), text(m.source().toString()), text(m.target().toString()),
          text(m.relationship().name()), text(m.rationale().name()), Integer.toString(m.strength()),
          text(m.justification()), m.isDerived() ? "TRUE" : "FALSE");
    }
    for (int i = 0; i < mappings.size(); i++) {
      Mapping m = mappings.get(i);
      for (ElementRef member : m.source().members()) {
        insert(out, "mapping_members", "mapping, side, element", Integer.toString(i + 1), text("source"),
            text(member.toString()));
      }
      for (ElementRef member : m.target().members()) {
        insert(out, "mapping_members", "mapping, side, element", Integer.toString(i + 1), text("target"),
            text(member.toString()));
      }
    }
    for (int i = 0; i < mappings.size(); i++) {
      int position = 0;
      for (Citation c : mappings.get(i).citations()) {
        insert(out, "mapping_sources", "mapping, position, source, locator", Integer.toString(i + 1),
            Integer.toString(++position), text(c.source()), optional(c.locator()));
      }
    }
    for (int i = 0; i < mappings.size(); i++) {
      List<ElementRef> via = mappings.get(i).derivedVia();
      for (int step = 0; step < via.size(); step++) {
        insert(out, "mapping_pivots", "mapping, step, element", Integer.toString(i + 1), Integer.toString(step + 1),
            text(via.get(step).toString()));
      }
    }
    for (NoCounterpart n : crosswalk.noCounterparts()) {
      insert(out, "no_counterparts", "element, framework, reason", text(n.element().toString()),
          text(n.framework()), text(n.reason()));
    }
    for (NoCounterpart n : crosswalk.noCounterparts()) {
      int position = 0;
      for (Citation c : n.citations()) {
        insert(out, "no_counterpart_sources", "element, framework, position, source, locator",
            text(n.element().toString()), text(n.framework()), Integer.toString(++position), text(c.source()),
            optional(c.locator()));
      }
    }
    for (Addition a : crosswalk.additions()) {
      insert(out, "additions", "element, framework, statement", text(a.element().toString()),
          text(a.framework()), text(a.statement()));
    }
    for (Addition a : crosswalk.additions()) {
      int position = 0;
      for (Citation c : a.citations()) {
        insert(out, "addition_sources", "element, framework, position, source, locator",
            text(a.element().toString()), text(a.framework()), Integer.toString(++position), text(c.source()),
            optional(c.locator()));
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The whole script: {@code BEGIN TRANSACTION;}, the {@linkplain #statements statements} and
   * {@code COMMIT;}, each followed by {@code \n}.
   *
   * @throws CrosswalkDataException if a text contains U+0000 or an unpaired surrogate
   */
  public String script(Crosswalk crosswalk) {
    StringBuilder b = new StringBuilder("BEGIN TRANSACTION;\n");
    for (String s : statements(crosswalk)) {
      b.append(s).append('\n');
    }
    return b.append("COMMIT;\n").toString();
  }

  /**
   * The {@linkplain #script script} as UTF-8 bytes.
   *
   * @throws CrosswalkDataException if a text contains U+0000 or an unpaired surrogate
   */
  public byte[] toBytes(Crosswalk crosswalk) {
    return script(crosswalk).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the {@linkplain #script script} to a file, replacing it.
   *
   * @throws CrosswalkDataException if the file cannot be written or a text contains U+0000 or an
   *     unpaired surrogate
   */
  public void write(Crosswalk crosswalk, Path file) {
    byte[] bytes = toBytes(crosswalk);
    OutputFiles.write(file, bytes);
  }

  /**
   * A SQL string literal: the text in single quotes, with each single quote doubled.
   *
   * @throws CrosswalkDataException if the text contains U+0000, which SQL literals cannot hold, or
   *     an unpaired surrogate, which is not valid Unicode
   */
  public static String literal(String text) {
    requireNonNull(text, "text");
    if (text.indexOf('\0') >= 0) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
      throw new CrosswalkDataException("cannot export '" + shown.replace('\0', '?')
          + "' as SQL: it contains the character U+0000, which SQL string literals cannot hold; remove it");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new CrosswalkDataException("cannot export '" + text.substring(0, Math.min(i, 40))
            + "...' as SQL: it holds an unpaired surrogate character (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT)
            + " at index " + i + "), which is not valid Unicode and cannot be stored as UTF-8 text; fix the text");
      }
    }
    return "'" + text.replace("'", "''") + "'";
  }

  private static String text(String value) {
    return literal(value);
  }

  private static String optional(Optional<String> value) {
    return value.map(SqlExporter::literal).orElse("NULL");
  }

  private static String extensions(Extensions extensions) {
    return literal(extensions.json());
  }

  private static void element(List<String> out, ElementRef id, String type) {
    insert(out, "elements", "id, framework, ref, element_type", text(id.toString()), text(id.framework()),
        text(id.ref()), text(type));
  }

  private static void attributes(List<String> out, String table, String owner, ElementRef id,
      Map<String, String> attributes) {
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      insert(out, table, owner + ", name, value", text(id.toString()), text(e.getKey()), text(e.getValue()));
    }
  }

  private static void insert(List<String> out, String table, String columns, String... values) {
    out.add("INSERT INTO " + table + " (" + columns + ") VALUES (" + String.join(", ", values) + ");");
  }

  /** Requirements in id order, except that each comes after its parent (depth first from the roots). */
  private static List<Requirement> parentsFirst(Crosswalk crosswalk) {
    List<Requirement> out = new ArrayList<>(crosswalk.requirements().size());
    for (Requirement r : crosswalk.requirements().values()) {
      if (r.parent().isEmpty()) {
        out.add(r);
        out.addAll(crosswalk.descendants(r.id()));
      }
    }
    return out;
  }
}
