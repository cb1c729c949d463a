/**
 * Reports for people: {@link dev.crosswalk.core.report.ReadinessReport}, one self-contained HTML
 * page answering "we have SOC 2, what does HIPAA add?" from a coverage report, and the
 * {@link dev.crosswalk.core.report.Heatmap} it shows. The page and the heatmap formula are
 * described in {@code docs/reports.md}.
 */
package dev.crosswalk.core.report;
