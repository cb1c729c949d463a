package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
  private final CsvExporter csv = CsvExporter.create();
  private final Crosswalk tiny = ExportFixtures.tiny();

  // Quoted only where RFC 4180 needs it (comma, quote, line break): refs and titles stay readable.
  @Test
  void frameworksTable() {
    assertEquals("""
        id,name,edition,publisher,kind,sourceUrl,license,attributes,extensions
        controls,Controls,1.0,us,CONTROL_CATALOG,,,,
        hipaa,HIPAA,45 CFR 164,HHS,REGULATION,,,,
        soc2,SOC 2,TSC 2017,AICPA,ATTESTATION_CRITERIA,,,,
        """, csv.frameworks(tiny));
  }

  @Test
  void requirementsTableByIdWithParentElementRefAndEveryAttribute() {
    assertEquals("""
        framework,ref,parent,kind,title,assessable,text,aliases,attributes,extensions,attr_designation
        hipaa,164.312,,section,Technical safeguards,false,,,,,
        hipaa,164.312(a)(1),hipaa:164.312,standard,Access control,true,,,,,
        hipaa,164.312(a)(2)(i),hipaa:164.312(a)(1),implementation-specification,Unique user identification,true,,164.312(a)(2)(i)-old,,,
        hipaa,164.312(b),hipaa:164.312,standard,Audit controls,true,,,"{""designation"":""required""}",,required
        soc2,CC6.1,,criterion,Logical access,true,,,,,
        soc2,CC7,,series,System operations,false,,,,,
        soc2,CC7.2,soc2:CC7,criterion,Monitoring,true,,,,,
        """, csv.requirements(tiny));
  }

  @Test
  void controlsTable() {
    assertEquals("""
        framework,ref,title,description,attributes,extensions,attr_domain
        controls,LOG-01,Central logs,Logs go to one place.,"{""domain"":""LOG""}",,LOG
        """, csv.controls(tiny));
  }

  @Test
  void mappingsTableInMappingOrder() {
    assertEquals("""
        source,target,relationship,strength,rationale,justification,sources,citations,derivedVia
        controls:LOG-01,hipaa:164.312(b),SUBSET_OF,7,FUNCTIONAL,Central logging is part of audit controls.,cfr,cfr,
        hipaa:164.312(b),soc2:CC7.2,SUBSET_OF,8,SEMANTIC,Monitoring covers audit controls.,cfr,cfr,
        """, csv.mappings(tiny));
  }

  @Test
  void sourcesNoCounterpartsAndAdditionsTables() {
    assertEquals("""
        id,title,url,publisher,date
        cfr,45 CFR 164,,,
        """, csv.sources(tiny));
    assertEquals("""
        element,framework,reason,sources,citations
        hipaa:164.312(a)(2)(i),soc2,Not in TSC.,cfr,cfr
        """, csv.noCounterparts(tiny));
  }

  @Test
  void emptyTablesStillHaveTheirHeader() {
    Crosswalk empty = Crosswalk.builder().build();
    assertEquals("framework,ref,title,description,attributes,extensions\n", csv.controls(empty));
    assertEquals(String.join(",", CsvExporter.REQUIREMENT_COLUMNS) + "\n", csv.requirements(empty));
    assertEquals("element,framework,statement,sources,citations\n", csv.additions(empty));
    assertEquals(String.join(",", CsvExporter.MAPPING_COLUMNS) + "\n", csv.mappings(empty));
  }

  @Test
  void awkwardTextIsQuotedPerRfc4180() {
    String awkward = "a, \"quoted\" word\nsecond line é 漢字 😀";
    Crosswalk c = Fixtures.tiny()
        .addSource(dev.crosswalk.core.model.Source.of("src-2", "Second"))
        .addMapping(Mapping.curated("hipaa:164.312(a)(1)", "soc2:CC6.1", Relationship.EQUAL, Rationale.SEMANTIC, 9,
            awkward, List.of("src-2", "cfr")))
        .build();
    String text = csv.mappings(c);
    assertEquals(true, text.contains("\"a, \"\"quoted\"\" word\nsecond line é 漢字 😀\""), text);
    List<List<String>> rows = ExportFixtures.parseCsv(text);
    assertEquals(List.of("hipaa:164.312(a)(1)", "soc2:CC6.1", "EQUAL", "9", "SEMANTIC", awkward, "cfr;src-2",
        "cfr\nsrc-2", ""), rows.get(2));
    assertEquals(c.mappings(), MappingsCsvReader.create().read(text, "m.csv"));
  }

  @Test
  void aTableHoldingALoneCarriageReturnIsQuotedLooselySoReadersKeepTheCr() {
    String strict = CsvExporter.table(List.of("a", "b"), List.of(List.of("x y(1)", "z")));
    assertEquals("a,b\nx y(1),z\n", strict);
    String withCr = CsvExporter.table(List.of("a", "b"), List.of(List.of("x\ry", "z"), List.of("p q", "r")));
    assertEquals("a,b\n\"x\ry\",z\n\"p q\",r\n", withCr);
    assertEquals(List.of(List.of("a", "b"), List.of("x\ry", "z"), List.of("p q", "r")), ExportFixtures.parseCsv(withCr));
  }

  @Test
  void writesTheSevenFilesAsUtf8(@TempDir Path dir) throws Exception {
    List<Path> files = csv.write(tiny, dir);
    assertEquals(CsvExporter.FILE_NAMES, files.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(csv.requirements(tiny), Files.readString(dir.resolve("requirements.csv"), StandardCharsets.UTF_8));
    assertEquals(csv.mappings(tiny), Files.readString(dir.resolve("mappings.csv"), StandardCharsets.UTF_8));
  }


  /** Opt-in: a cell that a spreadsheet would run as a formula gets a leading quote; the default is unchanged. */
  @Test
  void excelSafeNeutralisesFormulas() {
    Crosswalk hostile = tiny.toBuilder()
        .addControl(dev.crosswalk.core.model.Control.of("controls:EVIL-1", "=HYPERLINK(\"http://x\",\"y\")",
            "+1", java.util.Map.of("domain", "@SUM(A1)")))
        .addControl(dev.crosswalk.core.model.Control.of("controls:EVIL-2", "-2", "\tcmd", java.util.Map.of()))
        .build();
    String safe = csv.withExcelSafe(true).controls(hostile);
    assertEquals(true, safe.contains("controls,EVIL-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+1,"
        + "\"{\"\"domain\"\":\"\"@SUM(A1)\"\"}\",,'@SUM(A1)\n"), safe);
    assertEquals(true, safe.contains("controls,EVIL-2,'-2,'\tcmd,"), safe);
    assertEquals(true, csv.controls(hostile).contains("controls,EVIL-2,-2,"), "the default writes values as they are");
    assertEquals(csv.controls(tiny), csv.withExcelSafe(true).controls(tiny), "harmless cells are unchanged");
    assertEquals(false, csv.excelSafe());
    assertEquals("'=1", CsvExporter.neutralise("=1"));
    assertEquals("a=1", CsvExporter.neutralise("a=1"));
  }
}
