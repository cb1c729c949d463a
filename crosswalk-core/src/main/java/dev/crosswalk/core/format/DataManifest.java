package dev.crosswalk.core.format;

import static dev.crosswalk.core.InvalidValueException.check;
import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.FormatVersion;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.ReadLimits;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.SortedMap;

/**
 * The manifest of a bundled data set: its id, data version (independent of the code version),
 * the format version of its files, the framework editions it follows, the sources it cites, and
 * each file with its SHA-256, verified at load.
 *
 * @param id data set id, e.g. {@code hipaa-soc2}
 * @param dataVersion semantic version of the data, e.g. {@code 1.0.0}
 * @param formatVersion format version of the files
 * @param released release date, ISO-8601
 * @param editions framework id to edition, as in the files' framework declarations; immutable
 * @param sources ids of the provenance sources the files declare; immutable
 * @param files the files, in load order, with their checksums; immutable
 * @param minCoreVersion the oldest crosswalk-core release that reads the data, if the manifest
 *     says (member {@code minCoreVersion}); named when a library too old for the data refuses it
 */
public record DataManifest(
    String id,
    String dataVersion,
    FormatVersion formatVersion,
    String released,
    SortedMap<String, String> editions,
    List<String> sources,
    List<DataFile> files,
    Optional<String> minCoreVersion) {

  private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern CORE_VERSION = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?");

  /**
   * One data file.
   *
   * @param path resource path relative to the manifest
   * @param sha256 lower-case hex SHA-256 of the file's bytes
   */
  public record DataFile(String path, String sha256) {
    /** Validates the path and checksum syntax. */
    public DataFile {
      check(path != null && path.matches("[A-Za-z0-9][A-Za-z0-9._/-]*\\.json") && !path.contains(".."),
          "file path '%s' must be a relative .json path", path);
      check(sha256 != null && SHA256.matcher(sha256).matches(),
          "sha256 of %s must be 64 lower-case hex digits", path);
    }
  }

  /** Validates every component. */
  public DataManifest {
    requireNonNull(id, "id");
    check(dataVersion != null && SEMVER.matcher(dataVersion).matches(),
        "dataVersion '%s' must be MAJOR.MINOR.PATCH", dataVersion);
    requireNonNull(formatVersion, "formatVersion");
    requireNonNull(released, "released");
    editions = ImmutableSortedMap.copyOf(editions);
    sources = ImmutableList.copyOf(sources);
    files = ImmutableList.copyOf(files);
    check(!files.isEmpty(), "a manifest lists at least one file");
    requireNonNull(minCoreVersion, "minCoreVersion");
    minCoreVersion.ifPresent(v -> check(CORE_VERSION.matcher(v).matches(),
        "minCoreVersion '%s' must be a crosswalk-core version, MAJOR.MINOR.PATCH", v));
  }

  /** A manifest that does not say which crosswalk-core reads it. */
  public DataManifest(String id, String dataVersion, FormatVersion formatVersion, String released,
      SortedMap<String, String> editions, List<String> sources, List<DataFile> files) {
    this(id, dataVersion, formatVersion, released, editions, sources, files, Optional.empty());
  }

  /**
   * Reads a manifest strictly: unknown or missing members, wrong types and malformed values are
   * reported with a {@link CrosswalkFormatException} naming the source and position. Members
   * unknown to this library are skipped, not refused, when the manifest's format major is one this
   * library cannot read, so that the refusal names the format and the library that reads it.
   */
  public static DataManifest read(InputStream in, String sourceName) {
    try (JsonParser p = JsonFactories.strict(ReadLimits.DEFAULT).createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail(p, sourceName, "a manifest is a JSON object");
      }
      Map<String, Object> m = new TreeMap<>();
      CrosswalkFormatException unknown = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "id", "dataVersion", "formatVersion", "released", "minCoreVersion" -> m.put(name, text(p, t, sourceName));
          case "editions" -> {
            expect(p, t, JsonToken.START_OBJECT, sourceName);
            Map<String, String> e = new TreeMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String k = JsonValues.checked(p, p.currentName());
              e.put(k, text(p, p.nextToken(), sourceName));
            }
            m.put(name, e);
          }
          case "sources" -> {
            expect(p, t, JsonToken.START_ARRAY, sourceName);
            List<String> s = new ArrayList<>();
            JsonToken v;
            while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
              s.add(text(p, v, sourceName));
            }
            m.put(name, s);
          }
          case "files" -> {
            expect(p, t, JsonToken.START_ARRAY, sourceName);
            List<DataFile> files = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
              String path = null;
              String sha = null;
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                String v = text(p, p.nextToken(), sourceName);
                switch (k) {
                  case "path" -> path = v;
                  case "sha256" -> sha = v;
                  default -> throw fail(p, sourceName, "unknown member '" + k + "' in a file entry; allowed: path, sha256");
                }
              }
              try {
                files.add(new DataFile(path, sha));
              } catch (InvalidValueException e) {
                throw fail(p, sourceName, e.getMessage());
              }
            }
            m.put(name, files);
          }
          default -> {
            // Refused below unless the manifest is in a format major this library cannot read.
            if (unknown == null) {
              unknown = fail(p, sourceName, "unknown member '" + name + "'; allowed: id, dataVersion, formatVersion,"
                  + " released, minCoreVersion, editions, sources, files");
            }
            p.skipChildren();
          }
        }
      }
      if (p.nextToken() != null) {
        throw fail(p, sourceName, "unexpected content after the manifest");
      }
      if (unknown != null && readableOrUnknown(m.get("formatVersion"))) {
        throw unknown;
      }
      for (String required : List.of("id", "dataVersion", "formatVersion", "released", "files")) {
        if (!m.containsKey(required)) {
          throw new CrosswalkFormatException(sourceName, 0, 0, "", "the manifest has no '" + required + "'", null);
        }
      }
      try {
        @SuppressWarnings("unchecked")
        DataManifest manifest = new DataManifest((String) m.get("id"), (String) m.get("dataVersion"),
            FormatVersion.parse((String) m.get("formatVersion")), (String) m.get("released"),
            ImmutableSortedMap.copyOf((Map<String, String>) m.getOrDefault("editions", Map.of())),
            ImmutableList.copyOf((List<String>) m.getOrDefault("sources", List.of())),
            ImmutableList.copyOf((List<DataFile>) m.get("files")),
            Optional.ofNullable((String) m.get("minCoreVersion")));
        return manifest;
      } catch (InvalidValueException e) {
        throw new CrosswalkFormatException(sourceName, 0, 0, "", e.getMessage(), e);
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var loc = e.getLocation();
      throw new CrosswalkFormatException(sourceName, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", String.valueOf(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
    }
  }

  /** True unless the text is a format version this library cannot read. */
  private static boolean readableOrUnknown(Object formatVersion) {
    try {
      return !(formatVersion instanceof String text) || FormatVersion.CURRENT.canRead(FormatVersion.parse(text));
    } catch (InvalidValueException e) {
      return true;
    }
  }

  private static String text(JsonParser p, JsonToken t, String source) throws IOException {
    expect(p, t, JsonToken.VALUE_STRING, source);
    return JsonValues.checked(p, p.getText());
  }

  private static void expect(JsonParser p, JsonToken t, JsonToken expected, String source) {
    if (t != expected) {
      throw fail(p, source, "expected " + expected + ", got " + t);
    }
  }

  private static CrosswalkFormatException fail(JsonParser p, String source, String problem) {
    var loc = p.currentTokenLocation();
    return new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(),
        p.getParsingContext().pathAsPointer().toString(), problem, null);
  }
}
