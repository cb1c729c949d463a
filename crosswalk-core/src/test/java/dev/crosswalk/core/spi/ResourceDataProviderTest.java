package dev.crosswalk.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.core.FormatVersion;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Integrity and compatibility checks of a data jar, on resources held in memory. */
class ResourceDataProviderTest {
  private static final String DIR = "/test/data/";
  private static final Crosswalk TINY = Fixtures.tiny().build();
  private static final byte[] DATA = CrosswalkWriter.create().toBytes(TINY);

  private static String manifest(String formatVersion, String extraMembers, String sha256) {
    return """
        {
          "id": "tiny",
          "dataVersion": "2.1.0",
          "formatVersion": "%s",%s
          "released": "2026-11-22",
          "editions": {"controls": "1.0", "hipaa": "45 CFR 164", "soc2": "TSC 2017"},
          "sources": ["cfr"],
          "files": [{"path": "tiny.json", "sha256": "%s"}]
        }
        """.formatted(formatVersion, extraMembers, sha256);
  }

  private static ResourceDataProvider provider(String manifest, byte[] data) {
    Map<String, byte[]> resources = new HashMap<>();
    resources.put(DIR + "manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
    if (data != null) {
      resources.put(DIR + "tiny.json", data);
    }
    return new ResourceDataProvider(name -> {
      byte[] bytes = resources.get(name);
      return bytes == null ? null : (InputStream) new ByteArrayInputStream(bytes);
    }, DIR) {};
  }

  private static String sha(byte[] data) {
    return ResourceDataProvider.sha256(data);
  }

  @Test
  void loadsVerifiedData() {
    ResourceDataProvider p = provider(manifest("1.0", "", sha(DATA)), DATA);
    assertEquals("tiny", p.id());
    assertEquals("2.1.0", p.dataVersion());
    assertEquals(TINY, p.load());
  }

  @Test
  void aTamperedFileIsRefusedNamingTheFileBothChecksumsAndTheDataSet() {
    byte[] tampered = DATA.clone();
    int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("Audit controls");
    tampered[at] = 'X'; // still valid JSON: only the checksum can tell
    ResourceDataProvider p = provider(manifest("1.0", "", sha(DATA)), tampered);
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, p::load);
    assertEquals("integrity check failed for /test/data/tiny.json: SHA-256 is " + sha(tampered)
        + " but the manifest of 'tiny' 2.1.0 says " + sha(DATA) + "; the data jar is damaged or was modified",
        e.getMessage());
  }

  @Test
  void aMissingFileIsRefusedNamingIt() {
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class,
        () -> provider(manifest("1.0", "", sha(DATA)), null).load());
    assertTrue(e.getMessage().startsWith("resource /test/data/tiny.json is missing"), e.getMessage());
  }

  @Test
  void theBuildRecordsTheCoreVersion() {
    assertTrue(FormatVersion.coreVersion().matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?"),
        "crosswalk-core.properties was not filtered by the build: " + FormatVersion.coreVersion());
  }

  @Test
  void aNewerFormatMajorIsRefusedNamingTheLibraryVersionThatReadsIt() {
    // A future manifest may carry members this library does not know; the refusal is about the format.
    String future = manifest("2.0", "\n  \"minCoreVersion\": \"2.0.0\",\n  \"signature\": {\"alg\": \"x\"},", sha(DATA));
    ResourceDataProvider p = provider(future, DATA);
    assertEquals("tiny", p.id()); // listing providers still works
    assertEquals(Optional.of("2.0.0"), p.manifest().minCoreVersion());
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, p::load);
    assertEquals("data set 'tiny' 2.1.0 (/test/data/manifest.json) is in format 2.0, which this crosswalk-core cannot"
        + " read: format 2.0 is read by crosswalk-core 2.0.0 or later; this is crosswalk-core "
        + FormatVersion.coreVersion() + ", which reads format 1.0 to 1.1. Use a crosswalk-core that reads format 2.0,"
        + " or a release of the data in format 1.0 to 1.1", e.getMessage());
  }

  @Test
  void aNewerFormatMajorWithoutMinCoreVersionStillSaysWhatReadsIt() {
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class,
        () -> provider(manifest("3.1", "", sha(DATA)), DATA).load());
    assertTrue(e.getMessage().contains("format 3.1 is read by a crosswalk-core release for format 3.1, newer than"
        + " this one (see its CHANGELOG.md); this is crosswalk-core " + FormatVersion.coreVersion()
        + ", which reads format 1.0 to 1.1"), e.getMessage());
  }

  @Test
  void anOlderFormatMajorIsRefused() {
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class,
        () -> provider(manifest("0.9", "", sha(DATA)), DATA).load());
    assertTrue(e.getMessage().contains("format 0.9 is older than any this crosswalk-core reads"), e.getMessage());
  }

  @Test
  void aDataFileInANewerFormatThanItsManifestIsRefusedByTheReader() {
    byte[] newer = new String(DATA, StandardCharsets.UTF_8).replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"")
        .getBytes(StandardCharsets.UTF_8);
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> provider(manifest("1.0", "", sha(newer)), newer).load());
    assertEquals("/test/data/tiny.json", e.source());
    assertTrue(e.problem().contains("format version 2.0 is not supported"), e.getMessage());
  }

  @Test
  void aManifestInAFormatThisLibraryReadsStaysStrict() {
    CrosswalkFormatException unknown = assertThrows(CrosswalkFormatException.class,
        () -> provider(manifest("1.0", "\n  \"signature\": \"x\",", sha(DATA)), DATA).manifest());
    assertTrue(unknown.problem().startsWith("unknown member 'signature'"), unknown.getMessage());
    assertEquals(5, unknown.line());
    CrosswalkFormatException bad = assertThrows(CrosswalkFormatException.class,
        () -> provider(manifest("1.0", "\n  \"minCoreVersion\": \"two\",", sha(DATA)), DATA).manifest());
    assertTrue(bad.problem().contains("minCoreVersion 'two'"), bad.getMessage());
  }

  @Test
  void aManifestRecordsTheOptionalMinimumCoreVersion() {
    DataManifest m = provider(manifest("1.0", "\n  \"minCoreVersion\": \"0.1.0\",", sha(DATA)), DATA).manifest();
    assertEquals(Optional.of("0.1.0"), m.minCoreVersion());
    assertEquals(Optional.empty(), provider(manifest("1.0", "", sha(DATA)), DATA).manifest().minCoreVersion());
  }
}
