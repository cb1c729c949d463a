package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.InvalidQueryException;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.Requirement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plan to close a target framework's gaps with the controls of a catalog, starting from what a
 * source framework in scope covers (and, with {@link #alsoControls}, the controls already in
 * place).
 *
 * <pre>{@code
 * Plan plan = Queries.on(cw).plan().of("hipaa").by("soc2").restrict("hipaa", "rule", "security").run();
 * }</pre>
 *
 * <p><b>The rule.</b> Each step adds, as {@code IMPLEMENTED}, the candidate control with the most
 * weighted gain: the sum over the target's applicable requirements of weight times the rise of
 * the graded score ({@link Grading}). Weight 2 for a requirement that is not discretionary, or
 * that is discretionary and decided {@code implemented}; weight 1 for a discretionary requirement
 * not decided (for HIPAA: an addressable specification, which a documented decision may meet
 * instead); a requirement decided {@code alternative} or {@code not-reasonable} is met or out and
 * gains nothing. Ties go to the control that makes more weight-2 requirements strictly
 * {@link Verdict#COVERED}, then to the lower control id, so the plan is deterministic. The plan
 * stops when no candidate gains anything. Candidates are the catalog's controls that are not
 * already in place: absent from the inventory, {@code PLANNED}, or {@code PARTIAL} (completing
 * it); {@code NOT_APPLICABLE} controls are never proposed.
 *
 * <p>Each step re-evaluates only the requirements a candidate's mappings reach and their
 * ancestors: work grows with candidates times their mappings, per step.
 */
public final class PlanQuery extends CoverageOptions<PlanQuery> {
  private static final double EPSILON = 1e-12;
  private Optional<String> catalog = Optional.empty();

  PlanQuery(Crosswalk crosswalk) {
    super(crosswalk);
  }

  @Override
  PlanQuery self() {
    return this;
  }

  /**
   * The catalog whose controls the plan proposes; by default the crosswalk's only framework of
   * kind {@link FrameworkKind#CONTROL_CATALOG}.
   */
  public PlanQuery controlsFrom(String catalogFramework) {
    this.catalog = Optional.of(requireNonNull(catalogFramework, "catalogFramework"));
    return this;
  }

  /**
   * Computes the plan.
   *
   * @throws InvalidQueryException if no target or no source framework was named, or no catalog can
   *     be chosen
   * @throws UnknownElementException if a framework is unknown
   * @throws dev.crosswalk.core.CrosswalkValidationException if a decision names a requirement that
   *     is not discretionary
   */
  public Plan run() {
    CoverageSettings base = settings();
    if (base.sourceFramework().isEmpty()) {
      throw new InvalidQueryException("a plan starts from a framework: call by(\"soc2\") (and alsoControls(...) for"
          + " controls already in place)");
    }
    String catalogId = catalog.orElseGet(this::onlyCatalog);
    crosswalk.requireFramework(catalogId);
    ControlInventory inventory = base.inventory().orElse(ControlInventory.of());
    CoverageSettings settings = base.withInventory(inventory);
    Map<ElementRef, Integer> weights = weights(settings);

    CoverageReport current = new CoverageEngine(settings).report();
    Totals start = current.totals();
    TreeMap<ElementRef, Control> candidates = new TreeMap<>();
    for (Control c : crosswalk.controls(catalogId)) {
      ControlStatus status = inventory.control(c.id()).map(InventoryControl::status).orElse(ControlStatus.PLANNED);
      if (status == ControlStatus.PLANNED || status == ControlStatus.PARTIAL) {
        candidates.put(c.id(), c);
      }
    }
    Map<ElementRef, Set<ElementRef>> reach = new HashMap<>();
    candidates.keySet().forEach(c -> reach.put(c, reach(c, settings.target())));

    List<PlanStep> steps = new ArrayList<>();
    while (!candidates.isEmpty()) {
      Candidate best = null;
      for (Control c : candidates.values()) {
        Candidate option = evaluate(c, inventory, settings, current, reach.get(c.id()), weights);
        if (best == null || option.beats(best)) {
          best = option;
        }
      }
      if (best == null || best.gain <= EPSILON) {
        break;
      }
      inventory = with(inventory, best.control.id());
      current = new CoverageEngine(settings.withInventory(inventory)).report();
      steps.add(new PlanStep(steps.size() + 1, best.control, best.gain, best.newlyCovered, best.improved,
          current.totals()));
      candidates.remove(best.control.id());
    }

    ImmutableList.Builder<RequirementCoverage> remaining = ImmutableList.builder();
    ImmutableList.Builder<ElementRef> unaddressed = ImmutableList.builder();
    for (RequirementCoverage c : current.requirements().values()) {
      if (c.verdict().isApplicable() && c.verdict() != Verdict.COVERED) {
        remaining.add(c);
        boolean addressed = crosswalk.mappingsOf(c.id(), catalogId).stream()
            .anyMatch(m -> m.relationship() != dev.crosswalk.core.model.Relationship.NOT_RELATED);
        if (!addressed) {
          unaddressed.add(c.id());
        }
      }
    }
    return new Plan(settings.target(), base.sourceDescription(), settings.scope(), catalogId, start, ImmutableList.copyOf(steps),
        remaining.build(), unaddressed.build());
  }

  private String onlyCatalog() {
    List<String> catalogs = crosswalk.frameworks().values().stream()
        .filter(f -> f.kind() == FrameworkKind.CONTROL_CATALOG).map(Framework::id).toList();
    if (catalogs.size() != 1) {
      throw new InvalidQueryException("the crosswalk has " + catalogs.size()
          + " control catalogs" + (catalogs.isEmpty() ? "" : " (" + String.join(", ", catalogs) + ")")
          + "; name the one to plan with: controlsFrom(id)");
    }
    return catalogs.get(0);
  }

  /** The weight of each target requirement in the gain: see the class description. */
  private Map<ElementRef, Integer> weights(CoverageSettings settings) {
    Map<ElementRef, Integer> out = new HashMap<>();
    for (Requirement r : crosswalk.requirements(settings.target())) {
      Optional<Decision> d = settings.decisions().decision(r.id());
      int weight;
      if (d.isPresent()) {
        weight = d.get().kind() == Decision.Kind.IMPLEMENTED ? 2 : 0;
      } else {
        weight = Decisions.isDiscretionary(crosswalk, r) ? 1 : 2;
      }
      out.put(r.id(), weight);
    }
    return out;
  }

  /** The target requirements a control's mappings reach, with their ancestors. */
  private Set<ElementRef> reach(ElementRef control, String target) {
    Set<ElementRef> out = new LinkedHashSet<>();
    for (Mapping m : crosswalk.mappingsOf(control, target)) {
      for (ElementRef e : m.source().framework().equals(target) ? m.source().members() : m.target().members()) {
        if (out.add(e)) {
          crosswalk.ancestors(e).forEach(a -> out.add(a.id()));
        }
      }
    }
    return out;
  }

  private static ControlInventory with(ControlInventory inventory, ElementRef control) {
    Map<ElementRef, InventoryControl> entries = new TreeMap<>(inventory.controls());
    InventoryControl old = entries.get(control);
    entries.put(control, old == null ? InventoryControl.of(control, ControlStatus.IMPLEMENTED)
        : new InventoryControl(control, ControlStatus.IMPLEMENTED, old.owner(), old.evidence(), old.lastTested()));
    return ControlInventory.of(entries.values());
  }

  private Candidate evaluate(Control control, ControlInventory inventory, CoverageSettings settings,
      CoverageReport current, Set<ElementRef> reached, Map<ElementRef, Integer> weights) {
    CoverageEngine engine = new CoverageEngine(settings.withInventory(with(inventory, control.id())));
    double gain = 0;
    int requiredCovered = 0;
    TreeSet<ElementRef> newlyCovered = new TreeSet<>();
    TreeSet<ElementRef> improved = new TreeSet<>();
    for (ElementRef ref : reached) {
      RequirementCoverage before = current.requirements().get(ref);
      if (before == null || !before.verdict().isApplicable()) {
        continue;
      }
      RequirementCoverage after = engine.evaluate(before.requirement());
      int weight = weights.getOrDefault(ref, 2);
      double rise = after.score() - before.score();
      if (rise > EPSILON) {
        gain += weight * rise;
        improved.add(ref);
      }
      if (after.verdict() == Verdict.COVERED && before.verdict() != Verdict.COVERED) {
        newlyCovered.add(ref);
        if (weight == 2) {
          requiredCovered++;
        }
      }
    }
    return new Candidate(control, gain, requiredCovered, ImmutableList.copyOf(newlyCovered),
        ImmutableList.copyOf(improved));
  }

  /** One candidate step, compared by gain, then weight-2 requirements newly covered, then id. */
  private record Candidate(Control control, double gain, int requiredCovered, ImmutableList<ElementRef> newlyCovered,
      ImmutableList<ElementRef> improved) {
    boolean beats(Candidate other) {
      if (Math.abs(gain - other.gain) > EPSILON) {
        return gain > other.gain;
      }
      if (requiredCovered != other.requiredCovered) {
        return requiredCovered > other.requiredCovered;
      }
      return control.id().compareTo(other.control.id()) < 0;
    }
  }
}
