package dev.crosswalk.examples.cli;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.spi.ResourceDataProvider;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The data commands: export, import, diff and version. */
final class DataCommands {
  private DataCommands() {}

  /** Writes the crosswalk in one export format and lists the files with their SHA-256. */
  static void export(Args args, PrintStream out) {
    String formatName = args.require("format", "export");
    ExportFormat format;
    try {
      format = ExportFormat.of(formatName);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path dir = Path.of(args.require("out", "export"));
    Crosswalk cw = Main.load(args);
    List<Path> written = Exports.write(cw, format, dir);
    Table t = new Table("file", "bytes", "sha256");
    for (Path file : written) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        t.row(dir.relativize(file).toString().replace('\\', '/'), bytes.length, ResourceDataProvider.sha256(bytes));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    t.print(out); // --format names the export format here, so the listing is always text
  }

  static void version(Args args, PrintStream out) {
    String code = Main.class.getPackage().getImplementationVersion();
    out.println("crosswalk " + (code == null ? "(development build)" : code));
    if (args.all("data").isEmpty()) {
      Crosswalks.providers().forEach(p -> out.println("data " + p.id() + " " + p.dataVersion()));
    }
  }
}
