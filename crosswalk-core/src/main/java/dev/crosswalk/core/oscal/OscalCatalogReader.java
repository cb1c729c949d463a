package dev.crosswalk.core.oscal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Violation;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads an OSCAL catalog in JSON into one {@link Framework} with its {@link Requirement}s (and,
 * for catalogs crosswalk wrote, its {@link Control}s); see {@code docs/oscal.md}.
 *
 * <p>Reads catalogs {@link OscalCatalogWriter} wrote back into the same framework, requirements and
 * controls, and third-party catalogs such as NIST SP 800-53 rev 5: every group with an id or a
 * label and every control, nested or not, becomes a requirement. Its ref is the control's
 * {@code label} prop (the one without a {@code class}, else the first), else its OSCAL id; the
 * statement parts are flattened to text. Members OSCAL allows and crosswalk does not use are
 * skipped.
 *
 * <p>The input must be UTF-8 (a leading byte order mark is skipped); overlong forms, encoded
 * surrogates and other invalid sequences are rejected, also inside members that are skipped.
 *
 * <p>Streaming and bounded: the {@link ReadLimits} (nesting depth, string length, document size,
 * number of groups and controls) are enforced while reading, also inside skipped members.
 * Malformed JSON, a wrong type where a value is used, a missing required member, an exceeded limit
 * and an element the model rejects all give a {@link CrosswalkFormatException} naming the source,
 * line:column and JSON pointer. Instances are immutable and thread-safe.
 */
public final class OscalCatalogReader {
  private final ReadLimits limits;
  private final JsonFactory factory;
  private final Optional<String> frameworkId;

  private OscalCatalogReader(ReadLimits limits, Optional<String> frameworkId) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
    this.frameworkId = frameworkId;
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static OscalCatalogReader create() {
    return new OscalCatalogReader(ReadLimits.DEFAULT, Optional.empty());
  }

  /** A copy of this reader with the given limits. */
  public OscalCatalogReader withLimits(ReadLimits limits) {
    return new OscalCatalogReader(limits, frameworkId);
  }

  /**
   * A copy of this reader that gives the framework this id. Without one, the reader uses the id a
   * crosswalk catalog records, else one derived from the catalog's title (lower case, runs of
   * other characters than letters and digits as {@code -}, at most 64 characters).
   *
   * @throws dev.crosswalk.core.InvalidReferenceException if the id is not a valid framework id
   */
  public OscalCatalogReader withFrameworkId(String id) {
    ElementRef.of(requireNonNull(id, "id"), "x"); // validates the id
    return new OscalCatalogReader(limits, Optional.of(id));
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a catalog file as a crosswalk holding its one framework.
   *
   * @throws CrosswalkFormatException if the file is not a valid catalog or its elements are
   *     inconsistent (duplicate refs or aliases)
   * @throws CrosswalkDataException if the file cannot be read
   */
  public Crosswalk read(Path path) {
    return InputFiles.read(path, this::read);
  }

  /**
   * Reads a catalog from a stream as a crosswalk holding its one framework. The stream is not
   * closed.
   *
   * @param sourceName the name used in error messages, e.g. a file or resource name
   * @throws CrosswalkFormatException if the stream is not a valid catalog or its elements are
   *     inconsistent
   */
  public Crosswalk read(InputStream in, String sourceName) {
    CrosswalkBuilder builder = Crosswalk.builder();
    readInto(builder, in, sourceName);
    try {
      return builder.build();
    } catch (CrosswalkValidationException e) {
      Origin o = e.violations().stream().map(Violation::origin).flatMap(Optional::stream).findFirst()
          .orElse(new Origin(sourceName, 0, 0, ""));
      throw new CrosswalkFormatException(sourceName, o.line(), o.column(), o.pointer(), e.getMessage(), e);
    }
  }

  /**
   * Reads a catalog held in a string as a crosswalk holding its one framework.
   *
   * @throws CrosswalkFormatException if the text is not a valid catalog
   */
  public Crosswalk read(String json, String sourceName) {
    return read(InputFiles.utf8(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName")), sourceName);
  }

  /**
   * Reads a catalog file into a builder, to merge it with other data before validation.
   *
   * @return the framework read
   * @throws CrosswalkFormatException if the file is not a valid catalog
   * @throws CrosswalkDataException if the file cannot be read
   */
  public Framework readInto(CrosswalkBuilder builder, Path path) {
    return InputFiles.read(path, (in, name) -> readInto(builder, in, name));
  }

  /**
   * Reads a catalog from a stream into a builder; each element is added with its {@link Origin},
   * so that {@link CrosswalkBuilder#build()} names the input at fault. The stream is not closed.
   *
   * @return the framework read
   * @throws CrosswalkFormatException if the stream is not a valid catalog
   */
  public Framework readInto(CrosswalkBuilder builder, InputStream in, String sourceName) {
    requireNonNull(builder, "builder");
    ParsedCatalog catalog = OscalParse.read(factory, limits, in, sourceName,
        (p, name) -> new CatalogParser(p, name, limits.maxElements()), CatalogParser::document);
    return new CatalogResolver(catalog, factory, frameworkId).resolve(builder, catalog.catalogOrigin());
  }
}
