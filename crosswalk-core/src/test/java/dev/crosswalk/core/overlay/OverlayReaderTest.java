package dev.crosswalk.core.overlay;

import static dev.crosswalk.core.overlay.OverlayFixtures.MINE_JSON;
import static dev.crosswalk.core.overlay.OverlayFixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Requirement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverlayReaderTest {
  private static final String REQUIREMENTS_HEADER = "framework,ref,parent,kind,title,attr_designation,attr_category\n";
  private final OverlayReader reader = OverlayReader.create();

  @Test
  void jsonItemsKeepTheirFilePositions() {
    Overlay o = reader.read(new ByteArrayInputStream(utf8(MINE_JSON)), "mine.json");
    assertEquals(List.of("mine.json"), o.files());
    assertEquals(1, o.frameworks().size());
    assertEquals(2, o.controls().size());
    assertEquals(new Origin("mine.json", 10, 5, "/controls/1"), o.controls().get(1).origin().orElseThrow());
    assertEquals(new Origin("mine.json", 16, 5, "/mappings/1"), o.mappings().get(1).origin().orElseThrow());
    assertEquals(6, o.size());
  }

  @Test
  void requirementRecordsGetTheDocumentedDefaults() {
    Overlay o = csv(REQUIREMENTS_HEADER
        + "mine,P-1,,policy,Policies,,\n"
        + "mine,P-1.1,P-1,procedure,\"Access, reviewed\",required,security\n", "requirements.csv");
    Requirement child = o.requirements().get(1).value();
    assertEquals(Requirement.builder("mine:P-1.1", "Access, reviewed").kind("procedure").parent("P-1")
        .attribute("designation", "required").attribute("category", "security").build(), child);
    assertEquals("", child.text());
    assertTrue(child.assessable());
    assertTrue(child.aliases().isEmpty());
    assertEquals(Extensions.EMPTY, child.extensions());
    assertEquals(ImmutableSortedMap.of(), o.requirements().get(0).value().attributes());
    assertEquals(new Origin("requirements.csv", 3, 1, "record 3"), o.requirements().get(1).origin().orElseThrow());
  }

  @Test
  void frameworkRecordsRoundTripThroughTheExporter() {
    Framework f = new Framework("mine", "Our controls", "2026", "Us, Inc.", FrameworkKind.CONTROL_CATALOG,
        Optional.of("https://example.org/controls"), Optional.empty(), com.google.common.collect.ImmutableSortedMap.of(), Extensions.EMPTY);
    String text = CsvExporter.create().frameworks(OverlayFixtures.base().toBuilder().addFramework(f).build());
    Overlay o = csv(text, "frameworks.csv");
    assertEquals(f, o.frameworks().stream().map(e -> e.value()).filter(x -> x.id().equals("mine")).findFirst()
        .orElseThrow());
    assertEquals(4, o.frameworks().size());
  }

  @Test
  void faultyRecordsNameFileRecordAndColumn() {
    assertFault("id,name,edition,publisher,kind,sourceUrl,license\nmine,Ours,1,Us,LAW,,\n", "frameworks.csv",
        "record 2, column 'kind'");
    assertFault("id,name,edition,publisher,kind,sourceUrl,license\nMine!,Ours,1,Us,STANDARD,,\n",
        "frameworks.csv", "record 2, column 'id'");
    assertFault("id,name,edition,publisher,kind,sourceUrl,license\nmine,Ours, ,Us,STANDARD,,\n",
        "frameworks.csv", "record 2, column 'edition'");
    assertFault(REQUIREMENTS_HEADER + "mine,P-1,,Policy,Policies,,\n", "requirements.csv", "record 2, column 'kind'");
    assertFault(REQUIREMENTS_HEADER + "mine,P-1, P-0,policy,Policies,,\n", "requirements.csv",
        "record 2, column 'parent'");
    assertFault(REQUIREMENTS_HEADER + "mine, P-1,,policy,Policies,,\n", "requirements.csv", "record 2, column 'ref'");
    assertFault("framework,ref,title,description,attr_domain\nmine,AC-1,Reviews,,IAM\n", "controls.csv",
        "record 2, column 'description'");
    assertFault("framework,ref,title,description,attr_domain\nmine,AC-1,Reviews,Quarterly.\n", "controls.csv",
        "record 2");
    assertFault("framework,ref,title,description,attr_domain,attr_domain\n", "controls.csv",
        "record 1 (header), column 'attr_domain'");
  }

  @Test
  void invalidUtf8IsLocatedAtTheByte() {
    byte[] bytes = join(utf8("{\n  \"formatVersion\": \"1.0\",\n  \"frameworks\": [{\"id\": \"m"),
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\"}]}\n"));
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> reader.read(new ByteArrayInputStream(bytes), "bad.json"));
    assertEquals(3, e.line());
    assertEquals(27, e.column());
    assertEquals("byte 54", e.pointer());
    assertTrue(e.problem().contains("not valid UTF-8"), e.getMessage());

    byte[] csv = join(utf8("framework,ref,title,description,attr_domain\nmine,AC-1,Re"), new byte[] {(byte) 0xC0,
        (byte) 0xAF}, utf8("views,Quarterly.,\n"));
    e = assertThrows(CrosswalkFormatException.class, () -> reader.read(new ByteArrayInputStream(csv), "controls.csv"));
    assertEquals(2, e.line());
    assertEquals(13, e.column());
  }

  @Test
  void aNulByteIsNeverTakenForAnotherEncoding() {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> reader.read(new ByteArrayInputStream(new byte[] {0, 0, 0, '{'}), "nul.json"));
    assertEquals(1, e.line());
    assertTrue(e.problem().contains("NUL"), e.getMessage());
  }

  @Test
  void limitsWithoutAPositionFromTheParserStillGetOne() {
    OverlayReader small = OverlayReader.create().withLimits(ReadLimits.DEFAULT.withMaxStringLength(10));
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> small.read(new ByteArrayInputStream(utf8(MINE_JSON)), "mine.json"));
    assertTrue(e.line() > 0, e.getMessage());
    assertTrue(e.problem().contains("10"), e.getMessage());
  }

  @Test
  void filesAreToldByExtensionAndTablesByName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), MINE_JSON);
    Files.writeString(dir.resolve("team-controls.csv"), "framework,ref,title,description,attr_domain\n"
        + "mine,AC-2,Access requests,Requests are approved.,IAM\n");
    Files.writeString(dir.resolve("README.md"), "not read");
    Overlay o = reader.read(dir);
    assertEquals(List.of("a.json", "team-controls.csv"),
        o.files().stream().map(f -> Path.of(f).getFileName().toString()).toList());
    assertEquals(List.of(ElementRef.parse("mine:AC-1"), ElementRef.parse("mine:LOG-9"), ElementRef.parse("mine:AC-2")),
        o.controls().stream().map(e -> e.value().id()).toList());

    Files.writeString(dir.resolve("notes.csv"), "a,b\n");
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> reader.read(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve("notes.csv") + ": cannot tell which table"), e.getMessage());
    assertThrows(CrosswalkFormatException.class, () -> reader.read(dir.resolve("README.md")));
    assertThrows(CrosswalkDataException.class, () -> reader.read(dir.resolve("missing.json")));
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThrows(CrosswalkFormatException.class, () -> reader.read(empty));
  }

  /** The complete tables: every column read, and each new column's faults named. */
  @Test
  void completeTablesReadEveryColumnAndNameEachFault() {
    String header = String.join(",", dev.crosswalk.core.export.CsvExporter.REQUIREMENT_COLUMNS)
        + ",attr_designation,attr_category\n";
    Overlay o = csv(header
        + "mine,P-1,,policy,Policies,false,,,,,,\n"
        + "mine,P-1.1,mine:P-1,procedure,Reviews,true,\"Review\naccess.\",\"P-1.a\nP-1.b\","
        + "\"{\"\"designation\"\":\"\"required\"\",\"\"rule\"\":\"\"security\"\"}\",\"{\"\"owner\"\":1}\",required,\n",
        "requirements.csv");
    assertEquals(Requirement.builder("mine:P-1.1", "Reviews").kind("procedure").parent("P-1").text("Review\naccess.")
        .alias("P-1.a").alias("P-1.b").attribute("designation", "required").attribute("rule", "security")
        .extensions(new dev.crosswalk.core.model.Extensions("{\"owner\":1}")).build(), o.requirements().get(1).value());
    assertEquals(false, o.requirements().get(0).value().assessable());
    assertFault(header + "mine,P-1,,policy,Policies,yes,,,,,,\n", "requirements.csv", "record 2, column 'assessable'");
    assertFault(header + "mine,P-1,,policy,Policies,true,,,{rule},,,\n", "requirements.csv",
        "record 2, column 'attributes'");
    assertFault(header + "mine,P-1,,policy,Policies,true,,,\"{\"\"rule\"\":1}\",,,\n", "requirements.csv",
        "record 2, column 'attributes'");
    assertFault(header + "mine,P-1,,policy,Policies,true,,,\"{\"\"designation\"\":\"\"required\"\"}\",,addressable,\n",
        "requirements.csv", "record 2, column 'attr_designation'");
    assertFault(header + "mine,P-1,,policy,Policies,true,,\" P-2\",,,,\n", "requirements.csv", "record 2, column 'aliases'");
    assertFault(header + "mine,P-1,,policy,Policies,true,,,,[1],,\n", "requirements.csv", "record 2, column 'extensions'");
    String nc = String.join(",", dev.crosswalk.core.export.CsvExporter.NO_COUNTERPART_COLUMNS) + "\n";
    assertEquals("Not in TSC.", csv(nc + "hipaa:164.312(a)(2)(i),soc2,Not in TSC.,cfr,cfr: p. 3\n", "no-counterparts.csv")
        .noCounterparts().get(0).value().reason());
    assertFault(nc + "hipaa:164.312(a)(2)(i),soc2,Not in TSC.,cfr,other\n", "no-counterparts.csv",
        "record 2, column 'citations'");
    String sources = String.join(",", dev.crosswalk.core.export.CsvExporter.SOURCE_COLUMNS) + "\n";
    assertFault(sources + "Bad Id,Title,,,\n", "sources.csv", "record 2, column 'id'");
  }

  private Overlay csv(String text, String name) {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  private void assertFault(String text, String name, String pointer) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> csv(text, name));
    assertEquals(name, e.source());
    assertEquals(pointer, e.pointer(), e.getMessage());
  }

  private static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
