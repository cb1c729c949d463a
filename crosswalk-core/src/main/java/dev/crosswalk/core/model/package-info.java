/**
 * The model: {@link dev.crosswalk.core.model.Framework}s, their
 * {@link dev.crosswalk.core.model.Requirement}s and {@link dev.crosswalk.core.model.Control}s,
 * the {@link dev.crosswalk.core.model.Mapping}s between them with their provenance
 * ({@link dev.crosswalk.core.model.Source}, {@link dev.crosswalk.core.model.Citation}), and the
 * recorded absences ({@link dev.crosswalk.core.model.NoCounterpart},
 * {@link dev.crosswalk.core.model.Addition}), held together by an immutable, validated
 * {@link dev.crosswalk.core.model.Crosswalk} made with a
 * {@link dev.crosswalk.core.model.CrosswalkBuilder}.
 *
 * <p>Every type is an immutable value; constructors check their arguments, and the builder checks
 * the whole (every reference resolves, no duplicates, no cycles), reporting every violation at
 * once. The package knows no file format: reading and writing live in the packages above it.
 */
package dev.crosswalk.core.model;
