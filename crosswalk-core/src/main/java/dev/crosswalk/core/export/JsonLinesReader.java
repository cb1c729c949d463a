package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.Items;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.internal.Utf8Input;
import dev.crosswalk.core.internal.LimitMessages;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Origin;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON Lines written by {@link JsonLinesExporter} (or by hand, in the same shape) back into
 * a {@link Crosswalk}, losslessly.
 *
 * <p>Strict, like the canonical reader: every line holds exactly one JSON object with a {@code
 * type} member and the members the canonical format allows for that type; malformed JSON, blank
 * lines, an object spread over several lines, duplicate keys, unknown types or members, wrong
 * types, missing required members and exceeded {@link ReadLimits limits} are rejected with a
 * {@link CrosswalkFormatException} naming the source, line and member. The lines may come in any
 * order; the crosswalk is validated as a whole after the last one. Instances are immutable and
 * thread-safe.
 */
public final class JsonLinesReader {
  private final ReadLimits limits;
  private final JsonFactory factory;

  private JsonLinesReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static JsonLinesReader create() {
    return new JsonLinesReader(ReadLimits.DEFAULT);
  }

  /**
   * This reader with the given limits; {@code maxElements} bounds the number of lines of one
   * input, the others apply as in the canonical reader.
   */
  public JsonLinesReader withLimits(ReadLimits limits) {
    return new JsonLinesReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one or more files as one crosswalk.
   *
   * @throws CrosswalkFormatException if a file is not valid JSON Lines of this shape
   * @throws dev.crosswalk.core.CrosswalkValidationException if the merged crosswalk is inconsistent
   * @throws CrosswalkDataException if a file cannot be read
   */
  public Crosswalk read(Path... files) {
    CrosswalkBuilder builder = Crosswalk.builder();
    for (Path file : files) {
      readInto(builder, file);
    }
    return builder.build();
  }

  /**
   * Reads a stream, which is not closed, as one crosswalk.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws CrosswalkFormatException if the input is not valid JSON Lines of this shape
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    return builder.build();
  }

  /**
   * Reads JSON Lines text as one crosswalk.
   *
   * @throws CrosswalkFormatException if the text is not valid JSON Lines of this shape
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(String jsonLines, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    requireNonNull(jsonLines, "jsonLines");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(jsonLines)) {
      new Parse(p, sourceName).lines(builder);
    } catch (IOException e) {
      throw failure(sourceName, e);
    }
    return builder.build();
  }

  /**
   * Reads one file into a builder, to merge several inputs before validation.
   *
   * @throws CrosswalkFormatException if the file is not valid JSON Lines of this shape
   * @throws CrosswalkDataException if the file cannot be read
   */
  public void readInto(CrosswalkBuilder builder, Path file) {
    InputFiles.read(file, (in, name) -> {
      readInto(builder, in, name);
      return null;
    });
  }

  /**
   * Reads a stream, which is not closed, into a builder.
   *
   * @throws CrosswalkFormatException if the input is not valid JSON Lines of this shape
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public void readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(Utf8Input.of(in, sourceName, limits.maxDocumentBytes(), true))) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      new Parse(p, sourceName).lines(builder);
    } catch (IOException e) {
      throw failure(sourceName, e);
    }
  }

  private static CrosswalkException failure(String sourceName, IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      return new CrosswalkFormatException(sourceName, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", String.valueOf(jpe.getOriginalMessage()), e);
    }
    if (e instanceof CharConversionException) {
      // Encoding detection reads the first bytes before there is a parser to locate the fault.
      return new CrosswalkFormatException(sourceName, 1, 0, "", "the input is not valid text in its encoding: "
          + e.getMessage(), e);
    }
    return new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
  }

  /** The state of reading one input. */
  private final class Parse {
    private final JsonParser p;
    private final String source;
    /** One for the whole input: lines share their references and source sets. */
    private final Items.Interner interner = new Items.Interner();

    Parse(JsonParser p, String source) {
      this.p = p;
      this.source = source;
    }

    void lines(CrosswalkBuilder builder) throws IOException {
      try {
        readLines(builder);
      } catch (JsonProcessingException e) {
        // Limit violations carry no location; report where the parser stopped.
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(), "",
            LimitMessages.problem(e), e);
      } catch (CharConversionException e) {
        // Thrown by Jackson's UTF-32 decoding, which is not a JsonProcessingException.
        JsonLocation loc = p.currentLocation();
        throw new CrosswalkFormatException(source, Math.max(1, loc.getLineNr()), loc.getColumnNr(), "",
            "the input is not valid text in its encoding: " + e.getMessage(), e);
      }
    }

    private void readLines(CrosswalkBuilder builder) throws IOException {
      long expectedLine = 1;
      int count = 0;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation start = p.currentTokenLocation();
        long line = start.getLineNr();
        long column = start.getColumnNr();
        if (line < expectedLine) {
          throw new CrosswalkFormatException(source, line, column, "",
              "more than one value on line " + line + "; JSON Lines holds one object per line", null);
        }
        if (line > expectedLine) {
          throw new CrosswalkFormatException(source, expectedLine, 0, "",
              "line " + expectedLine + " is blank; JSON Lines holds one object per line, with no blank lines", null);
        }
        if (t != JsonToken.START_OBJECT) {
          throw new CrosswalkFormatException(source, line, column, "",
              "expected a JSON object with a 'type' member, got " + JsonValues.describe(t), null);
        }
        if (++count > limits.maxElements()) {
          throw new CrosswalkFormatException(source, line, column, "",
              "the input holds more than " + limits.maxElements() + " lines (ReadLimits.maxElements)", null);
        }
        Origin at = new Origin(source, line, column, "");
        @SuppressWarnings("unchecked")
        Map<String, Object> members = (Map<String, Object>) JsonValues.read(p);
        long endLine = p.currentLocation().getLineNr();
        if (endLine != line) {
          throw new CrosswalkFormatException(source, line, column, "",
              "the object starting on line " + line + " ends on line " + endLine
                  + "; JSON Lines holds each object on one line", null);
        }
        item(members, at, interner).addTo(builder);
        expectedLine = line + 1;
      }
    }
  }

  /** The members of one line's object, checked against its {@code type}. */
  private static Items.Members item(Map<String, Object> members, Origin at, Items.Interner interner) {
    Object typeValue = members.get("type");
    if (typeValue == null) {
      throw new CrosswalkFormatException(at.source(), at.line(), at.column(), "",
          "the object has no 'type'; use one of " + ItemKind.typeNames(), null);
    }
    ItemKind kind = (typeValue instanceof String name ? ItemKind.ofTypeName(name) : Optional.<ItemKind>empty())
        .orElseThrow(() -> new CrosswalkFormatException(at.source(), at.line(), at.column(), "/type",
            "'type' must be one of " + ItemKind.typeNames() + ", got " + JsonValues.describe(typeValue)
                + (typeValue instanceof String s ? " '" + s + "'" : ""), null));
    Items.Members item = new Items.Members(kind, at, interner);
    for (Map.Entry<String, Object> e : members.entrySet()) {
      if (!e.getKey().equals("type")) {
        item.put(e.getKey(), e.getValue(), new Origin(at.source(), at.line(), at.column(),
            "/" + JsonValues.escape(e.getKey())));
      }
    }
    return item;
  }
}
