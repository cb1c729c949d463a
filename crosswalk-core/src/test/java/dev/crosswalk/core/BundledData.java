package dev.crosswalk.core;

import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Crosswalk;
import java.nio.file.Path;
import java.util.List;

/**
 * The bundled HIPAA - SOC 2 data for core's tests, read from crosswalk-data's sources with the
 * canonical reader: core cannot depend on crosswalk-data, whose provider reads the same files.
 */
public final class BundledData {
  /** The data files, in manifest order. */
  public static final List<String> FILES = List.of("frameworks.json", "hipaa-security.json",
      "hipaa-breach-privacy.json", "soc2-tsc.json", "controls.json", "mappings-hipaa-security-soc2.json",
      "mappings-hipaa-privacy-soc2.json", "mappings-controls.json");

  private static Crosswalk crosswalk;

  private BundledData() {}

  /** The directory of the data files in the source tree. */
  public static Path directory() {
    return Path.of(System.getProperty("basedir", ".")).resolve("../crosswalk-data/src/main/resources/dev/crosswalk/data");
  }

  /** The crosswalk the files hold, read once. */
  public static synchronized Crosswalk crosswalk() {
    if (crosswalk == null) {
      crosswalk = CrosswalkReader.create().read(FILES.stream().map(directory()::resolve).toArray(Path[]::new));
    }
    return crosswalk;
  }
}
