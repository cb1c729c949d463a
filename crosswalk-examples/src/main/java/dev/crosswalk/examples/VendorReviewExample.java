package dev.crosswalk.examples;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.hipaasoc2.vendor.Finding;
import dev.crosswalk.hipaasoc2.vendor.VendorReport;
import dev.crosswalk.hipaasoc2.vendor.VendorReportReader;
import dev.crosswalk.hipaasoc2.vendor.VendorReview;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Reviewing a vendor's SOC 2 report for HIPAA: read the report's facts from JSON, review them on
 * a date, print the findings, most severe first.
 *
 * <pre>java -cp crosswalk-examples/target/crosswalk-examples.jar dev.crosswalk.examples.VendorReviewExample [FILE [YYYY-MM-DD]]</pre>
 *
 * <p>Without a file it reviews the sample {@code vendor-report.json} shipped beside this class;
 * without a date, as of today.
 */
public final class VendorReviewExample {
  /** The sample report, a class path resource. */
  public static final String SAMPLE = "vendor-report.json";

  private VendorReviewExample() {}

  /** Reviews {@code args[0]} (or the sample) as of {@code args[1]} (or today) on the bundled crosswalk. */
  public static void main(String[] args) {
    VendorReport report = args.length > 0 ? VendorReportReader.create().read(Path.of(args[0])) : sample();
    LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.now();
    System.out.print(run(Crosswalks.bundled(), report, asOf));
  }

  /** The sample report shipped with the examples. */
  public static VendorReport sample() {
    try (InputStream in = VendorReviewExample.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new CrosswalkDataException("the sample " + SAMPLE + " is missing from the class path");
      }
      return VendorReportReader.create().read(in, SAMPLE);
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read the sample " + SAMPLE + ": " + e, e);
    }
  }

  /** The example's output: a heading, then one block per finding. */
  public static String run(Crosswalk crosswalk, VendorReport report, LocalDate asOf) {
    List<Finding> findings = VendorReview.review(report, crosswalk, asOf);
    StringBuilder out = new StringBuilder();
    out.append("Review of ").append(report.vendor()).append("'s SOC 2 ").append(report.type()).append(" report as of ")
        .append(asOf).append(": ").append(findings.size()).append(" findings\n");
    for (Finding f : findings) {
      out.append('\n').append(f.severity()).append(' ').append(f.code()).append('\n')
          .append("  ").append(f.message()).append('\n');
      if (!f.hipaaRefs().isEmpty()) {
        out.append("  HIPAA: ").append(f.hipaaRefs()).append('\n');
      }
    }
    return out.toString();
  }
}
