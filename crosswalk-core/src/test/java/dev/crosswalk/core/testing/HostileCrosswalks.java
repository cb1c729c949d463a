package dev.crosswalk.core.testing;

import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.Exports;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Crosswalks that multiplied the size of reports and exports before their bounds (docs/limits.md),
 * and the deep hierarchy at the depth limit: shared by core's OutputBoundsTest and
 * HierarchyDepthTest and by crosswalk-report's ReportOutputBoundsTest and ReportDepthTest.
 */
public final class HostileCrosswalks {
  /** The documented multiple of the input's size (docs/limits.md). */
  public static final long FACTOR = 16;
  /** The documented constant, in bytes. */
  public static final long CONSTANT = 1 << 20;

  private HostileCrosswalks() {}

  /** The most bytes an output may have for an input of {@code input} bytes. */
  public static long bound(long input) {
    return FACTOR * input + CONSTANT;
  }

  /** 100,000 characters, the worst to escape. */
  public static final String LONG = "<\"&'>\u202Eab".repeat(10_000);

  private static CrosswalkBuilder base() {
    return Crosswalk.builder()
        .addSource(Source.of("s", "source"))
        .addFramework(Framework.of("t", "Target", "1", "tests", FrameworkKind.STANDARD))
        .addFramework(Framework.of("ovl", "Overlay", "1", "tests", FrameworkKind.CONTROL_CATALOG));
  }

  /** One control with a long title mapped to {@code n} requirements. */
  public static Crosswalk longTitleMappedWidely(int n) {
    CrosswalkBuilder b = base().addControl(Control.of("ovl:C", LONG, "d", Map.of()));
    for (int i = 0; i < n; i++) {
      b.addRequirement(Requirement.builder("t:R" + i, "r" + i).kind("standard").build());
      b.addMapping(Mapping.curated("ovl:C", "t:R" + i, Relationship.EQUAL, Rationale.SEMANTIC, 5, "j", List.of("s")));
    }
    return b.build();
  }

  /** One mapping whose both ends are joint ends of {@code n} members, with a long justification. */
  public static Crosswalk jointEnds(int n) {
    CrosswalkBuilder b = base();
    List<ElementRef> sources = new ArrayList<>();
    List<ElementRef> targets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      b.addRequirement(Requirement.builder("t:R" + i, "r" + i).kind("standard").build());
      b.addControl(Control.of("ovl:C" + i, "title " + i + " " + "x".repeat(300), "d", Map.of()));
      sources.add(ElementRef.of("ovl", "C" + i));
      targets.add(ElementRef.of("t", "R" + i));
    }
    b.addMapping(Mapping.curated(Joint.of(sources), Joint.of(targets), Relationship.EQUAL, Rationale.SEMANTIC, 5,
        LONG, List.of("s")));
    return b.build();
  }

  /** {@code n} top-level requirements on each side, each pair mapped once: a grid of n x n cells. */
  public static Crosswalk wideGrid(int n) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("s", "source"))
        .addFramework(Framework.of("t", "Target", "1", "tests", FrameworkKind.STANDARD))
        .addFramework(Framework.of("u", "Other", "1", "tests", FrameworkKind.STANDARD));
    for (int i = 0; i < n; i++) {
      b.addRequirement(Requirement.builder("t:R" + i, "r").kind("standard").build());
      b.addRequirement(Requirement.builder("u:S" + i, "s").kind("standard").build());
      b.addMapping(Mapping.curated("u:S" + i, "t:R" + i, Relationship.EQUAL, Rationale.SEMANTIC, 5, "j", List.of("s")));
    }
    return b.build();
  }

  /** A source with a long title cited by one mapping from each of {@code n} frameworks. */
  public static Crosswalk sourceCitedFromManyPairs(int n) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("s", LONG))
        .addFramework(Framework.of("t", "Target", "1", "tests", FrameworkKind.STANDARD))
        .addRequirement(Requirement.builder("t:R", "r").kind("standard").build());
    for (int i = 0; i < n; i++) {
      b.addFramework(Framework.of("f" + i, "F", "1", "tests", FrameworkKind.STANDARD));
      b.addRequirement(Requirement.builder("f" + i + ":R", "r").kind("standard").build());
      b.addMapping(Mapping.curated("f" + i + ":R", "t:R", Relationship.EQUAL, Rationale.SEMANTIC, 5, "j", List.of("s")));
    }
    return b.build();
  }

  /** Framework {@code deep}: a chain of {@code depth} requirements D1..Dn; controls mapped to each level. */
  public static Crosswalk chain(int depth) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addSource(Source.of("s", "source"))
        .addFramework(Framework.of("deep", "Deep", "1", "tests", FrameworkKind.STANDARD))
        .addFramework(Framework.of("cat", "Catalog", "1", "tests", FrameworkKind.CONTROL_CATALOG));
    for (int i = 1; i <= depth; i++) {
      Requirement.Builder r = Requirement.builder("deep:D" + i, "Level " + i).kind("standard");
      if (i > 1) {
        r.parent("D" + (i - 1));
      }
      b.addRequirement(r.build());
      b.addControl(Control.of("cat:C" + i, "Control " + i, "does " + i, Map.of("domain", "d" + (i % 3))));
      b.addMapping(Mapping.curated("cat:C" + i, "deep:D" + i, i % 2 == 0 ? Relationship.EQUAL : Relationship.SUBSET_OF,
          Rationale.SEMANTIC, 5, "because " + i, List.of("s")));
    }
    return b.build();
  }

  /** {@code n} frameworks with nothing in them beside a target {@code t} with one requirement. */
  public static Crosswalk manyEmptyFrameworks(int n) {
    CrosswalkBuilder b = Crosswalk.builder()
        .addFramework(Framework.of("t", "Target", "1", "tests", FrameworkKind.STANDARD))
        .addRequirement(Requirement.builder("t:R", "r").kind("standard").build());
    for (int i = 0; i < n; i++) {
      b.addFramework(Framework.of("f" + i, "F", "1", "t", FrameworkKind.STANDARD));
    }
    return b.build();
  }

  /**
   * The size in bytes of the crosswalk's smaller lossless form (JSON Lines or canonical JSON),
   * written under {@code dir}: the input size the output bounds are stated against.
   */
  public static long inputSize(Crosswalk cw, Path dir) {
    Path in = dir.resolve("in");
    return Math.min(size(Exports.write(cw, ExportFormat.JSONL, in.resolve("jsonl"))),
        size(Exports.write(cw, ExportFormat.JSON, in.resolve("json"))));
  }

  /** The total size of these files, and of the files under those that are directories. */
  public static long size(List<Path> files) {
    long total = 0;
    for (Path f : files) {
      try (Stream<Path> s = Files.isDirectory(f) ? Files.walk(f) : Stream.of(f)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          if (Files.isRegularFile(p)) {
            total += Files.size(p);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }
}
