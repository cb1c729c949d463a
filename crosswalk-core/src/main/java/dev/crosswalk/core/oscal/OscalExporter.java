package dev.crosswalk.core.oscal;

import dev.crosswalk.core.internal.OutputFiles;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Mapping;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes a whole crosswalk as OSCAL files into a directory: one catalog per framework
 * ({@link OscalCatalogWriter}, {@code oscal-catalog-<framework>.json}) and one mapping collection
 * per ordered framework pair that has mappings ({@link OscalMappingWriter},
 * {@code oscal-mapping-<source>+<target>.json}). Stateless and thread-safe.
 */
public final class OscalExporter {
  private OscalExporter() {}

  /** An exporter. */
  public static OscalExporter create() {
    return new OscalExporter();
  }

  /**
   * The names of the files {@link #write} writes for this crosswalk, in writing order: catalogs by
   * framework id, then mapping collections by source, then target framework id; immutable.
   */
  public List<String> fileNames(Crosswalk crosswalk) {
    requireNonNull(crosswalk, "crosswalk");
    ImmutableList.Builder<String> names = ImmutableList.builder();
    crosswalk.frameworks().keySet().forEach(id -> names.add(OscalCatalogWriter.fileName(id)));
    pairs(crosswalk).forEach(p -> names.add(OscalMappingWriter.fileName(p.get(0), p.get(1))));
    return names.build();
  }

  /**
   * Writes every file into {@code dir}, creating the directory if needed and replacing files of
   * the same names.
   *
   * @return the files written, in {@link #fileNames} order; immutable
   * @throws CrosswalkDataException if the directory or a file cannot be written, or a text is not
   *     valid Unicode
   */
  public List<Path> write(Crosswalk crosswalk, Path dir) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(dir, "dir");
    // Every file is rendered before any is written: a failure leaves the previous export whole.
    List<java.util.Map.Entry<String, byte[]>> files = new java.util.ArrayList<>();
    for (String id : crosswalk.frameworks().keySet()) {
      files.add(java.util.Map.entry(OscalCatalogWriter.fileName(id), OscalCatalogWriter.create().toBytes(crosswalk, id)));
    }
    for (List<String> p : pairs(crosswalk)) {
      files.add(java.util.Map.entry(OscalMappingWriter.fileName(p.get(0), p.get(1)),
          OscalMappingWriter.create().toBytes(crosswalk, p.get(0), p.get(1))));
    }
    return ImmutableList.copyOf(OutputFiles.writeAll(dir, files));
  }

  private static TreeSet<List<String>> pairs(Crosswalk crosswalk) {
    TreeSet<List<String>> pairs = new TreeSet<>((a, b) -> {
      int c = a.get(0).compareTo(b.get(0));
      return c != 0 ? c : a.get(1).compareTo(b.get(1));
    });
    for (Mapping m : crosswalk.mappings()) {
      pairs.add(List.of(m.source().framework(), m.target().framework()));
    }
    return pairs;
  }

}
