package dev.crosswalk.cli;

import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Requirement;
import java.io.PrintStream;
import java.util.List;

/**
 * The listing commands: frameworks, requirements, controls and mappings. With {@code --format
 * csv} they print exactly the shape (and bytes) of the exported {@code *.csv} files.
 */
final class Listings {

  private Listings() {}

  static void frameworks(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    String format = Output.format(args);
    if (format.equals("csv")) {
      out.print(Output.csvExporter(args).frameworks(cw));
      return;
    }
    Table t = new Table("id", "name", "edition", "publisher", "kind", "requirements", "controls")
        .numeric("requirements", "controls");
    cw.frameworks().values().forEach(f -> t.row(f.id(), f.name(), f.edition(), f.publisher(), f.kind(),
        cw.requirements(f.id()).size(), cw.controls(f.id()).size()));
    Output.printListing(t, format, out, Output.dataVersion(args));
  }

  /**
   * Reading order for text and JSON listings: by the {@code sort-id} attribute when both elements
   * have one (OSCAL catalogs such as NIST SP 800-53 carry it), else by ref with numbers compared
   * as numbers (AC-2 before AC-19). CSV keeps the export's order, which is its contract.
   */
  static final java.util.Comparator<dev.crosswalk.core.model.Element> READING_ORDER = (a, b) -> {
    java.util.Optional<String> sa = java.util.Optional.ofNullable(a.attributes().get("sort-id"));
    java.util.Optional<String> sb = java.util.Optional.ofNullable(b.attributes().get("sort-id"));
    int c = sa.isPresent() && sb.isPresent() ? sa.get().compareTo(sb.get())
        : dev.crosswalk.report.Heatmap.natural(a.id().ref(), b.id().ref());
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  static void requirements(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    String framework = args.require("framework", "requirements");
    cw.requireFramework(framework);
    List<Requirement> requirements = cw.requirements(framework);
    String format = Output.format(args);
    if (format.equals("csv")) {
      out.print(Output.csvExporter(args).requirements(requirements));
      return;
    }
    Table t = new Table("framework", "ref", "parent", "kind", "title", "designation", "category");
    for (Requirement r : requirements.stream().sorted(READING_ORDER).toList()) {
      t.row(framework, r.id().ref(), r.parent().map(ElementRef::ref).orElse(""), r.kind(), r.title(),
          r.attribute("designation").orElse(""), r.attribute("category").orElse(""));
    }
    Output.printListing(t, format, out, Output.dataVersion(args));
  }

  static void controls(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    String catalog = args.option("catalog").orElse("controls");
    cw.requireFramework(catalog);
    List<Control> controls = cw.controls(catalog);
    String format = Output.format(args);
    if (format.equals("csv")) {
      out.print(Output.csvExporter(args).controls(controls));
      return;
    }
    Table t = new Table("framework", "ref", "title", "description", "domain");
    controls.stream().sorted(READING_ORDER).forEach(c -> t.row(catalog, c.id().ref(), c.title(), c.description(), c.attribute("domain").orElse("")));
    Output.printListing(t, format, out, Output.dataVersion(args));
  }

  static void mappings(Args args, PrintStream out) {
    Crosswalk cw = Main.load(args);
    String from = args.require("from", "mappings");
    String to = args.require("to", "mappings");
    cw.requireFramework(from);
    cw.requireFramework(to);
    // Read from --from's side: mappings stored the other way round are listed inverted.
    List<Mapping> mappings = new java.util.ArrayList<>(cw.mappingsBetween(from, to));
    cw.mappingsBetween(to, from).forEach(m -> mappings.add(m.inverse()));
    mappings.sort(Mapping.ORDER);
    String format = Output.format(args);
    if (format.equals("csv")) {
      out.print(Output.csvExporter(args).mappings(mappings));
      return;
    }
    Table t = new Table(CsvExporter.MAPPING_COLUMNS.subList(0, 7).toArray(String[]::new)).numeric("strength");
    for (Mapping m : mappings) {
      t.row(m.source(), m.target(), m.relationship(), m.strength(), m.rationale(), m.justification(),
          String.join(";", m.sources()));
    }
    Output.printListing(t, format, out, Output.dataVersion(args));
  }
}
