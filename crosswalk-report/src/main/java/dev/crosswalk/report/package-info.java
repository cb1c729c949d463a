/**
 * Reports for people: {@link dev.crosswalk.report.ReadinessReport}, one self-contained HTML
 * page answering "we have SOC 2, what does HIPAA add?" from a coverage report, and the
 * {@link dev.crosswalk.report.Heatmap} it shows. The page and the heatmap formula are
 * described in {@code docs/reports.md}.
 */
package dev.crosswalk.report;
