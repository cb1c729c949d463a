package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Relationship;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The rules by which a tested source requirement's result implies a status for a mapped target
 * requirement, for a mapping {@code S rel T} read from the source {@code S}:
 *
 * <table>
 *   <caption>implied status of T</caption>
 *   <tr><th>S rel T</th><th>S PASSED</th><th>S PASSED_WITH_EXCEPTIONS</th><th>S FAILED</th><th>S NOT_TESTED</th></tr>
 *   <tr><td>EQUAL</td><td>PASSED</td><td>PASSED_WITH_EXCEPTIONS</td><td>FAILED</td><td>NOT_TESTED</td></tr>
 *   <tr><td>SUPERSET_OF</td><td>PASSED</td><td>PASSED_WITH_EXCEPTIONS</td><td>NOT_TESTED</td><td>NOT_TESTED</td></tr>
 *   <tr><td>SUBSET_OF</td><td>NOT_TESTED</td><td>NOT_TESTED</td><td>FAILED</td><td>NOT_TESTED</td></tr>
 *   <tr><td>INTERSECTS_WITH</td><td>NOT_TESTED</td><td>NOT_TESTED</td><td>NOT_TESTED</td><td>NOT_TESTED</td></tr>
 *   <tr><td>NOT_RELATED</td><td colspan="4">no inference</td></tr>
 * </table>
 *
 * <p>Why: when S asks for at least everything T does (EQUAL, SUPERSET_OF), meeting S meets T and
 * exceptions in S may lie in T; but S failing says nothing about T when the failure may lie in
 * the part of S that T does not ask for. When T asks for more (SUBSET_OF), S passing leaves the
 * rest of T untested, while S failing means part of T is not met. A partial overlap
 * (INTERSECTS_WITH) allows no conclusion either way. Several implications for one target are
 * {@linkplain #combine combined}: the most restrictive conclusion wins.
 *
 * <p>Joint ends. A joint source is tested as a whole: its status is {@linkplain #jointStatus
 * combined} from its members' results (a failed member fails the union; an untested member leaves
 * it untested unless another failed). Toward a joint target, a conclusion holds for each member
 * when it says the union passed (each member is part of it), but a failure of the union cannot
 * be placed in any one member: it becomes {@code NOT_TESTED} ({@link #forMember}).
 */
public final class InferenceRules {
  private InferenceRules() {}

  /** The status of T implied by S's result through {@code S rel T}; empty for NOT_RELATED. */
  public static Optional<AssessmentStatus> implied(Relationship relationship, AssessmentStatus source) {
    requireNonNull(relationship, "relationship");
    requireNonNull(source, "source");
    AssessmentStatus nt = AssessmentStatus.NOT_TESTED;
    return switch (relationship) {
      case EQUAL -> Optional.of(source);
      case SUPERSET_OF -> Optional.of(source == AssessmentStatus.FAILED ? nt : source);
      case SUBSET_OF -> Optional.of(source == AssessmentStatus.FAILED ? AssessmentStatus.FAILED : nt);
      case INTERSECTS_WITH -> Optional.of(nt);
      case NOT_RELATED -> Optional.empty();
    };
  }

  /**
   * The status of a joint source from its members' results ({@code NOT_TESTED} for a member
   * without one): {@code FAILED} when any member failed; else {@code NOT_TESTED} when any was not
   * tested; else {@code PASSED_WITH_EXCEPTIONS} when any passed with exceptions; else {@code PASSED}.
   */
  public static AssessmentStatus jointStatus(
      Collection<ElementRef> members, Map<ElementRef, AssessmentStatus> results) {
    boolean untested = false;
    boolean exceptions = false;
    for (ElementRef m : members) {
      AssessmentStatus s = results.getOrDefault(m, AssessmentStatus.NOT_TESTED);
      switch (s) {
        case FAILED -> {
          return AssessmentStatus.FAILED;
        }
        case NOT_TESTED -> untested = true;
        case PASSED_WITH_EXCEPTIONS -> exceptions = true;
        case PASSED -> { }
      }
    }
    return untested ? AssessmentStatus.NOT_TESTED
        : exceptions ? AssessmentStatus.PASSED_WITH_EXCEPTIONS : AssessmentStatus.PASSED;
  }

  /**
   * The conclusion for each member of a target end: as implied for a single element; for a joint
   * end, a {@code FAILED} union becomes {@code NOT_TESTED} (which member failed is unknown).
   */
  public static AssessmentStatus forMember(AssessmentStatus implied, MappingEnd target) {
    return target.isJoint() && implied == AssessmentStatus.FAILED ? AssessmentStatus.NOT_TESTED : implied;
  }

  /**
   * Combines the statuses several sources imply for one target: the most restrictive conclusion
   * ({@code FAILED > PASSED_WITH_EXCEPTIONS > PASSED}); {@link AssessmentStatus#NOT_TESTED} only
   * when no implication is conclusive (or there are none).
   */
  public static AssessmentStatus combine(Collection<AssessmentStatus> implied) {
    boolean passed = false;
    boolean exceptions = false;
    for (AssessmentStatus s : implied) {
      switch (s) {
        case FAILED -> {
          return AssessmentStatus.FAILED;
        }
        case PASSED_WITH_EXCEPTIONS -> exceptions = true;
        case PASSED -> passed = true;
        case NOT_TESTED -> { }
      }
    }
    return exceptions ? AssessmentStatus.PASSED_WITH_EXCEPTIONS
        : passed ? AssessmentStatus.PASSED : AssessmentStatus.NOT_TESTED;
  }
}
