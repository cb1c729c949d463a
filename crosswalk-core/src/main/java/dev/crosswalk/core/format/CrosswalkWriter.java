package dev.crosswalk.core.format;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.FormatVersion;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.internal.ItemCodec;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ItemKind;
import java.io.ByteArrayOutputStream;
import dev.crosswalk.core.CrosswalkDataException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a crosswalk as one canonical JSON document (see {@code docs/format.md}).
 *
 * <p>Deterministic: items sorted by id, members in a fixed order, UTF-8, two-space indentation,
 * {@code \n} line ends and a final newline, so the same crosswalk always gives byte-identical
 * output. Stateless and thread-safe.
 */
public final class CrosswalkWriter {
  // The generator flushes on close but leaves the caller's stream open.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private CrosswalkWriter() {}

  /**
   * A writer of the current {@link FormatVersion}. Each document declares the lowest version
   * that holds what it contains (1.0 unless it uses something 1.1 added), so that older readers
   * keep reading what they can.
   */
  public static CrosswalkWriter create() {
    return new CrosswalkWriter();
  }

  /** The document as UTF-8 bytes. */
  public byte[] toBytes(Crosswalk crosswalk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(crosswalk, out);
    return out.toByteArray();
  }

  /** The document as a string. */
  public String toJson(Crosswalk crosswalk) {
    return new String(toBytes(crosswalk), StandardCharsets.UTF_8);
  }

  /**
   * Writes the document to a file, replacing it.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public void write(Crosswalk crosswalk, Path path) {
    OutputFiles.write(path, out -> write(crosswalk, out));
  }

  /**
   * Writes the document to a stream, which is flushed but not closed.
   *
   * @throws CrosswalkDataException if the stream fails
   */
  public void write(Crosswalk crosswalk, OutputStream out) {
    requireNonNull(crosswalk, "crosswalk");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(prettyPrinter());
      writeDocument(g, crosswalk);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write the crosswalk: " + e, e);
    }
  }

  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    return pp;
  }

  private static void writeDocument(JsonGenerator g, Crosswalk c) throws IOException {
    g.writeStartObject();
    g.writeStringField("formatVersion", requiredVersion(c).toString());
    for (ItemKind kind : ItemKind.values()) {
      List<CrosswalkItem> items = c.items(kind);
      if (items.isEmpty()) {
        continue;
      }
      ItemCodec<?> codec = ItemCodecs.of(kind);
      g.writeArrayFieldStart(kind.section());
      for (CrosswalkItem item : items) {
        g.writeStartObject();
        codec.write(g, item);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * The lowest format version that can hold everything in {@code c}: 1.0 unless it uses
   * something 1.1 added (framework attributes, joint ends, citations with a locator, additions).
   */
  static FormatVersion requiredVersion(Crosswalk c) {
    FormatVersion required = new FormatVersion(1, 0);
    String requiredText = required.toString();
    for (ItemKind kind : ItemKind.values()) {
      ItemCodec<?> codec = ItemCodecs.of(kind);
      for (CrosswalkItem item : c.items(kind)) {
        String since = codec.since(item);
        // Nearly every item needs what the last one did: parsed only when it differs.
        if (!since.equals(requiredText) && FormatVersion.parse(since).compareTo(required) > 0) {
          required = FormatVersion.parse(since);
          requiredText = since;
          if (required.equals(FormatVersion.CURRENT)) {
            return required;
          }
        }
      }
    }
    return required;
  }
}
