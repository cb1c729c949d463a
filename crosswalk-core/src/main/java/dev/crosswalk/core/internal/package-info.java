/**
 * Implementation shared by the readers and writers of several packages: the item members of the
 * canonical format, the CSV contract, strict UTF-8 input, JSON factories bounded by the limits,
 * and atomic output files. Not API: the module does not export it.
 *
 * <p>A leaf: it depends on the model, the root package and libraries only, never on the packages
 * that use it ({@code InternalIsALeafTest}).
 */
package dev.crosswalk.core.internal;
