package dev.crosswalk.cli;

import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.InvalidValueException;
import dev.crosswalk.core.diff.ChangeRecord;
import dev.crosswalk.core.diff.CrosswalkDiff;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.JsonLinesReader;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalCatalogReader;
import dev.crosswalk.core.overlay.ConflictPolicy;
import dev.crosswalk.core.overlay.ImportReport;
import dev.crosswalk.core.overlay.OverlayValidation;
import dev.crosswalk.core.spi.ResourceDataProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The data commands: export, import, diff and version. */
final class DataCommands {
  private DataCommands() {}

  /** Writes the crosswalk in one export format and lists the files with their SHA-256. */
  static void export(Args args, PrintStream out) {
    String formatName = args.require("format", "export");
    ExportFormat format;
    try {
      format = ExportFormat.of(formatName);
    } catch (InvalidValueException e) {
      throw new UsageException(e.getMessage());
    }
    Path dir = Path.of(args.require("out", "export"));
    Crosswalk cw = Main.load(args);
    List<Path> written = format == ExportFormat.CSV
        ? Output.csvExporter(args).write(cw, dir) : Exports.write(cw, format, dir);
    Table t = new Table("file", "bytes", "sha256");
    for (Path file : written) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        t.row(dir.relativize(file).toString().replace('\\', '/'), bytes.length, ResourceDataProvider.sha256(bytes));
      } catch (IOException e) {
        throw new CrosswalkDataException("cannot read back " + file + " to list its SHA-256: " + e, e);
      }
    }
    t.print(out); // --format names the export format here, so the listing is always text
  }

  /**
   * Validates a team's own crosswalk or overlay files and reports every problem (exit 2 when
   * there is one); with {@code --out} writes the resulting crosswalk as canonical JSON, ready for
   * {@code --data}. {@code --oscal} converts an OSCAL catalog instead.
   */
  static int importFiles(Args args, PrintStream out, PrintStream err) {
    List<Path> files = args.positionals().stream().map(Path::of).toList();
    Optional<String> oscal = args.option("oscal");
    if (oscal.isPresent()) {
      if (!files.isEmpty() || args.flag("standalone") || args.flag("replace")) {
        throw new UsageException("'import --oscal CATALOG' takes one catalog and no other files or flags");
      }
      OscalCatalogReader reader = OscalCatalogReader.create();
      if (args.option("framework-id").isPresent()) {
        reader = reader.withFrameworkId(args.option("framework-id").get());
      }
      Crosswalk catalog = reader.read(Path.of(oscal.get()));
      catalog.frameworks().values().forEach(f -> out.println("OSCAL catalog " + oscal.get() + ": framework "
          + f.id() + " (" + f.name() + "), " + catalog.requirements(f.id()).size() + " requirements"));
      args.option("out").ifPresent(o -> write(catalog, o, out));
      return 0;
    }
    if (files.isEmpty()) {
      throw new UsageException("'import' needs at least one file or directory (or --oscal CATALOG)");
    }
    if (args.option("framework-id").isPresent()) {
      throw new UsageException("--framework-id goes with --oscal");
    }
    ConflictPolicy policy = args.flag("replace") ? ConflictPolicy.REPLACE : ConflictPolicy.FAIL;
    OverlayValidation validation = OverlayValidation.create();
    ImportReport report;
    if (args.flag("standalone")) {
      report = validation.validateStandalone(files);
    } else {
      Crosswalk base = Main.load(args);
      String baseName = args.all("data").isEmpty()
          ? "bundled " + Crosswalks.bundledProvider().id() + " "
              + Crosswalks.bundledProvider().dataVersion()
          : String.join(" + ", args.all("data"));
      report = validation.validate(files, base, baseName, policy);
    }
    String format = Output.format(args);
    if (!report.isValid()) {
      Table t = new Table("kind", "file", "line", "column", "pointer", "element", "message");
      report.problems().forEach(p -> t.row(p.kind(), p.file(), p.line(), p.column(), p.pointer(), p.element(),
          p.message()));
      if (format.equals("text")) {
        out.println("import: " + report.problems().size() + " problem(s) in " + String.join(", ", report.files())
            + " (" + report.mode().name().toLowerCase(Locale.ROOT) + ")");
      }
      Output.print(t, format, out);
      err.println("crosswalk: " + report.problems().size() + " problem(s); the first: " + report.problems().get(0));
      return 2;
    }
    Crosswalk result = report.crosswalk().orElseThrow();
    out.println("import: valid (" + report.mode().name().toLowerCase(Locale.ROOT) + ") " + report.overlay().size()
        + " item(s) from " + String.join(", ", report.files()));
    report.merge().ifPresent(m -> {
      out.println("  added " + m.added().size() + ", replaced " + m.replaced().size() + ", unchanged "
          + m.unchanged().size());
      m.replaced().forEach(r -> out.println("  replaced " + r));
    });
    out.println("  result: " + result.frameworks().size() + " frameworks, " + result.requirements().size()
        + " requirements, " + result.controls().size() + " controls, " + result.mappings().size() + " mappings");
    args.option("out").ifPresent(o -> write(result, o, out));
    return 0;
  }

  private static void write(Crosswalk crosswalk, String file, PrintStream out) {
    CrosswalkWriter.create().write(crosswalk, Path.of(file));
    out.println("wrote " + file + " (canonical JSON; use it with --data)");
  }

  /**
   * Lists what changed between two crosswalks: each side is a file (canonical JSON, or JSON Lines
   * by its {@code .jsonl} name) or the word {@code bundled}.
   */
  static void diff(Args args, PrintStream out) {
    if (args.positionals().size() != 2) {
      throw new UsageException("'diff' needs two crosswalks, OLD and NEW (a file, or 'bundled')");
    }
    String older = args.positionals().get(0);
    String newer = args.positionals().get(1);
    CrosswalkDiff diff = CrosswalkDiff.between(side(older), side(newer)).labelled(older, newer);
    Optional<String> olderVersion = dataVersion(older);
    Optional<String> newerVersion = dataVersion(newer);
    if (olderVersion.isPresent() && newerVersion.isPresent()) {
      diff = diff.withDataVersions(olderVersion.get(), newerVersion.get());
    }
    String format = Output.format(args);
    if (format.equals("text")) {
      out.print(diff.toText());
      diff.versionWarning().ifPresent(w -> out.println("warning: " + w));
      return;
    }
    Table t = new Table(ChangeRecord.COLUMNS.toArray(String[]::new));
    diff.records().forEach(r -> t.row(r.values().toArray()));
    Output.print(t, format, out);
  }

  private static Crosswalk side(String name) {
    if (name.equals("bundled")) {
      return Crosswalks.bundled();
    }
    Path file = Path.of(name);
    return name.endsWith(".jsonl") ? JsonLinesReader.create().read(file) : Crosswalks.load(file);
  }

  private static Optional<String> dataVersion(String name) {
    return name.equals("bundled")
        ? Optional.of(Crosswalks.bundledProvider().dataVersion())
        : Optional.empty();
  }

  static void version(Args args, PrintStream out) {
    String code = Main.class.getPackage().getImplementationVersion();
    out.println("crosswalk " + (code == null ? "(development build)" : code));
    if (args.all("data").isEmpty() && args.all("add").isEmpty()) {
      // Each data set is loaded, so its checksums are verified, before its version is reported.
      Crosswalks.providers().forEach(p -> {
        Crosswalk cw = Crosswalks.bundled(p.id());
        out.println("data " + p.id() + " " + p.dataVersion() + " (verified: " + cw.requirements().size()
            + " requirements, " + cw.mappings().size() + " mappings)");
      });
    } else {
      // The files of --data are what the other commands would work on: read and validate them too.
      Crosswalk cw = Main.load(args);
      int files = args.all("data").size() + args.all("add").size();
      out.println("data from " + (args.all("data").isEmpty() ? "the bundled data and " : "") + files
          + (files == 1 ? " file" : " files")
          + " (read and validated: " + cw.requirements().size() + " requirements, " + cw.mappings().size()
          + " mappings)");
    }
  }
}
