package dev.crosswalk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.export.CsvExporter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static CliRun run(String... args) {
    return CliRun.run(args);
  }

  @Test
  void gapReportOnTheBundledDataNamesTheHipaaOnlyItems() {
    CliRun r = run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("hipaa:164.314(b)(1)"), r.out());
    assertTrue(r.out().contains("RECORDED_NO_COUNTERPART"), r.out());
    assertEquals(r.out(), run("gaps", "--target", "hipaa", "--by", "soc2", "--categories", "security", "--rules", "security").out());
  }

  @Test
  void listingsHonourTheCsvContract() {
    CliRun mappings = run("mappings", "--from", "hipaa", "--to", "soc2", "--format", "csv");
    assertEquals(0, mappings.code(), mappings.err());
    assertTrue(mappings.out().startsWith(String.join(",", CsvExporter.MAPPING_COLUMNS) + "\n"), mappings.out());
    CliRun reqs = run("requirements", "--framework", "hipaa", "--format", "csv");
    assertTrue(reqs.out().startsWith(String.join(",", CsvExporter.REQUIREMENT_COLUMNS) + ","
        + CsvExporter.ATTRIBUTE_COLUMN_PREFIX), reqs.out());
    assertTrue(reqs.out().lines().findFirst().orElseThrow().endsWith(",attr_designation,attr_rule,attr_safeguard,"
        + "attr_textStatus"), reqs.out());
    assertTrue(reqs.out().contains("hipaa,164.312(b),hipaa:164.312,standard,Audit controls,true,"), reqs.out());
    assertTrue(reqs.out().contains(",both,required,security,technical,verbatim\n"), reqs.out());
    CliRun json = run("frameworks", "--format", "json");
    assertTrue(json.out().contains("\"id\" : \"soc2\""), json.out());
  }

  @Test
  void coverageAndExplainRun() {
    CliRun coverage = run("coverage", "--target", "hipaa", "--by", "soc2", "--rules", "security");
    assertEquals(0, coverage.code(), coverage.err());
    assertTrue(coverage.out().contains("safeguard"), coverage.out());
    CliRun explain = run("explain", "hipaa:164.312(b)", "--by", "soc2");
    assertEquals(0, explain.code(), explain.err());
    assertTrue(explain.out().contains("soc2:CC7.2"), explain.out());
  }

  @Test
  void badUsageExitsOneAndBadDataExitsTwoWithOneLineOnStderr(@TempDir Path dir) throws Exception {
    CliRun unknown = run("gaps", "--target", "hipaa", "--by", "soc2", "--colour", "red");
    assertEquals(1, unknown.code());
    assertEquals(1, unknown.err().lines().count(), unknown.err());
    assertEquals(1, run("frobnicate").code());
    assertEquals(1, run("gaps", "--target").code());
    assertEquals(0, run("gaps", "--help").code());
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": \"1.0\", \"frameworks\": [{\"id\": 3}]}");
    CliRun data = run("frameworks", "--data", bad.toString());
    assertEquals(2, data.code());
    assertTrue(data.err().contains("bad.json:1:"), data.err());
    assertEquals(1, data.err().lines().count(), data.err());
    CliRun unknownElement = run("explain", "hipaa:999.999", "--by", "soc2");
    assertEquals(2, unknownElement.code());
  }

  @Test
  void runsAsAProcessWithExitCodes() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "version"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertTrue(out.contains("data hipaa-soc2 " + new dev.crosswalk.data.HipaaSoc2DataProvider().dataVersion()), out);
    cmd.set(cmd.size() - 1, "nonsense");
    Process bad = new ProcessBuilder(cmd).start();
    bad.getInputStream().readAllBytes();
    assertEquals(1, bad.waitFor());
    assertTrue(File.pathSeparator.length() == 1);
  }

  @Test
  void exportWritesEveryFormatAndListsTheFilesWithTheirChecksums(@TempDir Path dir) throws Exception {
    for (String format : List.of("csv", "jsonl", "json", "sql", "oscal")) {
      Path out = dir.resolve(format);
      CliRun r = run("export", "--format", format, "--out", out.toString());
      assertEquals(0, r.code(), r.err());
      List<Path> files;
      try (var s = Files.list(out)) {
        files = s.sorted().toList();
      }
      assertTrue(!files.isEmpty(), format);
      for (Path f : files) {
        String sha = dev.crosswalk.core.spi.ResourceDataProvider.sha256(Files.readAllBytes(f));
        assertTrue(r.out().contains(f.getFileName() + " ") && r.out().contains(sha), r.out());
      }
    }
    Path json = dir.resolve("json").resolve("crosswalk.json");
    CliRun reread = run("gaps", "--target", "hipaa", "--by", "soc2", "--rules", "security", "--categories", "security",
        "--data", json.toString());
    assertEquals(run("gaps", "--target", "hipaa", "--by", "soc2", "--rules", "security", "--categories", "security")
        .out(), reread.out());
    assertEquals(1, run("export", "--format", "xml", "--out", dir.toString()).code());
  }

  static final String OVERLAY = """
      {
        "formatVersion": "1.0",
        "frameworks": [
          {"id": "mine", "name": "Our controls", "edition": "2026", "publisher": "Us", "kind": "CONTROL_CATALOG"}
        ],
        "sources": [{"id": "our-review", "title": "Internal control review 2026"}],
        "controls": [
          {"id": "mine:AC-1", "title": "Access reviews", "description": "Quarterly access reviews."}
        ],
        "mappings": [
          {"source": "mine:AC-1", "target": "soc2:CC6.1", "relationship": "INTERSECTS_WITH",
           "rationale": "FUNCTIONAL", "strength": 5, "justification": "Reviews are part of logical access.",
           "sources": ["our-review"]}
        ]
      }
      """;

  @Test
  void importValidatesAnOverlayOnTheBundledDataAndWritesTheMergedCrosswalk(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("ours.json");
    Files.writeString(overlay, OVERLAY);
    Path merged = dir.resolve("merged.json");
    CliRun ok = run("import", overlay.toString(), "--out", merged.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("import: valid (overlay) 4 item(s)"), ok.out());
    assertTrue(ok.out().contains("added 4, replaced 0, unchanged 0"), ok.out());
    CliRun mappings = run("mappings", "--from", "mine", "--to", "soc2", "--format", "csv", "--data", merged.toString());
    assertEquals(0, mappings.code(), mappings.err());
    assertTrue(mappings.out().contains("mine:AC-1,soc2:CC6.1,INTERSECTS_WITH,5,FUNCTIONAL"), mappings.out());
  }

  @Test
  void importReportsEveryProblemWithItsPositionAndExitsTwo(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("ours.json");
    Files.writeString(overlay, OVERLAY.replace("\"id\": \"mine\", \"name\"", "\"id\": \"hipaa\", \"name\"")
        .replace("soc2:CC6.1", "soc2:CC99.9"));
    CliRun bad = run("import", overlay.toString(), "--format", "csv");
    assertEquals(2, bad.code(), bad.out());
    List<String> rows = bad.out().lines().toList();
    assertTrue(rows.size() >= 3, bad.out()); // header and at least the conflict and the dangling target
    assertTrue(bad.out().contains("ours.json"), bad.out());
    assertTrue(bad.out().contains("bundled hipaa-soc2"), bad.out()); // the conflict names both sides
    assertTrue(bad.out().contains("soc2:CC99.9"), bad.out());
    assertEquals(1, bad.err().lines().count(), bad.err());
    Path csv = dir.resolve("mappings.csv");
    Files.writeString(csv, "source,target,relationship,strength,rationale,justification,sources\n"
        + "controls:AC-01,hipaa:164.312(b),EQUALISH,5,FUNCTIONAL,why,crosswalk-curation\n");
    CliRun badCsv = run("import", csv.toString());
    assertEquals(2, badCsv.code());
    assertTrue(badCsv.out().contains("EQUALISH") || badCsv.out().contains("relationship"), badCsv.out());
    assertEquals(1, run("import").code());
  }

  @Test
  void importReadsAnOscalCatalog(@TempDir Path dir) throws Exception {
    assertEquals(0, run("export", "--format", "oscal", "--out", dir.toString()).code());
    Path out = dir.resolve("soc2-again.json");
    CliRun r = run("import", "--oscal", dir.resolve("oscal-catalog-soc2.json").toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("framework soc2 (") && r.out().contains("81 requirements"), r.out());
    CliRun listed = run("requirements", "--framework", "soc2", "--format", "csv", "--data", out.toString());
    assertEquals(run("requirements", "--framework", "soc2", "--format", "csv").out(), listed.out());
    Files.writeString(dir.resolve("broken.json"), "{\"catalog\": {\"uuid\": 7}}");
    CliRun broken = run("import", "--oscal", dir.resolve("broken.json").toString());
    assertEquals(2, broken.code());
    assertTrue(broken.err().contains("broken.json:1:"), broken.err());
  }

  @Test
  void diffListsWhatMovedBetweenASnapshotAndTheBundledData(@TempDir Path dir) throws Exception {
    assertEquals(0, run("export", "--format", "json", "--out", dir.toString()).code());
    Path snapshot = dir.resolve("crosswalk.json");
    CliRun same = run("diff", snapshot.toString(), "bundled");
    assertEquals(0, same.code(), same.err());
    assertTrue(same.out().endsWith("no changes\n"), same.out());
    String json = Files.readString(snapshot);
    Files.writeString(snapshot, json.replaceFirst("\"title\": \"Audit controls\"", "\"title\": \"Audit trail\""));
    CliRun csv = run("diff", snapshot.toString(), "bundled", "--format", "csv");
    assertEquals("kind,change,id,field,old,new\n"
        + "requirement,changed,hipaa:164.312(b),title,Audit trail,Audit controls\n", csv.out());
    assertEquals(1, run("diff", snapshot.toString()).code());
  }

  /** One line on stderr, no stack trace, the expected exit code. */
  private static void assertOneLine(int code, CliRun r) {
    assertEquals(code, r.code(), r.out() + r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat "), r.err());
  }

  @Test
  void theSameFrameworkOnBothSidesIsAOneLineError() {
    assertOneLine(2, run("coverage", "--target", "hipaa", "--by", "hipaa"));
    assertOneLine(2, run("gaps", "--target", "soc2", "--by", "soc2"));
    assertOneLine(2, run("explain", "hipaa:164.312(b)", "--by", "hipaa"));
    assertTrue(run("coverage", "--target", "hipaa", "--by", "hipaa").err().contains("cover a framework by another"));
  }

  @Test
  void strayArgumentsAndEmptyOrMisplacedOutAreUsageErrors(@TempDir Path dir) {
    assertOneLine(1, run("gaps", "hipaa", "--target", "hipaa", "--by", "soc2"));
    assertOneLine(1, run("frameworks", "extra"));
    assertOneLine(1, run("coverage", "--target", "hipaa", "--by", "soc2", "--out", dir.resolve("x").toString()));
    assertOneLine(1, run("coverage", "--target", "hipaa", "--by", "soc2", "--format", "html", "--out", ""));
    assertOneLine(1, run("export", "--format", "csv", "--out="));
    assertTrue(!Files.exists(dir.resolve("x")));
  }

  @Test
  void textOutputShowsControlCharactersAndBidiOverridesAsEscapes(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("ours.json");
    Files.writeString(overlay, OVERLAY.replace("Access reviews", "ACME\\u001B[2J\\rBLOCKER\\u0007 \\u202Etxt"));
    Path merged = dir.resolve("merged.json");
    assertEquals(0, run("import", overlay.toString(), "--out", merged.toString()).code());
    CliRun text = run("controls", "--catalog", "mine", "--data", merged.toString());
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().contains("ACME\\u001B[2J\\rBLOCKER\\u0007 \\u202Etxt"), text.out());
    assertTrue(text.out().chars().noneMatch(c -> c == 0x1B || c == '\r' || c == 7 || c == 0x202E), text.out());
    CliRun csv = run("controls", "--catalog", "mine", "--format", "csv", "--data", merged.toString());
    assertTrue(csv.out().contains("ACME\u001B[2J"), "csv prints the exact bytes");
  }

  private static Process process(Path dir, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(cmd).directory(dir.toFile());
    b.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.startsWith("JAVA_TOOL"));
    b.environment().put("LC_ALL", "C");
    return b.start();
  }

  /** Under LC_ALL=C: UTF-8 on stdout, a one-line error for a non-ASCII path, and exit 2 on a full device. */
  @Test
  void underACLocaleOutputIsUtf8AndFailuresAreOneLine(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data.json");
    Files.writeString(data, OVERLAY.replace("Access reviews", "Revue d'accès 漢字"), StandardCharsets.UTF_8);
    Path merged = dir.resolve("merged.json");
    assertEquals(0, run("import", data.toString(), "--out", merged.toString()).code());
    Process p = process(dir, "controls", "--catalog", "mine", "--format", "csv", "--data", "merged.json");
    byte[] out = p.getInputStream().readAllBytes();
    assertEquals(0, p.waitFor(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(new String(out, StandardCharsets.UTF_8).contains("Revue d'accès 漢字"), new String(out, StandardCharsets.UTF_8));

    Process path = process(dir, "frameworks", "--data", "données.json");
    path.getInputStream().readAllBytes();
    String err = new String(path.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(2, path.waitFor(), err);
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.contains("LC_ALL=C.UTF-8") && !err.contains("\tat "), err);

    if (Files.isWritable(Path.of("/dev/full"))) {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "frameworks"));
      Process full = new ProcessBuilder(cmd).redirectOutput(new File("/dev/full")).start();
      String fullErr = new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(2, full.waitFor(), fullErr);
      assertTrue(fullErr.contains("cannot write the output"), fullErr);
    }
  }

  /** A reader that stops early ({@code | head}) is not a failure: exit 0 and nothing on stderr. */
  @Test
  void aClosedPipeEndsQuietly(@TempDir Path dir) throws Exception {
    Process p = process(dir, "mappings", "--from", "hipaa", "--to", "soc2", "--format", "csv");
    byte[] first = p.getInputStream().readNBytes(100);
    assertEquals(100, first.length);
    p.getInputStream().close(); // the output is far bigger than a pipe's buffer: the next writes fail
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err);
    assertEquals("", err);
  }

  @Test
  void excelSafeIsOptInForCsvListingsAndExportsOnly(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("ours.json");
    Files.writeString(overlay, OVERLAY.replace("Access reviews", "=HYPERLINK(1)"));
    Path merged = dir.resolve("merged.json");
    assertEquals(0, run("import", overlay.toString(), "--out", merged.toString()).code());
    CliRun plain = run("controls", "--catalog", "mine", "--format", "csv", "--data", merged.toString());
    assertTrue(plain.out().contains("mine,AC-1,=HYPERLINK(1),"), plain.out());
    CliRun safe = run("controls", "--catalog", "mine", "--format", "csv", "--excel-safe", "--data", merged.toString());
    assertEquals(0, safe.code(), safe.err());
    assertTrue(safe.out().contains("mine,AC-1,'=HYPERLINK(1),"), safe.out());
    CliRun export = run("export", "--format", "csv", "--excel-safe", "--out", dir.resolve("csv").toString(),
        "--data", merged.toString());
    assertEquals(0, export.code(), export.err());
    assertTrue(Files.readString(dir.resolve("csv").resolve("controls.csv")).contains("'=HYPERLINK(1)"));
    assertOneLine(1, run("controls", "--catalog", "mine", "--excel-safe", "--data", merged.toString()));
    assertOneLine(1, run("gaps", "--target", "hipaa", "--by", "soc2", "--format", "csv", "--excel-safe"));
    assertTrue(run("--help").out().contains("--excel-safe"));
  }

  @Test
  void versionVerifiesTheDataItReports() {
    CliRun r = run("version");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("data hipaa-soc2 " + new dev.crosswalk.data.HipaaSoc2DataProvider().dataVersion() + " (verified: "), r.out());
  }
}
