package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.testing.ReaderConventions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The vendor report reader follows core's reader convention, and the report's records refuse bad
 * values with core's {@link InvalidValueException}, not an {@link IllegalArgumentException}.
 */
class VendorReportReaderConventionTest {
  @Test
  void theReaderFollowsTheConvention() throws ReflectiveOperationException {
    assertEquals(List.of(), ReaderConventions.problems(VendorReportReader.class));
  }

  private static void refused(Executable call) {
    InvalidValueException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class, call);
    assertEquals(InvalidValueException.class, e.getClass());
  }

  @Test
  void recordsRefuseBadValuesWithInvalidValueException() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    refused(() -> new VendorSystem(" ", true, true));
    refused(() -> new Deviation(dev.crosswalk.core.model.ElementRef.parse("soc2:CC6.1"), " "));
    refused(() -> new Finding(Severity.HIGH, FindingCode.values()[0], " ", com.google.common.collect.ImmutableList.of()));
    refused(() -> VendorReport.of("v", ReportType.TYPE_II, d, d.minusDays(1), d, Set.of(), List.of(), List.of(), true));
  }
}
