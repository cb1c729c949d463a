package dev.crosswalk.core.query;

import dev.crosswalk.core.model.Crosswalk;

/**
 * The target requirements a source does not fully cover, each with its {@link GapReason}.
 *
 * <pre>{@code
 * GapReport hipaaOnly = Queries.on(cw).gaps().of("hipaa").by("soc2").run();
 * Remainders both = Queries.on(cw).gaps().of("hipaa").by("soc2").bothWays();
 * }</pre>
 */
public final class GapQuery extends CoverageOptions<GapQuery> {

  GapQuery(Crosswalk crosswalk) {
    super(crosswalk);
  }

  @Override
  GapQuery self() {
    return this;
  }

  /**
   * Runs the query: the gaps of the target by the source.
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no target or no source was named, or source
   *     and target are the same
   * @throws dev.crosswalk.core.UnknownElementException if a framework is not in the crosswalk
   */
  public GapReport run() {
    return new CoverageEngine(settings()).report().gaps();
  }

  /**
   * The gaps in both directions, with the same scope: the target's requirements the source does
   * not cover, and the source's requirements the target does not cover.
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no target or no source was named, the source
   *     is a control inventory, or source and target are the same
   */
  public Remainders bothWays() {
    CoverageSettings s = settings();
    return new Remainders(new CoverageEngine(s).report().gaps(), new CoverageEngine(s.swapped()).report().gaps());
  }
}
