package dev.crosswalk.core.readiness;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.CsvRecords;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One CSV record as {@link Fields}, and the reading of a whole table through the shared
 * {@link CsvRecords} (UTF-8, RFC 4180, header, limits); reading stops at the first fault. Not API.
 */
final class CsvFields implements Fields {
  private final CsvRecords.Row row;

  private CsvFields(CsvRecords.Row row) {
    this.row = row;
  }

  /**
   * Reads a table whose header names exactly {@code columns}, handing each record over in file
   * order; faults are one line.
   *
   * @throws CrosswalkFormatException at the first fault
   */
  static void read(InputStream in, String source, ReadLimits limits, List<String> columns, Consumer<Fields> records) {
    try {
      CsvRecords.read(in, source, limits, columns, row -> records.accept(new CsvFields(row)), CsvRecords.FAIL_FAST);
    } catch (CrosswalkFormatException e) {
      // The shared reader quotes header cells as written; a quoted cell may hold a line break.
      throw Fields.oneLine(e);
    }
  }

  @Override
  public Optional<String> text(String name) {
    String cell = row.cell(name);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    if (cell.isBlank()) {
      throw fail(name, "is blank; give a value or leave the cell empty");
    }
    return Optional.of(cell);
  }

  @Override
  public String required(String name) {
    String cell = row.cell(name);
    if (cell.isBlank()) {
      throw fail(name, (cell.isEmpty() ? "is empty" : "is blank") + "; it is required");
    }
    return cell;
  }

  @Override
  public ImmutableList<String> lines(String name) {
    String cell = row.cell(name);
    if (cell.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> out = ImmutableList.builder();
    String[] lines = cell.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        throw fail(name, "has an empty line (line " + (i + 1) + " of the cell); write one entry per line");
      }
      out.add(line);
    }
    return out.build();
  }

  @Override
  public CrosswalkFormatException fail(String name, String problem) {
    return row.fail(name, Fields.escape(problem));
  }

  @Override
  public String position() {
    return "line " + row.line() + " (record " + row.record() + ")";
  }
}
