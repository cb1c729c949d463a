/**
 * Reports for people: {@link dev.crosswalk.report.ReadinessReport}, one self-contained HTML
 * page answering "we meet the source framework, what does the target add?" from a coverage
 * report, and the {@link dev.crosswalk.report.Heatmap} it shows. The page and the heatmap formula
 * are described in {@code docs/reports.md}. Nothing here knows a framework by name: what a page
 * groups and orders by comes from the frameworks' well-known attributes (docs/format.md).
 */
package dev.crosswalk.report;
