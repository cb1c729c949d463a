package dev.crosswalk.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.core.FormatVersion;
import dev.crosswalk.core.spi.ResourceDataProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The bundled data is verified when it is loaded: a modified file or a newer format is refused. */
class BundledIntegrityTest {
  private static final String DIR = HipaaSoc2DataProvider.DIRECTORY;

  private static byte[] resource(String name) {
    try (InputStream in = HipaaSoc2DataProvider.class.getResourceAsStream(DIR + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled resources with one of them edited, as a data jar someone modified would hold. */
  private static ResourceDataProvider withEdited(String file, UnaryOperator<String> edit) {
    byte[] edited = edit.apply(new String(resource(file), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    return new ResourceDataProvider(name -> name.equals(DIR + file)
        ? new ByteArrayInputStream(edited) : HipaaSoc2DataProvider.class.getResourceAsStream(name), DIR) {};
  }

  @Test
  void theBundledDataPassesItsChecks() {
    assertEquals(Crosswalks.bundled(), new HipaaSoc2DataProvider().load());
  }

  @Test
  void aModifiedDataFileIsRefusedWithAClearMessage() {
    DataManifest manifest = new HipaaSoc2DataProvider().manifest();
    String expected = manifest.files().stream().filter(f -> f.path().equals("soc2-tsc.json")).findFirst()
        .orElseThrow().sha256();
    // A one-word change that keeps the document valid: only the checksum can catch it.
    ResourceDataProvider tampered = withEdited("soc2-tsc.json", s -> s.replaceFirst("\"title\": \"", "\"title\": \"Not "));
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, tampered::load);
    assertTrue(e.getMessage().startsWith("integrity check failed for " + DIR + "soc2-tsc.json: SHA-256 is "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(" but the manifest of 'hipaa-soc2' " + manifest.dataVersion() + " says "
        + expected + "; the data jar is damaged or was modified"), e.getMessage());
  }

  @Test
  void aDataJarInANewerFormatMajorIsRefusedNamingTheLibraryThatReadsIt() {
    ResourceDataProvider future = withEdited("manifest.json", s -> s
        .replace("\"formatVersion\": \"1.1\",", "\"formatVersion\": \"2.0\",\n  \"minCoreVersion\": \"2.0.0\","));
    assertEquals("hipaa-soc2", future.id());
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, future::load);
    assertTrue(e.getMessage().contains("is in format 2.0, which this crosswalk-core cannot read: format 2.0 is read by"
        + " crosswalk-core 2.0.0 or later; this is crosswalk-core " + FormatVersion.coreVersion()
        + ", which reads format 1.0 to 1.1"), e.getMessage());
  }
}
