package dev.crosswalk.core.export;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared inputs and helpers for the export tests, and for crosswalk-data's tests of the bundled data's exports. */
public final class ExportFixtures {
  private ExportFixtures() {}

  /** The tiny hand-built crosswalk. */
  public static Crosswalk tiny() {
    return Fixtures.tiny().build();
  }

  /** Parses CSV text into records of cells with Jackson, independently of the reader under test. */
  public static List<List<String>> parseCsv(String csv) {
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
  public static void load(Connection c, List<String> statements) throws SQLException {
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
  public static List<String> column(Connection c, String query) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** The count a {@code SELECT count(*)} query returns. */
  public static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The JDBC URLs of the two embedded databases, in memory. */
  public static Stream<String> databaseUrls() {
    return Stream.of("jdbc:sqlite::memory:", "jdbc:duckdb:");
  }
}
