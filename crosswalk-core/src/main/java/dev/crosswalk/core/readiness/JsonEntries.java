package dev.crosswalk.core.readiness;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.internal.LimitMessages;
import dev.crosswalk.core.internal.Utf8Input;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict streaming reader of a JSON document holding one list of flat entries,
 * {@code {"decisions": [{...}, ...]}}: UTF-8 checked, the {@link ReadLimits} enforced while
 * streaming (at most {@code maxElements} entries, and as many items in each array member),
 * unknown and duplicate members refused. Each entry is handed over as {@link Fields} whose faults
 * name the source, line, column and JSON pointer. Not API.
 */
final class JsonEntries {
  /** The JSON type of an entry's member. */
  enum Type {
    /** A string. */
    STRING,
    /** An array of strings. */
    STRINGS
  }

  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);

  private final ReadLimits limits;
  private final JsonFactory factory;
  private final String list;
  private final String item;
  private final ImmutableMap<String, Type> members;
  private final String shape;

  /**
   * A reader of documents {@code {"<list>": [entry, ...]}}.
   *
   * @param list the document's one member, e.g. {@code decisions}
   * @param item what an entry is, for messages, e.g. {@code decision}
   * @param members the members an entry may have, in the order messages list them
   */
  JsonEntries(ReadLimits limits, String list, String item, ImmutableMap<String, Type> members) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
    this.list = list;
    this.item = item;
    this.members = members;
    this.shape = "a JSON object {\"" + list + "\": [...]} listing " + item + "s";
  }

  /**
   * Reads a document from a stream, which is not closed.
   *
   * @throws CrosswalkFormatException at the first fault
   * @throws CrosswalkDataException if the stream cannot be read
   */
  void read(InputStream in, String source, Consumer<Fields> entries) {
    JsonParser parser = null;
    try (JsonParser p = factory.createParser(Utf8Input.of(in, source, limits.maxDocumentBytes(), true))) {
      parser = p;
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      new Parse(p, source).document(entries);
    } catch (JsonProcessingException e) {
      throw failure(source, parser, e);
    } catch (CharConversionException e) {
      // Utf8Input lets only UTF-8 through; kept so that no encoding error escapes untyped.
      throw new CrosswalkFormatException(source, 1, 0, "", "the input is not valid UTF-8: "
          + Fields.foreign(e.getMessage()), e);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + source + ": " + e, e);
    }
  }

  /** Malformed JSON, a duplicate key or an exceeded limit, located where the parser stopped. */
  private static CrosswalkFormatException failure(String source, JsonParser p, JsonProcessingException e) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
    String message = LimitMessages.problem(e);
    String pointer = "";
    if (p != null) {
      Matcher duplicate = DUPLICATE.matcher(message);
      pointer = duplicate.find() ? container(p.getParsingContext()) + "/" + JsonValues.escape(duplicate.group(1))
          : pointer(p.getParsingContext());
    }
    return new CrosswalkFormatException(source, loc == null ? 0 : Math.max(0, loc.getLineNr()),
        loc == null ? 0 : Math.max(0, loc.getColumnNr()), Fields.foreign(pointer), Fields.foreign(message), e);
  }

  /** The pointer of the value a context is at. */
  private static String pointer(JsonStreamContext context) {
    StringBuilder b = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        b.insert(0, "/" + Math.max(0, c.getCurrentIndex()));
      } else if (c.getCurrentName() != null) {
        b.insert(0, "/" + JsonValues.escape(c.getCurrentName()));
      }
    }
    return b.toString();
  }

  /** The pointer of the object or array a context reads, without the member or item it is at. */
  private static String container(JsonStreamContext context) {
    return context == null ? "" : pointer(context.getParent());
  }

  /** The state of reading one document. */
  private final class Parse {
    private final JsonParser p;
    private final String source;

    Parse(JsonParser p, String source) {
      this.p = p;
      this.source = source;
    }

    void document(Consumer<Fields> entries) throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw fail(p.currentLocation(), "", "the document is empty; expected " + shape);
      }
      if (t != JsonToken.START_OBJECT) {
        throw fail(p.currentTokenLocation(), "", "expected " + shape + ", got " + JsonValues.describe(t));
      }
      JsonLocation start = p.currentTokenLocation();
      boolean listed = false;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String at = "/" + JsonValues.escape(name);
        if (!name.equals(list)) {
          throw fail(p.currentTokenLocation(), at, "unknown member " + Fields.quote(name) + "; the document holds one"
              + " member, '" + list + "'");
        }
        p.nextToken();
        if (p.currentToken() != JsonToken.START_ARRAY) {
          throw fail(p.currentTokenLocation(), at, "expected an array of " + item + "s, got "
              + JsonValues.describe(p.currentToken()));
        }
        listed = true;
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          String pointer = at + "/" + index;
          if (index++ >= limits.maxElements()) {
            throw fail(p.currentTokenLocation(), pointer, "more than " + limits.maxElements() + " " + item
                + "s (ReadLimits.maxElements)");
          }
          entries.accept(entry(pointer));
        }
      }
      if (!listed) {
        throw fail(start, "", "the document has no '" + list + "'; expected " + shape);
      }
      if (p.nextToken() != null) {
        throw fail(p.currentTokenLocation(), "", "unexpected content after the document's object; a file holds one"
            + " object");
      }
    }

    private Entry entry(String pointer) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(p.currentTokenLocation(), pointer, "expected a " + item + ", an object with "
            + String.join(", ", members.keySet()) + "; got " + JsonValues.describe(p.currentToken()));
      }
      JsonLocation start = p.currentTokenLocation();
      Map<String, Object> values = new HashMap<>();
      Map<String, JsonLocation> where = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String at = pointer + "/" + JsonValues.escape(name);
        Type type = members.get(name);
        if (type == null) {
          throw fail(p.currentTokenLocation(), at, "unknown member " + Fields.quote(name) + "; a " + item
              + " has " + String.join(", ", members.keySet()));
        }
        p.nextToken();
        where.put(name, p.currentTokenLocation());
        values.put(name, type == Type.STRING ? string(at) : strings(at));
      }
      return new Entry(pointer, start, values, where);
    }

    private String string(String at) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(p.currentTokenLocation(), at, "expected a string, got " + JsonValues.describe(p.currentToken()));
      }
      return JsonValues.checked(p, p.getText());
    }

    /** An array of strings, each kept with its location for later faults. */
    private List<Located> strings(String at) throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(p.currentTokenLocation(), at, "expected an array of strings, got "
            + JsonValues.describe(p.currentToken()));
      }
      ImmutableList.Builder<Located> out = ImmutableList.builder();
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String pointer = at + "/" + index;
        if (index++ >= limits.maxElements()) {
          throw fail(p.currentTokenLocation(), pointer, "more than " + limits.maxElements()
              + " items (ReadLimits.maxElements)");
        }
        out.add(new Located(string(pointer), p.currentTokenLocation(), pointer));
      }
      return out.build();
    }

    private CrosswalkFormatException fail(JsonLocation loc, String pointer, String problem) {
      return new CrosswalkFormatException(source, loc == null ? 0 : Math.max(0, loc.getLineNr()),
          loc == null ? 0 : Math.max(0, loc.getColumnNr()), Fields.foreign(pointer), Fields.escape(problem), null);
    }

    /** A string item of an array member, and where it is. */
    private record Located(String text, JsonLocation location, String pointer) {}

    /** One entry read: its members' values and where each is. */
    private final class Entry implements Fields {
      private final String pointer;
      private final JsonLocation start;
      private final Map<String, Object> values;
      private final Map<String, JsonLocation> where;

      Entry(String pointer, JsonLocation start, Map<String, Object> values, Map<String, JsonLocation> where) {
        this.pointer = pointer;
        this.start = start;
        this.values = values;
        this.where = where;
      }

      @Override
      public Optional<String> text(String name) {
        String text = (String) values.get(name);
        if (text != null && text.isBlank()) {
          throw fail(name, "is blank; give a value or leave the member out");
        }
        return Optional.ofNullable(text);
      }

      @Override
      public String required(String name) {
        return text(name).orElseThrow(() -> Parse.this.fail(start, pointer, "the " + item + " has no '" + name
            + "'; it is required"));
      }

      @Override
      @SuppressWarnings("unchecked")
      public ImmutableList<String> lines(String name) {
        List<Located> items = (List<Located>) values.get(name);
        if (items == null) {
          return ImmutableList.of();
        }
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (Located l : items) {
          String text = l.text().strip();
          if (text.isEmpty()) {
            throw Parse.this.fail(l.location(), l.pointer(), name + " has a blank entry; give one non-blank text per item");
          }
          if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw Parse.this.fail(l.location(), l.pointer(), name + " has an entry of more than one line; give one"
                + " line per item");
          }
          out.add(text);
        }
        return out.build();
      }

      @Override
      public CrosswalkFormatException fail(String name, String problem) {
        JsonLocation at = where.get(name);
        return at == null
            ? Parse.this.fail(start, pointer, name + " " + problem)
            : Parse.this.fail(at, pointer + "/" + JsonValues.escape(name), name + " " + problem);
      }

      @Override
      public String position() {
        return "line " + start.getLineNr() + " (" + pointer + ")";
      }
    }
  }
}
