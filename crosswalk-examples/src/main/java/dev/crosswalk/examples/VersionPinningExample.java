package dev.crosswalk.examples;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.diff.ChangeCounts;
import dev.crosswalk.core.diff.CrosswalkDiff;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.nio.file.Path;

/**
 * Pinning a data version and seeing what moved on upgrade. The bundled data carries its own
 * version ({@code dataVersion}), independent of the library's. A team pins it, keeps a snapshot of
 * the pinned crosswalk (one canonical JSON file) next to its own control mappings, and after
 * bumping the dependency diffs the snapshot against the new bundled data: added, removed and
 * changed requirements and mappings, with old and new values, are what to re-review.
 *
 * <pre>java -cp crosswalk-examples/target/crosswalk-examples.jar dev.crosswalk.examples.VersionPinningExample [SNAPSHOT.json]</pre>
 *
 * <p>With no argument it writes the snapshot of the current version to the working directory
 * (first run); with a snapshot it prints what changed since.
 */
public final class VersionPinningExample {
  private VersionPinningExample() {}

  /** Writes or compares a snapshot; see the class documentation. */
  public static void main(String[] args) throws Exception {
    CrosswalkDataProvider pinned = Crosswalks.bundledProvider();
    Path snapshot = args.length > 0 ? Path.of(args[0]) : Path.of(snapshotName(pinned));
    if (args.length == 0) {
      CrosswalkWriter.create().write(Crosswalks.bundled(), snapshot);
      System.out.println("pinned " + pinned.id() + " " + pinned.dataVersion() + "; snapshot written to " + snapshot);
      return;
    }
    System.out.print(run(Crosswalks.load(snapshot), snapshot.getFileName().toString(), pinned, Crosswalks.bundled()));
  }

  /** The file name a snapshot of a data version gets, e.g. {@code hipaa-soc2-1.0.0.json}. */
  public static String snapshotName(CrosswalkDataProvider provider) {
    return provider.id() + "-" + provider.dataVersion() + ".json";
  }

  /** What changed from the snapshot to the current data, and what to re-review. */
  public static String run(Crosswalk snapshot, String snapshotLabel, CrosswalkDataProvider current,
      Crosswalk currentData) {
    StringBuilder out = new StringBuilder();
    out.append("Pinned data: ").append(current.id()).append(' ').append(current.dataVersion()).append('\n');
    CrosswalkDiff diff = CrosswalkDiff.between(snapshot, currentData)
        .labelled(snapshotLabel, current.id() + " " + current.dataVersion());
    out.append(diff.toText());
    if (diff.isEmpty()) {
      out.append("Nothing to re-review.\n");
      return out.toString();
    }
    ChangeCounts mappings = diff.counts(ItemKind.MAPPING);
    ChangeCounts requirements = diff.counts(ItemKind.REQUIREMENT);
    out.append("Re-review: ").append(mappings.added() + mappings.changed()).append(" mapping(s) added or changed, ")
        .append(mappings.removed()).append(" removed; ").append(requirements.added() + requirements.changed()
            + requirements.removed()).append(" requirement change(s).\n");
    return out.toString();
  }
}
