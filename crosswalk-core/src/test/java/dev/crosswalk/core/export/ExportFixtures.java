package dev.crosswalk.core.export;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared inputs and helpers for the export tests. */
final class ExportFixtures {
  /** The bundled data files, in manifest order. */
  static final List<String> DATA_FILES = List.of("frameworks.json", "hipaa-security.json",
      "hipaa-breach-privacy.json", "soc2-tsc.json", "controls.json", "mappings-hipaa-security-soc2.json",
      "mappings-hipaa-privacy-soc2.json", "mappings-controls.json");

  private static Crosswalk bundled;

  private ExportFixtures() {}

  /** The tiny hand-built crosswalk. */
  static Crosswalk tiny() {
    return Fixtures.tiny().build();
  }

  /** The bundled data, read from crosswalk-data's sources with the canonical reader. */
  static synchronized Crosswalk bundled() {
    if (bundled == null) {
      Path dir = Path.of(System.getProperty("basedir", "."))
          .resolve("../crosswalk-data/src/main/resources/dev/crosswalk/data");
      bundled = CrosswalkReader.create().read(DATA_FILES.stream().map(dir::resolve).toArray(Path[]::new));
    }
    return bundled;
  }

  /**
   * The crosswalk with every unpaired surrogate in its texts replaced, as UTF-8 would: the random
   * generator draws single UTF-16 units, and such text cannot be stored in a UTF-8 file or database.
   */
  static Crosswalk wellFormed(Crosswalk c) {
    CrosswalkBuilder b = Crosswalk.builder();
    c.frameworks().values().forEach(f -> b.addFramework(new Framework(f.id(), fix(f.name()), fix(f.edition()),
        fix(f.publisher()), f.kind(), f.sourceUrl().map(ExportFixtures::fix), f.license().map(ExportFixtures::fix),
        f.extensions())));
    c.sources().values().forEach(s -> b.addSource(new Source(s.id(), fix(s.title()), s.url().map(ExportFixtures::fix),
        s.publisher().map(ExportFixtures::fix), s.date().map(ExportFixtures::fix))));
    c.requirements().values().forEach(r -> b.addRequirement(new Requirement(r.id(), fix(r.title()), r.kind(),
        r.parent(), fix(r.text()), r.aliases(), r.assessable(), fix(r.attributes()), r.extensions())));
    c.controls().values().forEach(x -> b.addControl(new Control(x.id(), fix(x.title()), fix(x.description()),
        fix(x.attributes()), x.extensions())));
    c.mappings().forEach(m -> b.addMapping(new Mapping(m.source(), m.target(), m.relationship(), m.rationale(),
        m.strength(), fix(m.justification()), m.sources(), m.derivedVia())));
    c.noCounterparts().forEach(n -> b.addNoCounterpart(new NoCounterpart(n.element(), n.framework(), fix(n.reason()),
        n.sources())));
    return b.build();
  }

  private static String fix(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static ImmutableSortedMap<String, String> fix(ImmutableSortedMap<String, String> attributes) {
    return ImmutableSortedMap.copyOf(Maps.transformValues(attributes, ExportFixtures::fix));
  }

  /** Parses CSV text into records of cells with Jackson, independently of the reader under test. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    try (CsvParser p = new CsvFactory().createParser(csv)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          List<String> row = new ArrayList<>();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            row.add(p.getText());
          }
          rows.add(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Runs the statements on the connection in one transaction; SQLite checks foreign keys. */
  static void load(Connection c, List<String> statements) throws SQLException {
    if (c.getMetaData().getURL().startsWith("jdbc:sqlite")) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA foreign_keys = ON");
      }
    }
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String sql : statements) {
        try {
          s.execute(sql);
        } catch (SQLException e) {
          throw new SQLException("failed: " + sql + ": " + e.getMessage(), e);
        }
      }
    }
    c.commit();
    c.setAutoCommit(true);
  }

  /** The first column of every row of a query, as strings. */
  static List<String> column(Connection c, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** The count a {@code SELECT count(*)} query returns. */
  static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The JDBC URLs of the two embedded databases, in memory. */
  static Stream<String> databaseUrls() {
    return Stream.of("jdbc:sqlite::memory:", "jdbc:duckdb:");
  }
}
