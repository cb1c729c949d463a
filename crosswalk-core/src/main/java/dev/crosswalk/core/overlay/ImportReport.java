package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Crosswalk;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link OverlayValidation}: the files read, every problem found, and, when there
 * is none, the crosswalk the files make. Holds no presentation; a command line prints it.
 *
 * @param mode whether the files were validated as a whole crosswalk or as an overlay on a base
 * @param files every file read, in reading order (a directory's files in its place); immutable
 * @param allFilesRead false when a file (or a record of a CSV file) could not be read; then the
 *     validation problems may follow from the items missing
 * @param overlay the items read from the files that could be read
 * @param problems every problem, file by file in reading order, then the validation problems; immutable
 * @param crosswalk the crosswalk the files make (standalone) or the merged one (overlay), when
 *     there are no problems
 * @param merge what the merge added and replaced, in overlay mode when there are no problems
 */
public record ImportReport(
    Mode mode,
    List<String> files,
    boolean allFilesRead,
    Overlay overlay,
    List<ImportProblem> problems,
    Optional<Crosswalk> crosswalk,
    Optional<MergeResult> merge) {

  /** How the files were validated. */
  public enum Mode {
    /** As a whole crosswalk of their own. */
    STANDALONE,
    /** As an overlay merged onto a base crosswalk. */
    OVERLAY
  }

  /** Validates the components and copies the lists. */
  public ImportReport {
    requireNonNull(mode, "mode");
    files = ImmutableList.copyOf(requireNonNull(files, "files"));
    requireNonNull(overlay, "overlay");
    problems = ImmutableList.copyOf(requireNonNull(problems, "problems"));
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(merge, "merge");
  }

  /** True when no problem was found. */
  public boolean isValid() {
    return problems.isEmpty();
  }
}
