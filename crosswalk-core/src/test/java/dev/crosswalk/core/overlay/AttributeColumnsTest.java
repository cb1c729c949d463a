package dev.crosswalk.core.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Requirement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The attribute columns {@code attr_KEY} of {@code requirements.csv} and {@code controls.csv}, read back. */
class AttributeColumnsTest {
  private static final String REQUIREMENTS = String.join(",", CsvExporter.REQUIREMENT_COLUMNS);
  private static final String CONTROLS = String.join(",", CsvExporter.CONTROL_COLUMNS);
  private final OverlayReader reader = OverlayReader.create();

  @Test
  void cellsThatAgreeWithTheAttributesCellAreRead() {
    // Attribute columns may stand anywhere in the header; an empty cell agrees with an absent member.
    Overlay o = csv("attr_rule,framework,ref,title,description,attributes,attr_zone\n"
        + "security,mine,AC-1,Reviews,Quarterly.,\"{\"\"rule\"\":\"\"security\"\"}\",\n", "controls.csv");
    assertEquals(Control.of("mine:AC-1", "Reviews", "Quarterly.", Map.of("rule", "security")),
        o.controls().get(0).value());
  }

  @Test
  void aCellThatDisagreesWithTheAttributesCellIsRefusedNamingItsColumn() {
    CrosswalkFormatException e = fault(CONTROLS + ",attr_rule\n"
        + "mine,AC-1,Reviews,Quarterly.,\"{\"\"rule\"\":\"\"security\"\"}\",,privacy\n", "controls.csv");
    assertEquals("record 2, column 'attr_rule'", e.pointer());
    assertEquals("attr_rule says 'privacy' but 'attributes' says 'security'; make them agree, or leave this cell as"
        + " 'attributes' has it", e.problem());
    // An empty cell does not remove a member the attributes cell has, nor does a cell add one.
    assertEquals("record 2, column 'attr_rule'", fault(CONTROLS + ",attr_rule\n"
        + "mine,AC-1,Reviews,Quarterly.,\"{\"\"rule\"\":\"\"security\"\"}\",,\n", "controls.csv").pointer());
    assertEquals("record 2, column 'attr_designation'", fault(REQUIREMENTS + ",attr_designation\n"
        + "mine,P-1,,policy,Policies,true,,,,,required\n", "requirements.csv").pointer());
  }

  @Test
  void withoutAnAttributesColumnTheCellsThatAreNotEmptyAreTheAttributes() {
    Overlay o = csv("framework,ref,title,description,attr_domain,attr_owner\n"
        + "mine,AC-1,Reviews,Quarterly.,IAM,\"Security, team\"\n"
        + "mine,AC-2,Requests,Approved.,,\n", "controls.csv");
    assertEquals(ImmutableSortedMap.of("domain", "IAM", "owner", "Security, team"), o.controls().get(0).value().attributes());
    assertEquals(ImmutableSortedMap.of(), o.controls().get(1).value().attributes());
    Overlay r = csv("framework,ref,parent,kind,title,attr_rule,attr_x.y-z_W\n"
        + "mine,P-1,,policy,Policies,security,w\n", "requirements.csv");
    assertEquals(Requirement.builder("mine:P-1", "Policies").kind("policy").attribute("rule", "security")
        .attribute("x.y-z_W", "w").build(), r.requirements().get(0).value());
  }

  @Test
  void aColumnWhoseNameAfterAttrIsNoAttributeKeyIsRefusedNamingIt() {
    for (String bad : List.of("attr_", "attr_risk level", "attr_1st", "attr_" + "k".repeat(65), "attr_é")) {
      CrosswalkFormatException e = fault(CONTROLS + "," + bad + "\n", "controls.csv");
      assertEquals("record 1 (header), column 7", e.pointer(), bad);
      assertTrue(e.problem().startsWith("column '" + bad + "' is not attr_KEY with an attribute key: invalid attribute key"),
          e.problem());
    }
    CrosswalkFormatException e = fault("framework,ref,parent,kind,title,attr_risk level\n", "requirements.csv");
    assertEquals("record 1 (header), column 6", e.pointer());
    assertEquals(1, e.line());
  }

