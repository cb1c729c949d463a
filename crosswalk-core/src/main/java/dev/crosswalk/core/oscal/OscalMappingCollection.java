package dev.crosswalk.core.oscal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Source;
import java.util.List;

/**
 * What {@link OscalMappingReader} reads from one OSCAL mapping collection: its mappings, as stored
 * from the source framework to the target framework, and the provenance sources they cite.
 *
 * <p>The elements the mappings name are not in it: they live in the frameworks' catalogs (read
 * them with {@link OscalCatalogReader}) or in a crosswalk the mappings are added to.
 *
 * @param sourceFramework the framework the mappings are stored from
 * @param targetFramework the framework they are stored to
 * @param sources the provenance sources of the back-matter, in document order; immutable
 * @param mappings the mappings, in {@link Mapping#ORDER}; immutable
 */
public record OscalMappingCollection(
    String sourceFramework, String targetFramework, List<Source> sources, List<Mapping> mappings) {

  /** Checks and copies the components. */
  public OscalMappingCollection {
    requireNonNull(sourceFramework, "sourceFramework");
    requireNonNull(targetFramework, "targetFramework");
    sources = ImmutableList.copyOf(sources);
    mappings = ImmutableList.sortedCopyOf(Mapping.ORDER, mappings);
  }
}
