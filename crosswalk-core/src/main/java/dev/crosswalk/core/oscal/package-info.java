/**
 * OSCAL (NIST's Open Security Controls Assessment Language) in JSON: each framework as an OSCAL
 * catalog ({@link dev.crosswalk.core.oscal.OscalCatalogWriter}), the mappings between two
 * frameworks as an OSCAL 1.2 mapping collection ({@link dev.crosswalk.core.oscal.OscalMappingWriter}),
 * both for a whole crosswalk ({@link dev.crosswalk.core.oscal.OscalExporter}), and OSCAL catalogs,
 * crosswalk's own or third-party ones such as NIST SP 800-53 rev 5, read back into a framework
 * ({@link dev.crosswalk.core.oscal.OscalCatalogReader}), and mapping collections read back into
 * mappings and their sources ({@link dev.crosswalk.core.oscal.OscalMappingReader}). The id rule is in
 * {@link dev.crosswalk.core.oscal.OscalIds}; the mapping of the model is described in
 * {@code docs/oscal.md}.
 */
package dev.crosswalk.core.oscal;
