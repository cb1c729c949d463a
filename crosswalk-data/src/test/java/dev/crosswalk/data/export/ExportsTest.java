package dev.crosswalk.data.export;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every export format on the bundled data (core's {@code ExportsTest} runs the same check on a fixture). */
class ExportsTest {
  @TempDir
  Path tmp;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void writesTheNamedFilesByteIdenticallyAcrossRuns(ExportFormat format) throws Exception {
    dev.crosswalk.core.export.ExportsTest.checkByteIdenticalRuns(Crosswalks.bundled(), format, tmp);
  }
}
