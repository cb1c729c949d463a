/**
 * Review of a vendor's SOC 2 report against the HIPAA mappings: {@link VendorReportReader} reads
 * the report's facts (categories, period, systems, exceptions), {@link VendorReview} turns them
 * into {@link Finding}s for a business associate's HIPAA obligations.
 */
package dev.crosswalk.hipaasoc2.vendor;
