package dev.crosswalk.data.oscal;

import dev.crosswalk.core.Crosswalks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OSCAL readers on the bundled data's export (core's {@code OscalMappingReaderTest} runs the same check on a fixture). */
class OscalMappingReaderTest {
  @TempDir
  Path tmp;

  /** The bundled data exported as OSCAL and read back, catalogs and collections, is the same crosswalk's mappings. */
  @Test
  void bundledExportReadsBackIntoTheSameMappingsAndSources() {
    dev.crosswalk.core.oscal.OscalMappingReaderTest.checkReadsBack(Crosswalks.bundled(), tmp);
  }
}
