package dev.crosswalk.core.export;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalExporter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats {@link Exports#write} can write, with the files each one produces. */
public enum ExportFormat {
  /**
   * Seven CSV tables, {@link CsvExporter#FILE_NAMES}: frameworks, sources, requirements, controls,
   * mappings, no-counterparts and additions. Complete: read back by {@code OverlayReader}.
   */
  CSV(CsvExporter.FILE_NAMES.toArray(String[]::new)),
  /** One JSON object per line in {@code crosswalk.jsonl}. Lossless. */
  JSONL("crosswalk.jsonl"),
  /** The canonical crosswalk JSON document in {@code crosswalk.json}. Lossless. */
  JSON("crosswalk.json"),
  /** Portable DDL and INSERT statements for SQLite and DuckDB in {@code crosswalk.sql}. */
  SQL("crosswalk.sql"),
  /**
   * OSCAL JSON: one catalog per framework ({@code oscal-catalog-<framework>.json}) and one mapping
   * collection per ordered framework pair with mappings ({@code oscal-mapping-<source>+<target>.json}).
   * The names depend on the crosswalk: {@link #fileNames()} is empty, use
   * {@link #fileNames(Crosswalk)}. See {@link dev.crosswalk.core.oscal.OscalExporter}.
   */
  OSCAL();

  private final ImmutableList<String> fileNames;

  ExportFormat(String... fileNames) {
    this.fileNames = ImmutableList.copyOf(fileNames);
  }

  /**
   * The names of the files this format writes into the output directory, in writing order; empty
   * for {@link #OSCAL}, whose names depend on the crosswalk; immutable.
   */
  public List<String> fileNames() {
    return fileNames;
  }

  /** The names of the files this format writes for this crosswalk, in writing order; immutable. */
  public List<String> fileNames(Crosswalk crosswalk) {
    return this == OSCAL ? OscalExporter.create().fileNames(crosswalk) : fileNames;
  }

  /** The lower-case name used on command lines, e.g. {@code csv}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with this name, ignoring case, e.g. {@code csv} or {@code JSONL}.
   *
   * @throws dev.crosswalk.core.InvalidValueException if there is none; the message lists the names known
   */
  public static ExportFormat of(String name) {
    for (ExportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new dev.crosswalk.core.InvalidValueException("unknown export format '" + name + "'; use one of "
        + Arrays.stream(values()).map(ExportFormat::id).toList());
  }
}
