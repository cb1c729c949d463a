/**
 * Queries over a {@link dev.crosswalk.core.model.Crosswalk}: coverage of one framework by another
 * framework or by a control inventory, gaps with their reasons, explanations of a verdict,
 * inference of assessment results across frameworks, and composition of mappings through a
 * pivot framework.
 *
 * <p>Start at {@link dev.crosswalk.core.query.Queries#on(dev.crosswalk.core.model.Crosswalk)}.
 * Every result is an immutable value with a readable {@code toString()}. The rules behind every
 * verdict are documented in {@code docs/queries.md} and on {@link dev.crosswalk.core.query.Verdict},
 * {@link dev.crosswalk.core.query.GapReason}, {@link dev.crosswalk.core.query.InferenceRules} and
 * {@link dev.crosswalk.core.query.RelationshipAlgebra}.
 */
package dev.crosswalk.core.query;
