package dev.crosswalk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.Crosswalks;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionPinningExampleTest {
  private final CrosswalkDataProvider provider = Crosswalks.bundledProvider();
  private final Crosswalk bundled = Crosswalks.bundled();

  @Test
  void aSnapshotOfThePinnedVersionHasNothingToReReview() {
    String out = VersionPinningExample.run(bundled, "snap.json", provider, bundled);
    assertTrue(out.startsWith("Pinned data: hipaa-soc2 " + provider.dataVersion() + "\n"), out);
    assertTrue(out.endsWith("no changes\nNothing to re-review.\n"), out);
  }

  /** An older snapshot lacking one mapping and with another's strength changed: exactly those two show. */
  @Test
  void anOlderSnapshotShowsExactlyWhatMoved() {
    List<Mapping> mappings = bundled.mappings();
    Mapping missing = mappings.get(0);
    Mapping weaker = mappings.get(1);
    Mapping older = new Mapping(weaker.source(), weaker.target(), weaker.relationship(), weaker.rationale(),
        weaker.strength() == 1 ? 2 : weaker.strength() - 1, weaker.justification(), dev.crosswalk.core.model.Citation.ofSources(weaker.sources()),
        weaker.derivedVia());
    CrosswalkBuilder b = Crosswalk.builder();
    bundled.frameworks().values().forEach(b::addFramework);
    bundled.sources().values().forEach(b::addSource);
    bundled.requirements().values().forEach(b::addRequirement);
    bundled.controls().values().forEach(b::addControl);
    mappings.stream().skip(2).forEach(b::addMapping);
    b.addMapping(older);
    bundled.noCounterparts().forEach(b::addNoCounterpart);
    String out = VersionPinningExample.run(b.build(), "old.json", provider, bundled);
    assertTrue(out.contains("+ mapping " + missing.source() + " -> " + missing.target()), out);
    assertTrue(out.contains("~ mapping " + weaker.source() + " -> " + weaker.target()), out);
    assertTrue(out.contains("strength: " + older.strength() + " -> " + weaker.strength()), out);
    assertTrue(out.endsWith("Re-review: 2 mapping(s) added or changed, 0 removed; 0 requirement change(s).\n"), out);
  }

  @Test
  void mainWritesASnapshotThenComparesWithIt(@TempDir Path dir) throws Exception {
    Path snapshot = dir.resolve(VersionPinningExample.snapshotName(provider));
    dev.crosswalk.core.format.CrosswalkWriter.create().write(bundled, snapshot);
    assertEquals(VersionPinningExample.run(Crosswalks.load(snapshot), snapshot.getFileName().toString(), provider,
        bundled), VersionPinningExample.run(bundled, snapshot.getFileName().toString(), provider, bundled));
  }
}
