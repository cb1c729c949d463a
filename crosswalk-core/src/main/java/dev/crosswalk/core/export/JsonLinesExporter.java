package dev.crosswalk.core.export;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.internal.OutputFiles;
import dev.crosswalk.core.internal.ItemCodec;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ItemKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a crosswalk as JSON Lines: one JSON object per line, each with a {@code type} member
 * (the {@link ItemKind#typeName()}: {@code framework}, {@code source}, {@code requirement}, {@code
 * control}, {@code mapping}, {@code noCounterpart} or {@code addition}) followed by the members the
 * canonical format gives that item.
 *
 * <p>Lossless ({@link JsonLinesReader} reads it back into an equal crosswalk) and deterministic:
 * frameworks, sources, requirements, controls, mappings, no-counterparts, then additions, each in
 * the canonical order; members in the canonical order; UTF-8, no insignificant white space, {@code \n}
 * after every line. Stateless and thread-safe.
 */
public final class JsonLinesExporter {
  // The generator flushes on close but leaves the caller's stream open.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private JsonLinesExporter() {}

  /** An exporter. */
  public static JsonLinesExporter create() {
    return new JsonLinesExporter();
  }

  /** The lines as UTF-8 bytes. */
  public byte[] toBytes(Crosswalk crosswalk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(crosswalk, out);
    return out.toByteArray();
  }

  /** The lines as a string. */
  public String toJsonLines(Crosswalk crosswalk) {
    return new String(toBytes(crosswalk), StandardCharsets.UTF_8);
  }

  /**
   * Writes the lines to a file, replacing it.
   *
   * @throws CrosswalkDataException if the file cannot be written
   */
  public void write(Crosswalk crosswalk, Path file) {
    OutputFiles.write(file, out -> write(crosswalk, out));
  }

  /**
   * Writes the lines to a stream, which is flushed but not closed.
   *
   * @throws CrosswalkDataException if an element's extensions are not well-formed JSON
   * @throws CrosswalkDataException if the stream fails
   */
  public void write(Crosswalk crosswalk, OutputStream out) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      // No root value separator: each line is written and ended explicitly.
      g.setRootValueSeparator(null);
      for (ItemKind kind : ItemKind.values()) {
        ItemCodec<?> codec = ItemCodecs.of(kind);
        for (CrosswalkItem item : crosswalk.items(kind)) {
          g.writeStartObject();
          g.writeStringField("type", kind.typeName());
          codec.write(g, item);
          g.writeEndObject();
          g.writeRaw('\n');
        }
      }
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot write the JSON Lines: " + e, e);
    }
  }
}
