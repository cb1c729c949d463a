package dev.crosswalk.core.format;

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
import dev.crosswalk.core.internal.Items;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.internal.Utf8Input;
import dev.crosswalk.core.internal.LimitMessages;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Origin;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reads documents in the canonical crosswalk JSON format (see {@code docs/format.md}).
 *
 * <p>Strict: malformed JSON, duplicate keys, unknown members outside {@code extensions}, wrong
 * types, missing required members, trailing content, a newer format major and any exceeded
 * {@link ReadLimits limit} are rejected with a {@link CrosswalkFormatException} naming the
 * source, line:column and JSON pointer. Streaming, so memory is bounded by what is kept, not by
 * the document. Instances are immutable and thread-safe.
 */
public final class CrosswalkReader {
  private final ReadLimits limits;
  private final JsonFactory factory;
  /**
   * One interner per builder read into, so that documents merged into one crosswalk share their
   * element references and source sets; dropped with the builder.
   */
  private final Map<CrosswalkBuilder, Items.Interner> interners = Collections.synchronizedMap(new WeakHashMap<>());

  private CrosswalkReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static CrosswalkReader create() {
    return new CrosswalkReader(ReadLimits.DEFAULT);
  }

  /** A reader with the given limits. */
  public static CrosswalkReader withLimits(ReadLimits limits) {
    return new CrosswalkReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads one or more files as one crosswalk.
   *
   * @throws CrosswalkFormatException if a file is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the merged crosswalk is inconsistent
   * @throws CrosswalkDataException if a file cannot be read
   */
  public Crosswalk read(Path... paths) {
    CrosswalkBuilder builder = Crosswalk.builder();
    for (Path p : paths) {
      readInto(builder, p);
    }
    return builder.build();
  }

  /**
   * Reads one document from a stream as a whole crosswalk. The stream is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file or resource name
   * @throws CrosswalkFormatException if the stream is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    return builder.build();
  }

  /**
   * Reads one document from a JSON string as a whole crosswalk.
   *
   * @throws CrosswalkFormatException if the text is not a valid document
   */
  public Crosswalk read(String json, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    try (JsonParser p = factory.createParser(json)) {
      new Parse(p, sourceName, interners.computeIfAbsent(builder, b -> new Items.Interner())).document(builder);
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
    return builder.build();
  }

  /** Reads one file into a builder, to merge several documents before validation. */
  public void readInto(CrosswalkBuilder builder, Path path) {
    InputFiles.read(path, (in, name) -> {
      readInto(builder, in, name);
      return null;
    });
  }

  /** Reads one document from a stream into a builder. The stream is not closed. */
  public void readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(Utf8Input.of(in, sourceName, limits.maxDocumentBytes(), true))) {
      new Parse(p, sourceName, interners.computeIfAbsent(builder, b -> new Items.Interner())).document(builder);
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
  }

  private static CrosswalkException ioFailure(String sourceName, IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation loc = jpe.getLocation();
      String original = String.valueOf(jpe.getOriginalMessage());
      String problem = original.contains("end-of-input") ? "the document is truncated: " + original : original;
      return new CrosswalkFormatException(sourceName, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", problem, e);
    }
    if (e instanceof CharConversionException) {
      // Encoding detection reads the first bytes before there is a parser to locate the fault.
      return new CrosswalkFormatException(sourceName, 1, 0, "", "the input is not valid text in its encoding: "
          + e.getMessage(), e);
    }
    return new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
  }

  /** The state of reading one document. */
  private final class Parse {
    private final JsonParser p;
    private final String source;
    private final Items.Interner interner;
    private int elements;

    Parse(JsonParser p, String source, Items.Interner interner) {
      this.p = p;
      this.source = source;
      this.interner = interner;
    }

    void document(CrosswalkBuilder builder) throws IOException {
      try {
        documentBody(builder);
      } catch (JsonProcessingException e) {
        // Limit violations carry no location; report where the parser stopped.
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String problem = LimitMessages.problem(e);
        throw new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(), "",
            problem.contains("end-of-input") ? "the document is truncated: " + problem : problem, e);
      } catch (CharConversionException e) {
        // Thrown by Jackson's UTF-32 decoding, which is not a JsonProcessingException.
        JsonLocation loc = p.currentLocation();
        throw new CrosswalkFormatException(source, Math.max(1, loc.getLineNr()), loc.getColumnNr(), "",
            "the input is not valid text in its encoding: " + e.getMessage(), e);
      }
    }

    private void documentBody(CrosswalkBuilder builder) throws IOException {
      JsonToken first = next();
      if (first == null) {
        throw fail("the document is empty; expected a JSON object with 'formatVersion'");
      }
      if (first != JsonToken.START_OBJECT) {
        throw fail("expected a JSON object, got " + describe(first));
      }
      boolean versionSeen = false;
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!versionSeen && !name.equals("formatVersion")) {
          throw fail("'formatVersion' must be the first member of a document, found '" + name + "'");
        }
        if (name.equals("formatVersion")) {
          versionSeen = true;
          version(string());
          continue;
        }
        Items.Type type = Items.Type.ofSection(name).orElseThrow(() -> fail("unknown member '" + name
            + "'; allowed here: formatVersion, " + String.join(", ", Items.Type.sections())
            + " (put your own data inside 'extensions')"));
        array(type, builder);
      }
      if (!versionSeen) {
        throw fail("the document has no 'formatVersion'");
      }
      JsonToken trailing;
      try {
        trailing = p.nextToken();
      } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        throw e;
      } catch (JsonProcessingException e) {
        throw fail("unexpected content after the end of the document");
      }
      if (trailing != null) {
        throw fail("unexpected content after the end of the document: " + describe(trailing));
      }
    }

    private void version(String text) {
      FormatVersion v;
      try {
        v = FormatVersion.parse(text);
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage());
      }
      if (!FormatVersion.CURRENT.canRead(v)) {
        throw fail("format version " + v + " is not supported: this crosswalk-core reads format "
            + FormatVersion.CURRENT.major() + ".x" + (v.major() > FormatVersion.CURRENT.major()
                ? "; upgrade crosswalk-core to a version that reads format " + v.major() + ".x" : ""));
      }
    }

    // ---- items -------------------------------------------------------------------------------

    private void array(Items.Type type, CrosswalkBuilder builder) throws IOException {
      JsonToken t = next();
      if (t != JsonToken.START_ARRAY) {
        throw fail("expected an array, got " + describe(t));
      }
      // Pointers are built from the section and the index, not asked of the parser: that costs
      // more than the rest of reading an item. Members' origins are made only on failure.
      String sectionPointer = "/" + type.section() + "/";
      int index = 0;
      while ((t = next()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw fail("expected a " + type.typeName() + " object, got " + describe(t));
        }
        if (++elements > limits.maxElements()) {
          throw fail("the document holds more than " + limits.maxElements() + " items (ReadLimits.maxElements)");
        }
        JsonLocation start = p.currentTokenLocation();
        Items.Members members = new Items.Members(type,
            new Origin(source, start.getLineNr(), start.getColumnNr(), sectionPointer + index++), interner);
        while (next() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation at = p.currentTokenLocation();
          next();
          members.put(name, JsonValues.read(p), at.getLineNr(), at.getColumnNr());
        }
        members.addTo(builder);
      }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private JsonToken next() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null && p.getParsingContext().getParent() != null) {
        throw fail("unexpected end of input: the document is truncated");
      }
      return t;
    }


    private String pointer() {
      return p.getParsingContext().pathAsPointer().toString();
    }

    private CrosswalkFormatException fail(String problem) {
      JsonLocation loc = p.currentTokenLocation();
      return new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(), pointer(), problem, null);
    }

    private String describe(JsonToken t) {
      if (t == null) {
        return "end of input";
      }
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> t.toString();
      };
    }

    private String string() throws IOException {
      JsonToken t = next();
      if (t != JsonToken.VALUE_STRING) {
        throw fail("expected a string, got " + describe(t));
      }
      return p.getText();
    }
  }
}