  @Test
  void otherUnknownColumnsAreStillRefused() {
    CrosswalkFormatException e = fault("framework,ref,title,description,domain\n", "controls.csv");
    assertEquals("record 1 (header), column 5", e.pointer());
    assertEquals("unknown column 'domain'; the columns are framework,ref,title,description,attributes,extensions,"
        + "attr_KEY...", e.problem());
    assertEquals("record 1 (header), column 6",
        fault("framework,ref,parent,kind,title,designation\n", "requirements.csv").pointer());
    // Only requirements and controls have attribute columns.
    assertEquals("record 1 (header), column 8",
        fault("id,name,edition,publisher,kind,sourceUrl,license,attr_shortName\n", "frameworks.csv").pointer());
    assertTrue(fault("source,target,relationship,strength,rationale,justification,sources,attr_x\n", "mappings.csv")
        .problem().startsWith("unknown column 'attr_x'"));
    assertEquals("record 1 (header), column 'attr_rule'",
        fault(CONTROLS + ",attr_rule,attr_rule\n", "controls.csv").pointer());
  }

  @Test
  void aHeaderNamesAtMostAThousandAttributeColumns() {
    String columns = IntStream.range(0, 1000).mapToObj(i -> "attr_k" + i).collect(Collectors.joining(","));
    Overlay o = csv("framework,ref,title,description," + columns + "\n"
        + "mine,AC-1,Reviews,Quarterly." + ",v".repeat(1000) + "\n", "controls.csv");
    assertEquals(1000, o.controls().get(0).value().attributes().size());
    CrosswalkFormatException e = fault("framework,ref,title,description," + columns + ",attr_k1000\n", "controls.csv");
    assertEquals("record 1 (header), column 1005", e.pointer());
    assertTrue(e.problem().startsWith("names more than 1000 attribute columns"), e.problem());
    // Also while the header is read, before its end.
    assertEquals("record 1 (header), column 1007", fault(CONTROLS + "," + columns + ",attr_k1000,attr_k1001"
        + ",attr_k".repeat(100_000) + "\n", "controls.csv").pointer());
    // An unknown or repeated column among them is named first.
    assertEquals("record 1 (header), column 'attr_k0'",
        fault("framework,ref,title,description," + columns + ",attr_k0\n", "controls.csv").pointer());
  }

  @Test
  void aRecordWithMoreCellsThanTheHeaderIsRefused() {
    CrosswalkFormatException e = fault("framework,ref,title,description,attr_rule\nmine,AC-1,Reviews,Quarterly.,a,b\n",
        "controls.csv");
    assertEquals("record 2", e.pointer());
    assertEquals("the record has 6 cells; expected 5 (framework,ref,title,description,attributes,extensions,"
        + "attr_KEY...)", e.problem());
  }

  /** An empty value has an empty attribute cell, which agrees with it. */
  @Test
  void anEmptyAttributeValueReadsBack() {
    List<Requirement> written = List.of(Requirement.builder("mine:P-1", "Policies").attribute("note", "").build(),
        Requirement.builder("mine:P-2", "Procedures").attribute("rule", "security").build());
    String text = CsvExporter.create().requirements(written);
    assertEquals(REQUIREMENTS + ",attr_note,attr_rule", text.lines().findFirst().orElseThrow());
    assertEquals(written, csv(text, "requirements.csv").requirements().stream().map(e -> e.value()).toList());
  }

  private Overlay csv(String text, String name) {
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
  }

  private CrosswalkFormatException fault(String text, String name) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> csv(text, name));
    assertEquals(name, e.source());
    return e;
  }
}
