package dev.crosswalk.core.spi;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.core.FormatVersion;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Framework;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link CrosswalkDataProvider} for data shipped as resources in a jar: a {@code manifest.json}
 * listing canonical JSON files with their SHA-256. {@link #load()} verifies every checksum, the
 * format version, and that the editions and sources the manifest declares are those the files
 * hold, then reads and validates the files as one crosswalk.
 *
 * <p>Subclasses pass a function that opens their own resources, so that resource encapsulation
 * of named modules is respected: {@code name -> MyProvider.class.getResourceAsStream(name)}.
 */
public abstract class ResourceDataProvider implements CrosswalkDataProvider {
  private final Function<String, InputStream> resources;
  private final String directory;
  private volatile DataManifest manifest;

  /**
   * Creates the provider.
   *
   * @param resources opens a resource by absolute name, or returns null when it does not exist
   * @param directory absolute resource directory holding {@code manifest.json}, e.g. {@code /dev/crosswalk/data/}
   */
  protected ResourceDataProvider(Function<String, InputStream> resources, String directory) {
    this.resources = requireNonNull(resources, "resources");
    this.directory = directory.endsWith("/") ? directory : directory + "/";
  }

  /** The manifest, read once. */
  public DataManifest manifest() {
    DataManifest m = manifest;
    if (m == null) {
      synchronized (this) {
        if (manifest == null) {
          String name = directory + "manifest.json";
          manifest = DataManifest.read(new ByteArrayInputStream(bytes(name)), name);
        }
        m = manifest;
      }
    }
    return m;
  }

  @Override
  public String id() {
    return manifest().id();
  }

  @Override
  public String dataVersion() {
    return manifest().dataVersion();
  }

  @Override
  public Crosswalk load() {
    DataManifest m = manifest();
    if (!FormatVersion.CURRENT.canRead(m.formatVersion())) {
      throw new CrosswalkDataException("data set '" + m.id() + "' " + m.dataVersion() + " (" + directory
          + "manifest.json) is in format " + m.formatVersion() + ", which this crosswalk-core cannot read: "
          + FormatVersion.cannotRead(m.formatVersion(), m.minCoreVersion()) + ". Use a crosswalk-core that reads format "
          + m.formatVersion() + ", or a release of the data in format " + FormatVersion.CURRENT.major() + ".0 to "
          + FormatVersion.CURRENT);
    }
    List<CrosswalkReader.Input> documents = new ArrayList<>();
    for (DataManifest.DataFile file : m.files()) {
      String name = directory + file.path();
      byte[] data = bytes(name);
      String actual = sha256(data);
      if (!actual.equals(file.sha256())) {
        throw new CrosswalkDataException("integrity check failed for " + name + ": SHA-256 is " + actual
            + " but the manifest of '" + m.id() + "' " + m.dataVersion() + " says " + file.sha256()
            + "; the data jar is damaged or was modified");
      }
      documents.add(CrosswalkReader.Input.of(name, data));
    }
    // On the calling thread: the few small files of a data set gain nothing from threads.
    Crosswalk crosswalk = CrosswalkReader.create().withParallelism(1).read(documents);
    checkDeclarations(m, crosswalk);
    return crosswalk;
  }

  private void checkDeclarations(DataManifest m, Crosswalk crosswalk) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : m.editions().entrySet()) {
      Framework f = crosswalk.frameworks().get(e.getKey());
      if (f == null) {
        problems.add("framework '" + e.getKey() + "' is listed in the manifest but no file declares it");
      } else if (!f.edition().equals(e.getValue())) {
        problems.add("framework '" + e.getKey() + "' edition is '" + f.edition() + "' in the files but '"
            + e.getValue() + "' in the manifest");
      }
    }
    for (String id : crosswalk.frameworks().keySet()) {
      if (!m.editions().containsKey(id)) {
        problems.add("framework '" + id + "' is declared in the files but not listed in the manifest");
      }
    }
    if (!List.copyOf(crosswalk.sources().keySet()).equals(m.sources().stream().sorted().toList())) {
      problems.add("the manifest lists sources " + m.sources() + " but the files declare "
          + crosswalk.sources().keySet());
    }
    if (!problems.isEmpty()) {
      throw new CrosswalkDataException(directory + "manifest.json disagrees with its files: "
          + String.join("; ", problems));
    }
  }

  private byte[] bytes(String name) {
    try (InputStream in = resources.apply(name)) {
      if (in == null) {
        throw new CrosswalkDataException("resource " + name + " is missing from " + getClass().getName()
            + "'s jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read resource " + name + ": " + e, e);
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
