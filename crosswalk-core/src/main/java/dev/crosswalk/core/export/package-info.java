/**
 * Exports of a crosswalk for data teams: CSV tables ({@link dev.crosswalk.core.export.CsvExporter}),
 * JSON Lines ({@link dev.crosswalk.core.export.JsonLinesExporter}), SQL for embedded databases
 * ({@link dev.crosswalk.core.export.SqlExporter}) and the facade
 * {@link dev.crosswalk.core.export.Exports}, plus readers for the formats meant to come back:
 * {@link dev.crosswalk.core.export.JsonLinesReader} (lossless) and
 * {@link dev.crosswalk.core.export.MappingsCsvReader} (a data team's {@code mappings.csv}).
 *
 * <p>Every exporter is deterministic: the same crosswalk always gives the same bytes. The contracts
 * are described in {@code docs/exports.md}.
 */
package dev.crosswalk.core.export;
