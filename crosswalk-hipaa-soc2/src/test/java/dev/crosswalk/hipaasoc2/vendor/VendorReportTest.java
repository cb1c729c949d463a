package dev.crosswalk.hipaasoc2.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.hipaasoc2.Soc2Category;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorReportTest {
  /** A valid report, one member per line so positions are easy to state. */
  static final String VALID = """
      {
        "vendor": "Acme Health Cloud",
        "type": "TYPE_II",
        "periodStart": "2025-01-01",
        "periodEnd": "2025-12-31",
        "reportDate": "2026-02-15",
        "categories": ["availability", "confidentiality"],
        "systems": [
          {"name": "Patient portal", "handlesPhi": true},
          {"name": "Marketing site", "handlesPhi": false, "inScope": false}
        ],
        "exceptions": [
          {"criterion": "CC6.1", "description": "Two terminated users kept access for 30 days."},
          {"criterion": "soc2:CC7.2", "description": "Alerts were not reviewed for one week."}
        ],
        "baaSigned": true
      }
      """;

  private static CrosswalkFormatException bad(String json) {
    return assertThrows(CrosswalkFormatException.class, () -> VendorReportReader.create().read(json, "vendor.json"));
  }

  /** Duplicate system names are found in one pass: 80,000 systems took 20 s when each was compared with all. */
  @Test
  void eightyThousandSystemsAreReadInLinearTime() {
    StringBuilder systems = new StringBuilder();
    for (int i = 0; i < 80_000; i++) {
      systems.append(i > 0 ? ",\n" : "").append("{\"name\": \"system number ").append(i).append("\", \"handlesPhi\": true}");
    }
    String json = VALID.replaceFirst("(?s)\"systems\": \\[.*?\\],", "\"systems\": [" + systems + "],");
    VendorReport report = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> VendorReportReader.create().read(json, "big.json"));
    assertEquals(80_000, report.systems().size());
    CrosswalkFormatException tokens = assertThrows(CrosswalkFormatException.class,
        () -> VendorReportReader.create().withLimits(ReadLimits.DEFAULT.withMaxTokens(100_000)).read(json, "big.json"));
    assertTrue(tokens.problem().contains("ReadLimits.maxTokens") && tokens.getMessage().contains("/systems/"),
        tokens.getMessage());
    String twice = json.replace("\"system number 79999\"", "\"system number 0\"");
    CrosswalkFormatException e = bad(twice);
    assertTrue(e.getMessage().contains("/systems/79999/name") && e.getMessage().contains("listed twice"), e.getMessage());
  }

  /** Type I is as of one date; a period is at most 24 months (exactly 24 passes, a day more does not). */
  @Test
  void implausibleDatesAreRefusedWithTheirBoundary() {
    String typeI = VALID.replace("TYPE_II", "TYPE_I");
    CrosswalkFormatException e = bad(typeI);
    assertTrue(e.getMessage().contains("/periodEnd") && e.problem().contains("Type I"), e.getMessage());
    assertEquals(ReportType.TYPE_I, VendorReportReader.create().read(typeI.replace("2025-01-01", "2025-12-31"), "v.json").type());
    String longest = VALID.replace("\"2025-01-01\"", "\"2023-12-31\"");
    assertEquals(LocalDate.of(2023, 12, 31), VendorReportReader.create().read(longest, "v.json").periodStart());
    CrosswalkFormatException tooLong = bad(VALID.replace("\"2025-01-01\"", "\"2023-12-30\""));
    assertTrue(tooLong.getMessage().contains("/periodStart") && tooLong.problem().contains("24 months"),
        tooLong.getMessage());
    CrosswalkFormatException zero = bad(VALID.replace("\"2025-01-01\"", "\"0000-01-01\""));
    assertTrue(zero.getMessage().contains("/periodStart"), zero.getMessage());
    LocalDate d = LocalDate.of(2025, 6, 30);
    assertThrows(dev.crosswalk.core.InvalidValueException.class,
        () -> VendorReport.of("v", ReportType.TYPE_I, d.minusDays(1), d, d, Set.of(), List.of(), List.of(), true));
    assertThrows(dev.crosswalk.core.InvalidValueException.class,
        () -> VendorReport.of("v", ReportType.TYPE_II, d.minusMonths(24).minusDays(1), d, d, Set.of(), List.of(),
            List.of(), true));
  }

  @Test
  void readsEveryMember() {
    VendorReport r = VendorReportReader.create().read(VALID, "vendor.json");
    assertEquals("Acme Health Cloud", r.vendor());
    assertEquals(ReportType.TYPE_II, r.type());
    assertEquals(LocalDate.of(2025, 1, 1), r.periodStart());
    assertEquals(LocalDate.of(2025, 12, 31), r.periodEnd());
    assertEquals(LocalDate.of(2026, 2, 15), r.reportDate());
    assertEquals(List.of(Soc2Category.SECURITY, Soc2Category.AVAILABILITY, Soc2Category.CONFIDENTIALITY),
        List.copyOf(r.categories()), "Security is always in scope, and categories keep their enum order");
    assertEquals(List.of(new VendorSystem("Patient portal", true, true), new VendorSystem("Marketing site", false, false)),
        r.systems());
    assertEquals(List.of(ElementRef.parse("soc2:CC6.1"), ElementRef.parse("soc2:CC7.2")),
        r.exceptions().stream().map(Deviation::criterion).toList());
    assertTrue(r.baaSigned());
  }

  @Test
  void exceptionsMayBeLeftOutAndStreamsAndFilesReadTheSame(@TempDir Path dir) throws Exception {
    String json = VALID.replaceAll("(?s)\"exceptions\": \\[.*?\\],\n", "");
    VendorReport r = VendorReportReader.create().read(json, "x");
    assertEquals(List.of(), r.exceptions());
    Path file = Files.writeString(dir.resolve("v.json"), VALID);
    assertEquals(VendorReportReader.create().read(VALID, "x"), VendorReportReader.create().read(file));
    assertEquals(VendorReportReader.create().read(VALID, "x"),
        VendorReportReader.create().read(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)), "stream"));
    CrosswalkDataException missing = assertThrows(CrosswalkDataException.class,
        () -> VendorReportReader.create().read(dir.resolve("none.json")));
    assertTrue(missing.getMessage().contains("none.json"), missing.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // what                 | from                              | to                                     | line | column | pointer                     | problem
      "unknown member         | \"baaSigned\": true               | \"baaSigned\": true, \"colour\": 1     | 16   | 22     | /colour                     | unknown member 'colour'",
      "wrong type             | \"handlesPhi\": true              | \"handlesPhi\": \"yes\"                | 9    | 46     | /systems/0/handlesPhi       | expected true or false, got a string",
      "bad date               | \"2025-12-31\"                    | \"31/12/2025\"                         | 5    | 16     | /periodEnd                  | expected a date written YYYY-MM-DD, got '31/12/2025'",
      "impossible date        | \"2025-01-01\"                    | \"2025-02-30\"                         | 4    | 18     | /periodStart                | '2025-02-30' is not a valid date",
      "unknown type           | \"TYPE_II\"                       | \"Type 2\"                             | 3    | 11     | /type                       | 'Type 2' is not a report type",
      "unknown category       | \"confidentiality\"               | \"secrecy\"                            | 7    | 34     | /categories/1               | 'secrecy' is not a Trust Services Category",
      "repeated category      | \"confidentiality\"               | \"availability\"                       | 7    | 34     | /categories/1               | category 'availability' is listed twice",
      "not a soc2 criterion   | \"soc2:CC7.2\"                    | \"hipaa:164.312(b)\"                   | 14   | 19     | /exceptions/1/criterion     | 'hipaa:164.312(b)' is not a SOC 2 criterion",
      "blank description      | \"Alerts were not reviewed for one week.\" | \" \"                         | 14   | 48     | /exceptions/1/description   | the string is blank",
      "unknown system member  | \"inScope\": false                 | \"inScope\": false, \"owner\": \"x\"   | 10   | 71     | /systems/1/owner            | unknown member 'owner'",
      "period ends early      | \"2025-12-31\"                    | \"2024-12-31\"                         | 5    | 16     | /periodEnd                  | the period ends (2024-12-31) before it starts (2025-01-01)",
      "report before period   | \"2026-02-15\"                    | \"2025-12-30\"                         | 6    | 17     | /reportDate                 | the report is dated 2025-12-30, before its period ends (2025-12-31)",
      "duplicate key          | \"type\": \"TYPE_II\",            | \"type\": \"TYPE_II\", \"type\": \"TYPE_I\", | 3  | 28     | /type                       | Duplicate field 'type'",
      "duplicate key after another | \"baaSigned\": true       | \"baaSigned\": true, \"vendor\": \"x\" | 16 | 30   | /vendor                     | Duplicate field 'vendor'",
      "duplicate nested key   | \"handlesPhi\": false,           | \"handlesPhi\": false, \"handlesPhi\": true, | 10 | 65 | /systems/1/handlesPhi   | Duplicate field 'handlesPhi'",
      "system twice           | \"Marketing site\"                | \"Patient portal\"                     | 10   | 5      | /systems/1/name             | system 'Patient portal' is listed twice",
      "systems not an array   | \"systems\": [                    | \"systems\": 3, \"x\": [              | 8    | 14     | /systems                    | expected an array, got a number",
  })
  void faultsNameLineColumnAndPointer(String what, String from, String to, long line, long column, String pointer,
      String problem) {
    assertTrue(VALID.contains(from), from);
    CrosswalkFormatException e = bad(VALID.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)));
    assertEquals("vendor.json", e.source());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith("vendor.json:" + line + ":" + column), e.getMessage());
  }

  @Test
  void missingMembersAreNamed() {
    CrosswalkFormatException e = bad(VALID.replace("  \"baaSigned\": true\n", "  \"vendor2\": 1\n")
        .replace(",\n  \"vendor2\": 1", ""));
    assertEquals("", e.pointer());
    assertTrue(e.problem().contains("no 'baaSigned'; it is required"), e.getMessage());
    assertEquals(1, e.line());
    CrosswalkFormatException system = bad(VALID.replace("{\"name\": \"Patient portal\", \"handlesPhi\": true}",
        "{\"name\": \"Patient portal\"}"));
    assertEquals("/systems/0", system.pointer());
    assertTrue(system.problem().contains("the system has no 'handlesPhi'"), system.getMessage());
    assertEquals(9, system.line());
  }

  @Test
  void wholeDocumentFaults() {
    assertTrue(bad("").problem().contains("the document is empty"));
    assertTrue(bad("[]").problem().contains("expected a JSON object"));
    assertTrue(bad(VALID + "{}").problem().contains("unexpected content after the report object"));
    CrosswalkFormatException truncated = bad(VALID.substring(0, VALID.indexOf("\"systems\"")));
    assertTrue(truncated.line() > 0, truncated.getMessage());
    CrosswalkFormatException comment = bad("// a comment\n" + VALID);
    assertEquals(1, comment.line());
  }

  @Test
  void limitsAreEnforced() {
    VendorReportReader reader = VendorReportReader.create().withLimits(ReadLimits.DEFAULT.withMaxElements(1));
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> reader.read(VALID, "v"));
    assertEquals("/categories/1", e.pointer());
    assertTrue(e.problem().contains("ReadLimits.maxElements"), e.getMessage());
    VendorReportReader deep = VendorReportReader.create().withLimits(ReadLimits.DEFAULT.withMaxStringLength(10));
    CrosswalkFormatException s = assertThrows(CrosswalkFormatException.class, () -> deep.read(VALID, "v"));
    assertTrue(s.line() > 0, s.getMessage());
  }

  @Test
  void recordsValidate() {
    LocalDate d = LocalDate.of(2025, 1, 1);
    assertThrows(dev.crosswalk.core.InvalidValueException.class,
        () -> VendorReport.of("v", ReportType.TYPE_I, d, d.minusDays(1), d, Set.of(), List.of(), List.of(), true));
    assertThrows(dev.crosswalk.core.InvalidValueException.class,
        () -> VendorReport.of(" ", ReportType.TYPE_I, d, d, d, Set.of(), List.of(), List.of(), true));
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> VendorReport.of("v", ReportType.TYPE_I, d, d, d, Set.of(),
        List.of(new VendorSystem("a", true, true), new VendorSystem("a", false, true)), List.of(), true));
    assertThrows(dev.crosswalk.core.InvalidValueException.class, () -> new Deviation(ElementRef.parse("hipaa:164.312(b)"), "x"));
    assertEquals(Set.of(Soc2Category.SECURITY),
        VendorReport.of("v", ReportType.TYPE_I, d, d, d, Set.of(), List.of(), List.of(), true).categories());
  }
}
