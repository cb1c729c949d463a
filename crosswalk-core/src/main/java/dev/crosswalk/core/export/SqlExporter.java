package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
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
 * Writes a crosswalk as a portable SQL script: {@code DROP ... IF EXISTS} statements (so that the
 * script can be run again on the same database), {@code CREATE TABLE} statements with primary and
 * foreign keys, {@code INSERT} statements, indexes, and the views {@code coverage} and {@code gaps}
 * that give the engine's verdicts, gap reasons and graded scores within the scope and decisions
 * the user puts in the {@code scope} and {@code decisions} tables, for SQLite or DuckDB (and most
 * other SQL databases with recursive common table expressions and {@code ln}/{@code exp}). The
 * schema is {@link #schema()}; {@code docs/exports.md} describes it.
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
 * lists every member of both ends, one row each, with a foreign key to its element. A text
 * containing the character U+0000 or an unpaired surrogate (not valid Unicode) cannot be exported.
 * Stateless and thread-safe.
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

  /** The tables of {@link #schema()}, in creation (and insertion) order; immutable. */
  public static final List<String> TABLES = ImmutableList.of(
      "frameworks", "framework_attributes", "sources", "elements", "requirements", "requirement_aliases",
      "requirement_attributes", "controls", "control_attributes", "mappings", "mapping_members", "mapping_sources",
      "mapping_pivots", "no_counterparts", "no_counterpart_sources", "additions", "addition_sources");

  /**
   * The query's scope, which the user fills: no row for a framework means all of it is in scope;
   * rows for a framework's attribute allow those values (own or inherited). Kept across re-runs of
   * the script (created only when missing, never dropped), and without foreign keys, so that the
   * data tables can be dropped and loaded again under it.
   */
  private static final String SCOPE_TABLE = "CREATE TABLE IF NOT EXISTS scope (framework TEXT NOT NULL,"
      + " attribute TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (framework, attribute, value));";

  /**
   * The organisation's documented decisions on discretionary requirements, which the user fills
   * (as {@code Decisions} in Java): an {@code alternative} counts as covered, a
   * {@code not-reasonable} one is not applicable. Kept across re-runs like {@code scope}.
   */
  private static final String DECISIONS_TABLE = "CREATE TABLE IF NOT EXISTS decisions (requirement TEXT NOT NULL"
      + " PRIMARY KEY, decision TEXT NOT NULL CHECK (decision IN ('implemented', 'alternative', 'not-reasonable')),"
      + " text TEXT);";

  /** The views of {@link #views()}, in creation order; immutable. */
  public static final List<String> VIEWS = ImmutableList.of(
      "element_attributes", "out_of_scope", "coverage_evidence", "coverage", "gaps");

  private static final ImmutableList<String> VIEW_SQL = ImmutableList.of(
      // Every element's attributes, a requirement's own over its nearest ancestor's.
      """
      CREATE VIEW element_attributes AS
      WITH RECURSIVE lineage (element, ancestor, depth) AS (
        SELECT id, id, 0 FROM requirements
        UNION ALL
        SELECT l.element, r.parent, l.depth + 1 FROM lineage l JOIN requirements r ON r.id = l.ancestor
        WHERE r.parent IS NOT NULL),
      held (element, name, value, depth) AS (
        SELECT l.element, a.name, a.value, l.depth
        FROM lineage l JOIN requirement_attributes a ON a.requirement = l.ancestor)
      SELECT h.element, h.name, h.value FROM held h
      WHERE NOT EXISTS (SELECT 1 FROM held n WHERE n.element = h.element AND n.name = h.name AND n.depth < h.depth)
      UNION ALL
      SELECT control, name, value FROM control_attributes;""",
      // Elements the scope leaves out: a constrained attribute has a value the scope does not allow.
      """
      CREATE VIEW out_of_scope AS
      SELECT DISTINCT e.id AS element
      FROM elements e
      JOIN element_attributes a ON a.element = e.id
      JOIN scope s ON s.framework = e.framework AND s.attribute = a.name
      WHERE NOT EXISTS (SELECT 1 FROM scope v
        WHERE v.framework = e.framework AND v.attribute = a.name AND v.value = a.value);""",
      // Each mapping read from a source framework's end to a target requirement (stored the other
      // way round: inverted), with what it contributes and why it contributes less.
      """
      CREATE VIEW coverage_evidence AS
      WITH sides (mapping, side, framework) AS (
        SELECT mm.mapping, mm.side, min(e.framework)
        FROM mapping_members mm JOIN elements e ON e.id = mm.element
        GROUP BY mm.mapping, mm.side),
      oriented (mapping, requirement, source_framework, source_side, relationship) AS (
        SELECT m.id, mm.element, s.framework, 'source', m.relationship
        FROM mappings m
        JOIN mapping_members mm ON mm.mapping = m.id AND mm.side = 'target'
        JOIN sides s ON s.mapping = m.id AND s.side = 'source'
        UNION ALL
        SELECT m.id, mm.element, s.framework, 'target',
          CASE m.relationship WHEN 'SUBSET_OF' THEN 'SUPERSET_OF' WHEN 'SUPERSET_OF' THEN 'SUBSET_OF'
            ELSE m.relationship END
        FROM mappings m
        JOIN mapping_members mm ON mm.mapping = m.id AND mm.side = 'source'
        JOIN sides s ON s.mapping = m.id AND s.side = 'target'),
      scoped (mapping, requirement, target_framework, source_framework, relationship, strength, outside) AS (
        SELECT o.mapping, o.requirement, q.framework, o.source_framework, o.relationship, m.strength,
          CASE WHEN EXISTS (SELECT 1 FROM mapping_members x JOIN out_of_scope z ON z.element = x.element
            WHERE x.mapping = o.mapping AND x.side = o.source_side) THEN 1 ELSE 0 END
        FROM oriented o
        JOIN requirements q ON q.id = o.requirement
        JOIN mappings m ON m.id = o.mapping
        WHERE o.source_framework <> q.framework),
      contributed (mapping, requirement, target_framework, source_framework, relationship, strength, contribution,
          limitation) AS (
        SELECT mapping, requirement, target_framework, source_framework, relationship, strength,
          CASE WHEN relationship = 'NOT_RELATED' OR outside = 1 THEN 'NOT_COVERED'
            WHEN relationship IN ('EQUAL', 'SUPERSET_OF') THEN 'COVERED' ELSE 'PARTIAL' END,
          CASE WHEN relationship = 'NOT_RELATED' THEN 'NOT_RELATED' WHEN outside = 1 THEN 'OUT_OF_SCOPE'
            ELSE 'NONE' END
        FROM scoped)
      SELECT target_framework, source_framework, requirement, mapping, relationship, strength, contribution,
        limitation,
        CASE contribution WHEN 'COVERED' THEN CAST(1 AS DOUBLE) WHEN 'PARTIAL' THEN CAST(strength AS DOUBLE) / 10
          ELSE CAST(0 AS DOUBLE) END AS degree
      FROM contributed;""",
      // Every requirement of every framework against every other framework: its own verdict (the
      // best contribution) and graded score, rolled up with its applicable descendants, and the gap
      // reason. (The applicable children are counted from 'pairs', not 'direct': SQLite 3.54
      // cannot resolve a CTE joined to itself here.)
      """
      CREATE VIEW coverage AS
      WITH RECURSIVE pairs (target_framework, source_framework, requirement, in_scope, assessable, decision) AS (
        SELECT q.framework, f.id, q.id,
          CASE WHEN EXISTS (SELECT 1 FROM out_of_scope z WHERE z.element = q.id) THEN 0 ELSE 1 END,
          CASE WHEN q.assessable AND NOT EXISTS (SELECT 1 FROM decisions n
            WHERE n.requirement = q.id AND n.decision = 'not-reasonable') THEN 1 ELSE 0 END,
          (SELECT min(n.decision) FROM decisions n WHERE n.requirement = q.id)
        FROM requirements q JOIN frameworks f ON f.id <> q.framework),
      direct (source_framework, requirement, verdict, own_score) AS (
        SELECT p.source_framework, p.requirement,
          CASE WHEN p.decision = 'alternative' THEN 'COVERED'
            WHEN EXISTS (SELECT 1 FROM coverage_evidence e WHERE e.requirement = p.requirement
              AND e.source_framework = p.source_framework AND e.contribution = 'COVERED') THEN 'COVERED'
            WHEN EXISTS (SELECT 1 FROM coverage_evidence e WHERE e.requirement = p.requirement
              AND e.source_framework = p.source_framework AND e.contribution = 'PARTIAL') THEN 'PARTIAL'
            ELSE 'NOT_COVERED' END,
          CASE WHEN p.decision = 'alternative' THEN CAST(1 AS DOUBLE)
            WHEN EXISTS (SELECT 1 FROM coverage_evidence e WHERE e.requirement = p.requirement
              AND e.source_framework = p.source_framework AND e.contribution = 'COVERED') THEN CAST(1 AS DOUBLE)
            WHEN EXISTS (SELECT 1 FROM coverage_evidence e WHERE e.requirement = p.requirement
              AND e.source_framework = p.source_framework AND e.contribution = 'PARTIAL' AND e.degree >= 1)
              THEN CAST(0.9 AS DOUBLE)
            ELSE (SELECT CASE WHEN count(*) = 0 THEN CAST(0 AS DOUBLE)
                WHEN 1 - exp(sum(ln(1 - e.degree))) > 0.9 THEN CAST(0.9 AS DOUBLE)
                ELSE 1 - exp(sum(ln(1 - e.degree))) END
              FROM coverage_evidence e WHERE e.requirement = p.requirement
                AND e.source_framework = p.source_framework AND e.contribution = 'PARTIAL') END
        FROM pairs p WHERE p.in_scope = 1 AND p.assessable = 1),
      kids (source_framework, requirement, applicable) AS (
        SELECT d.source_framework, d.requirement, count(x.requirement)
        FROM pairs d
        LEFT JOIN requirements c ON c.parent = d.requirement
        LEFT JOIN pairs x ON x.requirement = c.id AND x.source_framework = d.source_framework
          AND x.in_scope = 1 AND x.assessable = 1
        WHERE d.in_scope = 1 AND d.assessable = 1
        GROUP BY d.source_framework, d.requirement),
      tree (source_framework, root, node, weight) AS (
        SELECT source_framework, requirement, requirement, CAST(1 AS DOUBLE) / (applicable + 1) FROM kids
        UNION ALL
        SELECT t.source_framework, t.root, k.requirement, t.weight / (k.applicable + 1)
        FROM tree t
        JOIN requirements c ON c.parent = t.node
        JOIN kids k ON k.requirement = c.id AND k.source_framework = t.source_framework),
      rolled (source_framework, requirement, nodes, covered, not_covered, score) AS (
        SELECT t.source_framework, t.root, count(*),
          sum(CASE WHEN d.verdict = 'COVERED' THEN 1 ELSE 0 END),
          sum(CASE WHEN d.verdict = 'NOT_COVERED' THEN 1 ELSE 0 END),
          sum(d.own_score * t.weight)
        FROM tree t JOIN direct d ON d.requirement = t.node AND d.source_framework = t.source_framework
        GROUP BY t.source_framework, t.root),
      verdicts (target_framework, source_framework, requirement, in_scope, own_verdict, verdict, own_score, score) AS (
        SELECT p.target_framework, p.source_framework, p.requirement, p.in_scope,
          COALESCE(d.verdict, 'NOT_APPLICABLE'),
          CASE WHEN r.requirement IS NULL THEN 'NOT_APPLICABLE' WHEN r.covered = r.nodes THEN 'COVERED'
            WHEN r.not_covered = r.nodes THEN 'NOT_COVERED' ELSE 'PARTIAL' END,
          COALESCE(d.own_score, CAST(0 AS DOUBLE)), COALESCE(r.score, CAST(0 AS DOUBLE))
        FROM pairs p
        LEFT JOIN direct d ON d.requirement = p.requirement AND d.source_framework = p.source_framework
        LEFT JOIN rolled r ON r.requirement = p.requirement AND r.source_framework = p.source_framework)
      SELECT v.target_framework, v.source_framework, v.requirement, v.verdict,
        CASE WHEN v.verdict = 'PARTIAL' THEN 'ONLY_PARTIAL'
          WHEN v.verdict <> 'NOT_COVERED' THEN NULL
          WHEN n.element IS NOT NULL THEN 'RECORDED_NO_COUNTERPART'
          WHEN EXISTS (SELECT 1 FROM coverage_evidence e WHERE e.requirement = v.requirement
            AND e.source_framework = v.source_framework AND e.limitation = 'OUT_OF_SCOPE') THEN 'OUT_OF_SCOPE_ONLY'
          ELSE 'NO_MAPPING' END AS reason,
        n.reason AS recorded_reason, v.score, v.own_verdict, v.own_score, v.in_scope
      FROM verdicts v
      LEFT JOIN no_counterparts n ON n.element = v.requirement AND n.framework = v.source_framework;""",
      // The requirements another framework does not fully cover.
      """
      CREATE VIEW gaps AS
      SELECT target_framework, source_framework, requirement, verdict, reason, recorded_reason, score
      FROM coverage WHERE verdict IN ('PARTIAL', 'NOT_COVERED');""");

  /** Indexes for the views' look-ups, among them each mapping's ends. */
  private static final ImmutableList<String> INDEXES = ImmutableList.of(
      "CREATE INDEX IF NOT EXISTS mappings_source ON mappings (source);",
      "CREATE INDEX IF NOT EXISTS mappings_target ON mappings (target);",
      "CREATE INDEX IF NOT EXISTS mapping_members_element ON mapping_members (element);",
      "CREATE INDEX IF NOT EXISTS requirements_parent ON requirements (parent);",
      "CREATE INDEX IF NOT EXISTS requirement_attributes_name ON requirement_attributes (name, value);");

  private SqlExporter() {}

  /** An exporter. */
  public static SqlExporter create() {
    return new SqlExporter();
  }

  /**
   * The {@code CREATE TABLE} statements, one per table of {@link #TABLES}, then the
   * {@code CREATE TABLE IF NOT EXISTS} of the user's {@code scope} and {@code decisions} tables;
   * each ends with {@code ;}. Immutable.
   */
  public List<String> schema() {
    return ImmutableList.<String>builder().addAll(SCHEMA).add(SCOPE_TABLE, DECISIONS_TABLE).build();
  }

  /**
   * What makes the script re-runnable: {@code DROP VIEW IF EXISTS} for each of {@link #VIEWS} and
   * {@code DROP TABLE IF EXISTS} for each of {@link #TABLES}, dependants first. The user's
   * {@code scope} and {@code decisions} tables are kept. Immutable.
   */
  public List<String> drops() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    Lists.reverse(VIEWS).forEach(v -> out.add("DROP VIEW IF EXISTS " + v + ";"));
    Lists.reverse(TABLES).forEach(t -> out.add("DROP TABLE IF EXISTS " + t + ";"));
    return out.build();
  }

  /**
   * The {@code CREATE INDEX IF NOT EXISTS} statements, among them {@code mappings (source)} and
   * {@code (target)}. Immutable.
   */
  public List<String> indexes() {
    return INDEXES;
  }

  /**
   * The {@code CREATE VIEW} statements of {@link #VIEWS}, one line each: {@code coverage} and
   * {@code gaps} give the verdict and gap reason of every requirement against every other
   * framework within the {@code scope} table's scope, as {@link dev.crosswalk.core.query.Queries}
   * does for a framework source (see {@code docs/exports.md}). Immutable.
   */
  public List<String> views() {
    return VIEW_SQL.stream().map(v -> v.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")"))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The {@linkplain #drops drops}, the {@linkplain #schema schema}, the {@code INSERT} statements,
   * the {@linkplain #indexes indexes} and the {@linkplain #views views}, each ending with
   * {@code ;}, without transaction control: for running statement by statement, e.g. through JDBC.
   * Immutable.
   *
   * @throws CrosswalkDataException if a text contains U+0000 or an unpaired surrogate
   */
  public List<String> statements(Crosswalk crosswalk) {
    requireNonNull(crosswalk, "crosswalk");
    List<String> out = new ArrayList<>(drops());
    out.addAll(schema());
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
    out.addAll(indexes());
    out.addAll(views());
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
