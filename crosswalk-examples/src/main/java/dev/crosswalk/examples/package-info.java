/**
 * Runnable examples of embedding crosswalk: loading the bundled data, coverage and gap queries, a
 * control inventory, a readiness report, a vendor review, pinning a data version, and exporting to
 * an embedded database. Each class has a {@code main} and is described in {@code docs/examples.md}.
 */
package dev.crosswalk.examples;
