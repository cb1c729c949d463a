package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder.Entry;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a user's own crosswalk or overlay files and reports every problem, for a command such
 * as {@code import FILE...}: each file is read (JSON or CSV by extension, or a directory of them,
 * as {@link OverlayReader#read(Path...)} does), a fault in one file does not stop the others, a CSV
 * file reports each faulty record, and then the items read are validated, as a whole crosswalk
 * or merged onto a base. Nothing is printed or thrown for bad input: everything is in the {@link
 * ImportReport}. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImportReport report = OverlayValidation.create()
 *     .validate(List.of(Path.of("mine")), Crosswalks.bundled(), "bundled hipaa-soc2", ConflictPolicy.FAIL);
 * report.problems().forEach(System.err::println);
 * }</pre>
 */
public final class OverlayValidation {
  private final OverlayReader reader;

  private OverlayValidation(OverlayReader reader) {
    this.reader = reader;
  }

  /** A validation with {@link ReadLimits#DEFAULT default limits}. */
  public static OverlayValidation create() {
    return new OverlayValidation(OverlayReader.create());
  }

  /** This validation with reading that enforces the given limits, per file. */
  public OverlayValidation withLimits(ReadLimits limits) {
    return new OverlayValidation(reader.withLimits(limits));
  }

  /** The limits reading enforces, per file. */
  public ReadLimits limits() {
    return reader.limits();
  }

  /**
   * Validates the files as a whole crosswalk when they are {@linkplain #isSelfContained
   * self-contained}, and otherwise as an overlay merged onto {@code base}; {@link
   * ImportReport#mode()} says which.
   */
  public ImportReport validate(List<Path> files, Crosswalk base, String baseName, ConflictPolicy policy) {
    requireNonNull(base, "base");
    requireNonNull(baseName, "baseName");
    requireNonNull(policy, "policy");
    Reading r = read(files);
    return isSelfContained(r.overlay) ? standalone(r) : onto(r, base, baseName, policy);
  }

  /** Validates the files as one whole crosswalk of their own. */
  public ImportReport validateStandalone(List<Path> files) {
    return standalone(read(files));
  }

  /** Validates the files as an overlay merged onto {@code base} under {@code policy}. */
  public ImportReport validateOverlay(List<Path> files, Crosswalk base, String baseName, ConflictPolicy policy) {
    requireNonNull(base, "base");
    requireNonNull(baseName, "baseName");
    requireNonNull(policy, "policy");
    return onto(read(files), base, baseName, policy);
  }

  /**
   * True when the overlay declares at least one framework and every framework and source its
   * items refer to, so that it can only be meant as a crosswalk of its own.
   */
  public static boolean isSelfContained(Overlay overlay) {
    Set<String> frameworks = new HashSet<>();
    overlay.frameworks().forEach(e -> frameworks.add(e.value().id()));
    Set<String> sources = new HashSet<>();
    overlay.sources().forEach(e -> sources.add(e.value().id()));
    if (frameworks.isEmpty()) {
      return false;
    }
    List<ElementRef> refs = new ArrayList<>();
    List<String> cited = new ArrayList<>();
    for (Entry<Requirement> e : overlay.requirements()) {
      refs.add(e.value().id());
      e.value().parent().ifPresent(refs::add);
    }
    overlay.controls().forEach(e -> refs.add(e.value().id()));
    for (Entry<Mapping> e : overlay.mappings()) {
      refs.addAll(e.value().source().members());
      refs.addAll(e.value().target().members());
      refs.addAll(e.value().derivedVia());
      cited.addAll(e.value().sources());
    }
    for (Entry<NoCounterpart> e : overlay.noCounterparts()) {
      refs.add(e.value().element());
      cited.addAll(e.value().sources());
      if (!frameworks.contains(e.value().framework())) {
        return false;
      }
    }
    for (Entry<Addition> e : overlay.additions()) {
      refs.add(e.value().element());
      cited.addAll(e.value().sources());
      if (!frameworks.contains(e.value().framework())) {
        return false;
      }
    }
    return refs.stream().allMatch(r -> frameworks.contains(r.framework())) && sources.containsAll(cited);
  }

  /** What reading the files gave. */
  private record Reading(List<String> files, Overlay overlay, List<ImportProblem> problems, boolean complete) {}

  private Reading read(List<Path> paths) {
    requireNonNull(paths, "paths");
    List<String> names = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Overlay overlay = Overlay.empty();
    for (Path path : paths) {
      List<Path> files;
      try {
        files = OverlayReader.files(path);
      } catch (CrosswalkFormatException e) {
        problems.add(ImportProblem.of(e));
        continue;
      } catch (CrosswalkDataException e) {
        problems.add(ImportProblem.of(e, path.toString()));
        continue;
      }
      for (Path file : files) {
        names.add(file.toString());
        List<ImportProblem> records = new ArrayList<>();
        try {
          overlay = overlay.plus(reader.readFile(file, e -> records.add(ImportProblem.of(e))));
        } catch (CrosswalkFormatException e) {
          records.add(ImportProblem.of(e));
        } catch (CrosswalkDataException e) {
          records.add(ImportProblem.of(e, file.toString()));
        }
        problems.addAll(records);
      }
    }
    return new Reading(names, overlay, problems, problems.isEmpty());
  }

  private static ImportReport standalone(Reading r) {
    List<ImportProblem> problems = new ArrayList<>(r.problems);
    Optional<Crosswalk> crosswalk = Optional.empty();
    try {
      crosswalk = Optional.of(r.overlay.addTo(Crosswalk.builder()).build());
    } catch (CrosswalkValidationException e) {
      e.violations().forEach(v -> problems.add(ImportProblem.of(v)));
    }
    return report(ImportReport.Mode.STANDALONE, r, problems, crosswalk, Optional.empty());
  }

  private static ImportReport onto(Reading r, Crosswalk base, String baseName, ConflictPolicy policy) {
    List<ImportProblem> problems = new ArrayList<>(r.problems);
    Optional<MergeResult> merge = Optional.empty();
    try {
      merge = Optional.of(Overlays.merge(base, baseName, r.overlay, policy));
    } catch (CrosswalkValidationException e) {
      e.violations().forEach(v -> problems.add(ImportProblem.of(v)));
    }
    return report(ImportReport.Mode.OVERLAY, r, problems, merge.map(MergeResult::crosswalk), merge);
  }

  private static ImportReport report(ImportReport.Mode mode, Reading r, List<ImportProblem> problems,
      Optional<Crosswalk> crosswalk, Optional<MergeResult> merge) {
    boolean valid = problems.isEmpty();
    return new ImportReport(mode, ImmutableList.copyOf(r.files), r.complete, r.overlay,
        ImmutableList.copyOf(problems), valid ? crosswalk : Optional.empty(), valid ? merge : Optional.empty());
  }
}
