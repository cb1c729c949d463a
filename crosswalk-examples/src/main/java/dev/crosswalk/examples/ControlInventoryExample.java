package dev.crosswalk.examples;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Source;
import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.ControlStatus;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Gap;
import dev.crosswalk.core.query.GapReason;
import dev.crosswalk.core.query.InventoryControl;
import dev.crosswalk.core.query.Queries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Map once, answer twice: your own control inventory gives HIPAA and SOC 2 coverage at once.
 *
 * <p>The inventory lists controls of the bundled common control set ({@code controls:...}, already
 * mapped to both frameworks) with their status, plus one control of your own ({@code acme:VND-01})
 * whose catalog and mappings you add to the crosswalk yourself.
 *
 * <pre>java -cp crosswalk-examples/target/crosswalk-examples.jar dev.crosswalk.examples.ControlInventoryExample</pre>
 */
public final class ControlInventoryExample {
  /** Your own control. */
  public static final ElementRef OWN_CONTROL = ElementRef.parse("acme:VND-01");
  /** The HIPAA requirement your own control is mapped to. */
  public static final ElementRef OWN_TARGET = ElementRef.parse("hipaa:164.308(b)(3)");

  private ControlInventoryExample() {}

  /** Prints {@link #run(Crosswalk)} on the bundled crosswalk. */
  public static void main(String[] args) {
    System.out.print(run(Crosswalks.bundled()));
  }

  /** The crosswalk with your own catalog {@code acme}, its control and its mappings added. */
  public static Crosswalk withOwnControls(Crosswalk bundled) {
    return bundled.toBuilder()
        .addSource(Source.of("acme-grc", "Acme GRC team's control mapping, reviewed 2026-01"))
        .addFramework(Framework.of("acme", "Acme controls", "2026.1", "Acme Inc.", FrameworkKind.CONTROL_CATALOG))
        .addControl(Control.of(OWN_CONTROL.toString(), "Business associate agreement register",
            "Every vendor that creates, receives, maintains or transmits PHI has a signed BAA before any PHI is"
                + " shared; the register is reviewed quarterly.", Map.of("domain", "vendor-management")))
        .addMapping(Mapping.curated(OWN_CONTROL.toString(), OWN_TARGET.toString(), Relationship.EQUAL,
            Rationale.SEMANTIC, 8, "The register documents the written contract the specification requires.",
            List.of("acme-grc")))
        .addMapping(Mapping.curated(OWN_CONTROL.toString(), "soc2:CC9.2", Relationship.SUBSET_OF,
            Rationale.FUNCTIONAL, 6, "BAAs are one part of assessing and managing vendor risk.", List.of("acme-grc")))
        .build();
  }

  /** Your inventory: controls and their status, owner, evidence and last test. */
  public static ControlInventory inventory() {
    return ControlInventory.of(
        InventoryControl.of("controls:IAM-01", ControlStatus.IMPLEMENTED).withOwner("IT"),
        InventoryControl.of("controls:IAM-02", ControlStatus.IMPLEMENTED).withOwner("IT")
            .withEvidence(List.of("JIRA-1201")).withLastTested(LocalDate.of(2026, 1, 15)),
        InventoryControl.of("controls:IAM-05", ControlStatus.IMPLEMENTED).withOwner("IT"),
        InventoryControl.of("controls:LOG-01", ControlStatus.IMPLEMENTED).withOwner("Platform"),
        InventoryControl.of("controls:LOG-03", ControlStatus.PARTIAL).withOwner("Security"),
        InventoryControl.of("controls:CRY-01", ControlStatus.IMPLEMENTED).withOwner("Platform"),
        InventoryControl.of("controls:CRY-02", ControlStatus.IMPLEMENTED).withOwner("Platform"),
        InventoryControl.of("controls:BCP-01", ControlStatus.IMPLEMENTED).withOwner("Platform"),
        InventoryControl.of("controls:BCP-04", ControlStatus.PLANNED).withOwner("Platform"),
        InventoryControl.of("controls:HR-02", ControlStatus.IMPLEMENTED).withOwner("People"),
        InventoryControl.of(OWN_CONTROL, ControlStatus.IMPLEMENTED).withOwner("Legal"));
  }

  /** The example's output. */
  public static String run(Crosswalk bundled) {
    Crosswalk crosswalk = withOwnControls(bundled);
    ControlInventory inventory = inventory();
    StringBuilder out = new StringBuilder();
    out.append(inventory).append("\n\n");

    // One query, both frameworks.
    Map<String, CoverageReport> reports = Queries.on(crosswalk).coverage().byControls(inventory)
        .runAll("hipaa", "soc2");
    reports.forEach((framework, report) -> {
      out.append(framework).append(": ").append(report.totals()).append('\n');
      for (Gap gap : report.gaps().gaps()) {
        if (gap.reason() == GapReason.NOT_IMPLEMENTED) {
          out.append("  waiting for a planned control: ").append(gap.id()).append(' ')
              .append(gap.coverage().requirement().title()).append('\n');
        }
      }
    });

    // What your own control contributes.
    out.append("\n").append(reports.get("hipaa").explain(OWN_TARGET)).append('\n');
    return out.toString();
  }
}
