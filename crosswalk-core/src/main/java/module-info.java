/**
 * crosswalk core: the model of frameworks, requirements, controls and mappings, the strict
 * canonical JSON reader and writer, queries and exports. Finds bundled data through
 * {@link dev.crosswalk.core.spi.CrosswalkDataProvider} services.
 */
@SuppressWarnings("module") // the friend modules below are built after this one: javac cannot see them here
module dev.crosswalk.core {
  requires com.google.common; // immutable collections, internally: the API names JDK types only
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;

  exports dev.crosswalk.core;
  exports dev.crosswalk.core.model;
  exports dev.crosswalk.core.format;
  exports dev.crosswalk.core.spi;
  exports dev.crosswalk.core.query;
  exports dev.crosswalk.core.export;
  exports dev.crosswalk.core.diff;
  exports dev.crosswalk.core.oscal;
  exports dev.crosswalk.core.overlay;
  exports dev.crosswalk.core.readiness;
  // Strict-input plumbing shared with the modules built on core, and with no one else (the
  // report module writes its page atomically through OutputFiles, as every exporter does).
  exports dev.crosswalk.core.internal to dev.crosswalk.hipaasoc2, dev.crosswalk.report;

  uses dev.crosswalk.core.spi.CrosswalkDataProvider;
}
