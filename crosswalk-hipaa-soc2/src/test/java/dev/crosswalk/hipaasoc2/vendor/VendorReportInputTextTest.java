package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vendor report reader refuses U+0000 and unpaired surrogates written as JSON escapes with a
 * located {@link CrosswalkFormatException}, like every reader of core (core's InputTextTest).
 */
class VendorReportInputTextTest {
  private static final String TEMPLATE = """
      {"vendor": "a BAD vendor", "type": "TYPE_II", "periodStart": "2025-01-01", "periodEnd": "2025-12-31",
       "reportDate": "2026-01-15", "categories": [], "systems": [], "baaSigned": true}""";

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "\\ud800", "\\udc00\\ud800"})
  void refusesNulAndUnpairedSurrogates(String bad) {
    VendorReportReader.create().read(stream(TEMPLATE.replace("BAD", "ok")), "in.json"); // valid otherwise
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> VendorReportReader.create().read(stream(TEMPLATE.replace("BAD", bad)), "in.json"));
    assertTrue(e.line() > 0, "located: " + e.getMessage());
    assertTrue(e.getMessage().startsWith("in.json")
        && e.problem().contains(bad.equals("\\u0000") ? "U+0000" : "unpaired surrogate"), e.getMessage());
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
