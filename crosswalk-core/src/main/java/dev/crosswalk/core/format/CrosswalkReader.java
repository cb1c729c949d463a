package dev.crosswalk.core.format;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.FormatVersion;
import dev.crosswalk.core.ReadLimits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.internal.InputText;
import dev.crosswalk.core.internal.Items;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.internal.Utf8Input;
import dev.crosswalk.core.internal.LimitMessages;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Origin;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
  /**
   * One document for {@link #read(List)}: the name used in error messages and a way to open its
   * bytes, which {@code read} closes.
   *
   * @param name a file or resource name
   * @param opener opens the document's bytes
   */
  public record Input(String name, Opener opener) {
    /** Validates the components. */
    public Input {
      requireNonNull(name, "name");
      requireNonNull(opener, "opener");
    }

    /** A file, named by its path. */
    public static Input of(Path file) {
      requireNonNull(file, "file");
      return new Input(file.toString(), () -> Files.newInputStream(file));
    }

    /**
     * A document already in memory, which is not copied: it must not change while it is read.
     * It is checked in one pass and then parsed in place, which is faster than reading a stream.
     */
    public static Input of(String name, byte[] bytes) {
      return new Input(name, new InMemory(requireNonNull(bytes, "bytes")));
    }
  }

  /** The opener of {@link Input#of(String, byte[])}, which the reader parses in place. */
  private record InMemory(byte[] bytes) implements Opener {
    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }

  /** Opens a document's bytes. */
  @FunctionalInterface
  public interface Opener {
    /** A new stream over the document, which the caller closes. */
    InputStream open() throws IOException;
  }

  private final ReadLimits limits;
  private final int parallelism;
  private final JsonFactory factory;

  private CrosswalkReader(ReadLimits limits, int parallelism) {
    this.limits = requireNonNull(limits, "limits");
    if (parallelism < 1) {
      throw new InvalidValueException("parallelism must be at least 1, got " + parallelism);
    }
    this.parallelism = parallelism;
    // Duplicate members are found by Items.Members, JsonValues.read and documentBody, for less garbage.
    this.factory = JsonFactories.strictKeysCheckedByCaller(limits);
  }

  /**
   * A reader with {@link ReadLimits#DEFAULT default limits} that reads the documents of one
   * {@link #read(List)} call on as many threads as there are processors.
   */
  public static CrosswalkReader create() {
    return new CrosswalkReader(ReadLimits.DEFAULT, Runtime.getRuntime().availableProcessors());
  }

  /** This reader with the given limits, applied to each document; its parallelism is kept. */
  public CrosswalkReader withLimits(ReadLimits limits) {
    return new CrosswalkReader(limits, parallelism);
  }

  /**
   * This reader, reading the documents of one {@link #read(List)} call on at most {@code threads}
   * threads; 1 reads them one after the other on the calling thread. Its limits are kept.
   *
   * @throws InvalidValueException if {@code threads} is less than 1
   */
  public CrosswalkReader withParallelism(int threads) {
    return new CrosswalkReader(limits, threads);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /** How many threads one {@link #read(List)} call may use. */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Reads one or more files as one crosswalk, as {@link #read(List)} does.
   *
   * @throws CrosswalkFormatException if a file is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the merged crosswalk is inconsistent
   * @throws CrosswalkDataException if a file cannot be read
   */
  public Crosswalk read(Path... files) {
    List<Input> inputs = new ArrayList<>(files.length);
    for (Path file : files) {
      inputs.add(Input.of(file));
    }
    return read(inputs);
  }

  /**
   * Reads several documents as one crosswalk. Documents are parsed concurrently, on up to
   * {@link #parallelism()} threads this call starts and stops (the calling thread is one of them),
   * each into a builder of its own; the builders are merged in the order given, so the result, its
   * origins and every error are the same as reading them one after the other. When several
   * documents are invalid, the first one's error is thrown.
   *
   * @throws CrosswalkFormatException if a document is not valid
   * @throws dev.crosswalk.core.CrosswalkValidationException if the merged crosswalk is inconsistent
   * @throws CrosswalkDataException if a document cannot be read
   */
  public Crosswalk read(List<Input> documents) {
    List<Input> inputs = List.copyOf(documents);
    CrosswalkBuilder builder = Crosswalk.builder();
    // One store for the call: the documents merged into one crosswalk share their references.
    Items.Interner.Store store = new Items.Interner.Store();
    int threads = Math.min(parallelism, inputs.size());
    if (threads <= 1) {
      inputs.forEach(d -> read(d, builder, store));
    } else {
      readConcurrently(inputs, threads, builder, store);
    }
    return builder.build();
  }

  /**
   * Reads one document from a stream as a whole crosswalk. The stream is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file or resource name
   * @throws CrosswalkFormatException if the stream is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    return builder.build();
  }

  /**
   * Reads one document held in a string as a whole crosswalk.
   *
   * @param sourceName the name used in error messages
   * @throws CrosswalkFormatException if the text is not a valid document
   * @throws dev.crosswalk.core.CrosswalkValidationException if the crosswalk is inconsistent
   */
  public Crosswalk read(String json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    CrosswalkBuilder builder = Crosswalk.builder();
    parse(() -> factory.createParser(json), sourceName, builder, new Items.Interner.Store());
    return builder.build();
  }

  /**
   * Reads one file into a builder without validating, to merge it with other documents (or
   * other readers' items) before {@link CrosswalkBuilder#build()}.
   *
   * @throws CrosswalkFormatException if the file is not a valid document
   * @throws CrosswalkDataException if the file cannot be read
   */
  public void readInto(CrosswalkBuilder builder, Path file) {
    requireNonNull(builder, "builder");
    read(Input.of(file), builder, new Items.Interner.Store());
  }

  /**
   * Reads one document from a stream into a builder without validating, as {@link
   * #readInto(CrosswalkBuilder, Path)} does. The stream is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file or resource name
   * @throws CrosswalkFormatException if the stream is not a valid document
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public void readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    parse(in, sourceName, builder, new Items.Interner.Store());
  }

  /** Reads the documents on {@code threads} threads into builders of their own, then merges them in order. */
  private void readConcurrently(List<Input> documents, int threads, CrosswalkBuilder builder,
      Items.Interner.Store store) {
    CrosswalkBuilder[] parts = new CrosswalkBuilder[documents.size()];
    Throwable[] failures = new Throwable[documents.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < parts.length; i = next.getAndIncrement()) {
        if (i > firstFailure.get()) {
          continue; // an earlier document failed: its error is the one thrown
        }
        try {
          CrosswalkBuilder part = Crosswalk.builder();
          read(documents.get(i), part, store);
          parts[i] = part;
        } catch (Throwable t) { // rethrown on the calling thread
          failures[i] = t;
          firstFailure.accumulateAndGet(i, Math::min);
        }
      }
    };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread helper = new Thread(work, "crosswalk-reader-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    work.run();
    helpers.forEach(CrosswalkReader::joinUninterruptibly);
    for (int i = 0; i < parts.length; i++) {
      if (failures[i] != null) {
        if (failures[i] instanceof RuntimeException unchecked) {
          throw unchecked;
        }
        if (failures[i] instanceof Error error) {
          throw error;
        }
        throw new CrosswalkDataException("cannot read " + documents.get(i).name() + ": " + failures[i], failures[i]);
      }
      builder.addEntries(parts[i]);
    }
  }

  private void read(Input input, CrosswalkBuilder into, Items.Interner.Store store) {
    if (input.opener() instanceof InMemory document) {
      // Checked whole, then parsed in place: no stream, no copy into the parser's buffer.
      Utf8Input.check(document.bytes(), input.name(), limits.maxDocumentBytes(), true);
      parse(() -> factory.createParser(document.bytes()), input.name(), into, store);
      return;
    }
    InputFiles.read(input.name(), input.opener()::open, (in, name) -> {
      parse(in, name, into, store);
      return null;
    });
  }

  private void parse(InputStream in, String sourceName, CrosswalkBuilder into, Items.Interner.Store store) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    parse(() -> factory.createParser(Utf8Input.of(in, sourceName, limits.maxDocumentBytes(), true)), sourceName,
        into, store);
  }

  /** Creates a parser over one document's bytes. */
  @FunctionalInterface
  private interface ParserOpener {
    JsonParser open() throws IOException;
  }

  private void parse(ParserOpener opener, String sourceName, CrosswalkBuilder into, Items.Interner.Store store) {
    try (JsonParser p = opener.open()) {
      new Parse(p, sourceName, new Items.Interner(store)).document(into);
    } catch (IOException e) {
      throw ioFailure(sourceName, e);
    }
  }

  /** Waits for a helper thread to end; an interrupt is remembered and restored, not obeyed. */
  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          thread.join();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
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
    /** The version the document declares (read first); the members it may hold depend on it. */
    private FormatVersion declared = FormatVersion.CURRENT;
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
        throw fail("expected a JSON object, got " + JsonValues.describe(first));
      }
      boolean versionSeen = false;
      java.util.Set<ItemKind> sectionsSeen = java.util.EnumSet.noneOf(ItemKind.class);
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!versionSeen && !name.equals("formatVersion")) {
          throw fail("'formatVersion' must be the first member of a document, found '" + name + "'");
        }
        if (name.equals("formatVersion")) {
          if (versionSeen) {
            throw fail("Duplicate field 'formatVersion'");
          }
          versionSeen = true;
          version(string());
          continue;
        }
        ItemKind kind = ItemKind.ofSection(name).orElseThrow(() -> fail("unknown member '" + name
            + "'; allowed here: formatVersion, " + String.join(", ", ItemKind.sections())
            + " (put your own data inside 'extensions')"));
        if (!sectionsSeen.add(kind)) {
          throw fail("Duplicate field '" + name + "'");
        }
        array(kind, builder);
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
        throw fail("unexpected content after the end of the document: " + JsonValues.describe(trailing));
      }
    }

    private void version(String text) {
      FormatVersion v;
      try {
        v = FormatVersion.parse(text);
      } catch (InvalidValueException e) {
        throw fail(e.getMessage());
      }
      if (!FormatVersion.CURRENT.canRead(v)) {
        throw fail("format version " + v + " is not supported: this crosswalk-core reads format "
            + FormatVersion.CURRENT.major() + ".0 to " + FormatVersion.CURRENT
            + (v.compareTo(FormatVersion.CURRENT) > 0
                ? "; upgrade crosswalk-core to a version that reads format " + v : ""));
      }
      declared = v;
    }

    // ---- items -------------------------------------------------------------------------------

    private void array(ItemKind kind, CrosswalkBuilder builder) throws IOException {
      JsonToken t = next();
      if (t != JsonToken.START_ARRAY) {
        throw fail("expected an array, got " + JsonValues.describe(t));
      }
      // Pointers are built from the section and the index, not asked of the parser: that costs
      // more than the rest of reading an item. Members' origins are made only on failure.
      String sectionPointer = "/" + kind.section() + "/";
      int index = 0;
      Items.Members members = null; // one for the whole array, reset per item
      while ((t = next()) != JsonToken.END_ARRAY) {
        if (t != JsonToken.START_OBJECT) {
          throw fail("expected a " + kind.typeName() + " object, got " + JsonValues.describe(t));
        }
        if (++elements > limits.maxElements()) {
          throw fail("the document holds more than " + limits.maxElements() + " items (ReadLimits.maxElements)");
        }
        JsonLocation start = p.currentTokenLocation();
        Origin at = new Origin(source, start.getLineNr(), start.getColumnNr(), sectionPointer + index++);
        if (members == null) {
          members = new Items.Members(kind, at, interner);
          members.declare(declared.toString());
        } else {
          members.reset(at);
        }
        while (next() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          int slot = members.slot(name);
          if (slot < 0) {
            JsonLocation loc = p.currentTokenLocation();
            throw members.unknownMember(name,
                new Origin(source, loc.getLineNr(), loc.getColumnNr(), at.pointer() + "/" + JsonValues.escape(name)));
          }
          next();
          // Located at the value, where a wrong value is.
          JsonLocation value = p.currentTokenLocation();
          members.put(slot, members.repeats(slot) ? repeatingValue() : JsonValues.read(p), value.getLineNr(),
              value.getColumnNr());
        }
        members.addTo(builder);
      }
    }

    /**
     * The value at the current token, like {@link JsonValues#read}, but with strings (alone or
     * in an array) taken from the interner without making a string per occurrence.
     */
    private Object repeatingValue() throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return text();
      }
      if (t != JsonToken.START_ARRAY) {
        return JsonValues.read(p); // a wrong type, reported when decoded
      }
      java.util.List<Object> values = new java.util.ArrayList<>(2);
      while ((t = next()) != JsonToken.END_ARRAY) {
        values.add(t == JsonToken.VALUE_STRING ? text() : JsonValues.read(p));
      }
      return values;
    }

    /** The current string from the interner, when {@link InputText} accepts it. */
    private String text() throws IOException {
      char[] chars = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      String problem = InputText.problem(chars, offset, length);
      if (problem != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, problem);
      }
      return interner.text(chars, offset, length);
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

    private String string() throws IOException {
      JsonToken t = next();
      if (t != JsonToken.VALUE_STRING) {
        throw fail("expected a string, got " + JsonValues.describe(t));
      }
      return JsonValues.checked(p, p.getText());
    }
  }
}
