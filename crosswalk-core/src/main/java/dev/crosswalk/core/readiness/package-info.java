/**
 * The organisation's own inputs to a readiness assessment, read strictly from JSON or CSV files:
 * {@link dev.crosswalk.core.readiness.DecisionsReader} reads its documented decisions on
 * discretionary requirements, {@link dev.crosswalk.core.readiness.InventoryReader} its control
 * inventory. The file formats are described in {@code docs/inputs.md}.
 */
package dev.crosswalk.core.readiness;
