package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Relationship;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingsCsvReaderTest {
  private static final String HEADER = "source,target,relationship,strength,rationale,justification,sources\n";
  private final MappingsCsvReader reader = MappingsCsvReader.create();

  @Test
  void readsExportedMappingsBack() {
    Crosswalk tiny = ExportFixtures.tiny();
    assertEquals(tiny.mappings(), reader.read(CsvExporter.create().mappings(tiny), "mappings.csv"));
  }

  @Test
  void readMappingsMergeIntoACrosswalk() {
    Crosswalk tiny = ExportFixtures.tiny();
    List<Mapping> read = reader.read(HEADER
        + "hipaa:164.312(a)(1),soc2:CC6.1,INTERSECTS_WITH,6,SEMANTIC,Both restrict access.,cfr\n", "team.csv");
    Crosswalk merged = tiny.toBuilder().addMappings(read).build();
    assertEquals(3, merged.mappings().size());
    assertEquals(Relationship.INTERSECTS_WITH,
        merged.mappingsOf(dev.crosswalk.core.model.ElementRef.parse("soc2:CC6.1"), "hipaa").get(0).relationship());
  }

  @Test
  void columnsMayComeInAnyOrderAndSourcesMayHaveSpaces() {
    List<Mapping> read = reader.read("\uFEFFsources,justification,rationale,strength,relationship,target,source\r\n"
        + "b ; a,\"Why, indeed.\",FUNCTIONAL,10,EQUAL,soc2:CC1.1,hipaa:164.308\r\n\r\n", "bom.csv");
    assertEquals(1, read.size());
    assertEquals(List.of("a", "b"), List.copyOf(read.get(0).sources()));
    assertEquals("Why, indeed.", read.get(0).justification());
    assertEquals(10, read.get(0).strength());
  }

  @Test
  void badStrengthNamesSourceLineRecordAndColumn() {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> reader.read(HEADER
        + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,\"two\nlines\",s\n"
        + "hipaa:a,soc2:c,EQUAL,11,SEMANTIC,ok,s\n", "team.csv"));
    assertEquals("team.csv", e.source());
    assertEquals(4, e.line());
    assertEquals("record 3, column 'strength'", e.pointer());
    assertTrue(e.getMessage().startsWith("team.csv:4 at record 3, column 'strength': strength '11'"), e.getMessage());
  }

  @Test
  void badCellsAreNamed() {
    assertProblem(HEADER + "hipaa,soc2:b,EQUAL,5,SEMANTIC,ok,s\n", "record 2, column 'source'");
    assertProblem(HEADER + "hipaa:a,soc2:b,equal,5,SEMANTIC,ok,s\n", "record 2, column 'relationship'");
    assertProblem(HEADER + "hipaa:a,soc2:b,EQUAL,5,LEGAL,ok,s\n", "record 2, column 'rationale'");
    assertProblem(HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC, ,s\n", "record 2, column 'justification'");
    assertProblem(HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,ok,s;;t\n", "record 2, column 'sources'");
    assertProblem(HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,ok,Src\n", "record 2, column 'sources'");
    assertProblem(HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,ok\n", "record 2");
  }

  @Test
  void headerMustNameEveryColumnOnce() {
    assertProblem("source,target,relationship,strength,rationale,justification\n", "record 1 (header)");
    assertProblem(HEADER.replace("sources", "sources,notes"), "record 1 (header), column 8");
    assertProblem(HEADER.replace("sources", "source"), "record 1 (header), column 'source'");
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> reader.read("", "empty.csv"));
    assertTrue(e.problem().contains("empty"), e.getMessage());
  }

  @Test
  void invalidUtf8AndLimitsAreFormatErrors() {
    byte[] bad = (HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,ok\u00e9,s\n").getBytes(StandardCharsets.ISO_8859_1);
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class,
        () -> reader.read(new ByteArrayInputStream(bad), "latin1.csv"));
    assertTrue(e.problem().contains("UTF-8"), e.getMessage());

    byte[] ok = (HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,ok,s\n").getBytes(StandardCharsets.UTF_8);
    MappingsCsvReader small = MappingsCsvReader.create().withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(20));
    e = assertThrows(CrosswalkFormatException.class, () -> small.read(new ByteArrayInputStream(ok), "big.csv"));
    assertTrue(e.problem().contains("maxDocumentBytes"), e.getMessage());
    MappingsCsvReader few = MappingsCsvReader.create().withLimits(ReadLimits.DEFAULT.withMaxElements(1));
    assertEquals(1, few.read(new ByteArrayInputStream(ok), "one.csv").size());
    String two = HEADER + "hipaa:a,soc2:b,EQUAL,5,SEMANTIC,ok,s\nhipaa:a,soc2:c,EQUAL,5,SEMANTIC,ok,s\n";
    e = assertThrows(CrosswalkFormatException.class, () -> few.read(two, "two.csv"));
    assertTrue(e.problem().contains("maxElements"), e.getMessage());
    MappingsCsvReader narrow = MappingsCsvReader.create().withLimits(ReadLimits.DEFAULT.withMaxStringLength(5));
    e = assertThrows(CrosswalkFormatException.class, () -> narrow.read(two, "wide.csv"));
    assertTrue(e.problem().contains("maxStringLength"), e.getMessage());
  }

  private void assertProblem(String csv, String pointer) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> reader.read(csv, "t.csv"));
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertEquals("t.csv", e.source());
  }
}
