package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.UnknownElementException;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Requirement;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Coverage of a target framework's requirements by a source framework or a control inventory.
 *
 * <pre>{@code
 * CoverageReport r = Queries.on(cw).coverage()
 *     .of("hipaa").by("soc2")
 *     .restrict("soc2", "category", "security", "availability")
 *     .restrict("hipaa", "rule", "security")
 *     .run();
 * }</pre>
 *
 * <p>See {@link Verdict} for how one requirement's verdict is decided.
 */
public final class CoverageQuery extends CoverageOptions<CoverageQuery> {

  CoverageQuery(Crosswalk crosswalk) {
    super(crosswalk);
  }

  @Override
  CoverageQuery self() {
    return this;
  }

  /**
   * Runs the query.
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no target or no source was named, or source
   *     and target are the same
   * @throws UnknownElementException if the target or source framework is not in the crosswalk
   */
  public CoverageReport run() {
    return new CoverageEngine(settings()).report();
  }

  /**
   * Runs the query for several target frameworks at once, e.g. HIPAA and SOC 2 from one control
   * inventory; the target named with {@link #of(String)}, if any, is ignored. The reports are
   * keyed by target framework id, in an immutable map.
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no source was named, or a target is the source
   * @throws UnknownElementException if a framework is not in the crosswalk
   */
  public SortedMap<String, CoverageReport> runAll(String... targetFrameworks) {
    TreeMap<String, CoverageReport> out = new TreeMap<>();
    for (String t : targetFrameworks) {
      out.put(t, new CoverageEngine(settingsFor(t)).report());
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * The verdict of one requirement with the mappings behind it, evaluating only its subtree. The
   * target framework is the requirement's own.
   *
   * @throws UnknownElementException if the crosswalk has no such requirement
   */
  public Explanation explain(ElementRef requirement) {
    requireNonNull(requirement, "requirement");
    Requirement r = crosswalk.requirement(requirement).orElseThrow(() -> new UnknownElementException(
        "unknown requirement '" + requirement + "'"));
    CoverageSettings s = settingsFor(r.id().framework());
    CoverageEngine engine = new CoverageEngine(s);
    RequirementCoverage c = engine.evaluate(r);
    return new Explanation(s.sourceDescription(), c, crosswalk.children(r.id()).stream()
        .map(engine::evaluate).collect(com.google.common.collect.ImmutableList.toImmutableList()));
  }
}
