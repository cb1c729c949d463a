package dev.crosswalk.core.oscal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.internal.LimitMessages;
import dev.crosswalk.core.internal.Utf8Input;
import dev.crosswalk.core.model.Origin;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The token-level reading both OSCAL readers share: the next token, where it is, one-line located
 * faults, arrays of objects, and strings checked as every reader checks them (no U+0000, no
 * unpaired surrogate). One document per instance; not thread-safe. Not API.
 */
abstract class OscalParse {
  /** The parser of the document. */
  final JsonParser p;
  /** The document's name in messages. */
  final String source;

  OscalParse(JsonParser p, String source) {
    this.p = p;
    this.source = source;
  }

  /** Reads one document with a parse; may fail with the parser's exceptions. */
  @FunctionalInterface
  interface Reading<P extends OscalParse, R> {
    /** Reads the document. */
    R read(P parse) throws IOException;
  }

  /**
   * The one way both readers open and read a document: UTF-8 checked and bounded by
   * {@code maxDocumentBytes}, malformed JSON, bad encoding and exceeded limits reported as located
   * one-line faults, I/O failures as {@link CrosswalkDataException}. The stream is not closed.
   */
  static <P extends OscalParse, R> R read(JsonFactory factory, ReadLimits limits, InputStream in, String sourceName,
      BiFunction<JsonParser, String, P> newParse, Reading<P, R> reading) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    JsonParser p;
    try {
      p = factory.createParser(Utf8Input.of(in, sourceName, limits.maxDocumentBytes(), true));
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
    try (p) {
      P parse = newParse.apply(p, sourceName);
      try {
        return reading.read(parse);
      } catch (JsonProcessingException | CharConversionException e) {
        throw parse.syntaxFailure(e);
      }
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
  }

  private static CrosswalkException ioFailure(String sourceName, IOException e) {
    if (e instanceof JsonProcessingException || e instanceof CharConversionException) {
      return new CrosswalkFormatException(sourceName, 1, 1, "", "not a JSON document: " + e.getMessage(), e);
    }
    return new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
  }

  /** What reads the value of a document's root member; the parser is on the value's first token. */
  @FunctionalInterface
  interface RootReader {
    /** Reads the member's value, starting at {@code first}. */
    void read(JsonToken first) throws IOException;
  }

  /**
   * Reads a whole document: a JSON object whose member {@code root} is read by {@code reader}
   * (other members are skipped) and nothing after it.
   *
   * @param what what the document should be, e.g. {@code an OSCAL catalog}, for the message when
   *     the member is missing (which names up to five members found instead)
   * @return where the root member's value starts
   */
  final Origin document(String root, String what, RootReader reader) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw fail("the document is empty; expected an OSCAL JSON object with a '" + root + "' member");
    }
    if (first != JsonToken.START_OBJECT) {
      throw fail("expected an OSCAL JSON object with a '" + root + "' member, got " + JsonValues.describe(first));
    }
    Origin rootOrigin = null;
    List<String> others = new ArrayList<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = next();
      if (name.equals(root)) {
        rootOrigin = origin();
        reader.read(t);
      } else {
        if (others.size() < 5) {
          others.add(name);
        }
        p.skipChildren();
      }
    }
    if (rootOrigin == null) {
      throw fail("not " + what + ": the document has no '" + root + "' member"
          + (others.isEmpty() ? "" : " (found " + String.join(", ", others) + ")"));
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw fail("unexpected content after the end of the document: " + JsonValues.describe(trailing));
    }
    return rootOrigin;
  }

  /** What to do with each object of an array. */
  @FunctionalInterface
  interface IoAction {
    /** Reads one object; the parser is on its start. */
    void run() throws IOException;
  }

  /** The next token; a truncated document is a fault. */
  final JsonToken next() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fail("unexpected end of input: the document is truncated");
    }
    return t;
  }

  /** Where the current token is. */
  final Origin origin() {
    JsonLocation loc = p.currentTokenLocation();
    return new Origin(source, loc.getLineNr(), loc.getColumnNr(), pointer());
  }

  /** The JSON pointer of the current value. */
  final String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  /** A fault at the current token. */
  final CrosswalkFormatException fail(String problem) {
    return failAt(origin(), problem);
  }

  /** A fault at a position read earlier. */
  final CrosswalkFormatException failAt(Origin o, String problem) {
    return new CrosswalkFormatException(source, o.line(), o.column(), o.pointer(), oneLine(problem), null);
  }

  /** The fault for malformed JSON, bad encoding or an exceeded limit, naming the limit. */
  final CrosswalkFormatException syntaxFailure(IOException e) {
    JsonLocation loc = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
    if (loc == null || loc.getLineNr() <= 0) {
      loc = p.currentLocation();
    }
    String problem = e instanceof JsonProcessingException jpe ? LimitMessages.problem(jpe)
        : "invalid character encoding: " + e.getMessage();
    if (problem.contains("end-of-input")) {
      problem = "the document is truncated: " + problem;
    }
    return new CrosswalkFormatException(source, Math.max(1, loc.getLineNr()), Math.max(0, loc.getColumnNr()),
        pointer(), oneLine(problem), e);
  }

  /** The string members {@code names} of the current object (others skipped), checked. */
  final Map<String, String> strings(String what, String... names) throws IOException {
    Map<String, String> out = new HashMap<>();
    while (next() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = next();
      if (List.of(names).contains(name)) {
        if (v != JsonToken.VALUE_STRING) {
          throw fail("'" + name + "' of " + what + " must be a string, got " + JsonValues.describe(v));
        }
        out.put(name, JsonValues.checked(p, p.getText()));
      } else {
        p.skipChildren();
      }
    }
    return out;
  }

  /** Reads an array of objects, calling {@code perObject} on each. */
  final void array(JsonToken t, String what, IoAction perObject) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw fail("'" + what + "' must be an array, got " + JsonValues.describe(t));
    }
    JsonToken e;
    while ((e = next()) != JsonToken.END_ARRAY) {
      if (e != JsonToken.START_OBJECT) {
        throw fail("an item of '" + what + "' must be an object, got " + JsonValues.describe(e));
      }
      perObject.run();
    }
  }

  /** Checks the token starts an object. */
  final void expectObject(JsonToken t, String what) {
    if (t != JsonToken.START_OBJECT) {
      throw fail(what + " must be an object, got " + JsonValues.describe(t));
    }
  }

  /** The current string value, checked. */
  final String string(JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw fail("expected a string, got " + JsonValues.describe(t));
    }
    return JsonValues.checked(p, p.getText());
  }

  /** Messages are one line: a line break in quoted input is shown as {@code \n}. */
  static String oneLine(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
