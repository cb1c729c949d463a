/**
 * The entry point and what every other package shares: {@link dev.crosswalk.core.Crosswalks}
 * loads the bundled crosswalk or one from files; the exception hierarchy rooted in
 * {@link dev.crosswalk.core.CrosswalkException}; the {@link dev.crosswalk.core.ReadLimits} every
 * reader enforces; the {@link dev.crosswalk.core.FormatVersion} of data; and
 * {@link dev.crosswalk.core.SafeText}, which makes text from data safe to print.
 *
 * <p>Conventions every package follows: readers are immutable, thread-safe instances obtained from
 * {@code create()}, configured by instance {@code with*} methods that return a new reader, and read
 * through {@code read(...)}; every exception thrown for bad input or a bad argument value is a
 * {@code CrosswalkException}, a {@code null} argument a {@link java.lang.NullPointerException}.
 */
package dev.crosswalk.core;
