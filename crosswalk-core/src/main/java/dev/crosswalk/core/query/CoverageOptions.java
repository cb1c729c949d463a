package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.Crosswalk;
import java.util.Optional;

/**
 * The options shared by {@link CoverageQuery} and {@link GapQuery}: the target framework, the
 * source (a framework or a control inventory), the scope, and whether derived mappings count.
 *
 * <p>Setters return this query for chaining; a query is a mutable, reusable description and is
 * not thread-safe. Results are immutable.
 *
 * @param <Q> the concrete query type
 */
public abstract class CoverageOptions<Q extends CoverageOptions<Q>> {
  final Crosswalk crosswalk;
  private Optional<String> target = Optional.empty();
  private Optional<String> sourceFramework = Optional.empty();
  private Optional<ControlInventory> inventory = Optional.empty();
  private Scope scope = Scope.all();
  private boolean curatedOnly;
  private Decisions decisions = Decisions.NONE;

  CoverageOptions(Crosswalk crosswalk) {
    this.crosswalk = requireNonNull(crosswalk, "crosswalk");
  }

  abstract Q self();

  /** The framework whose requirements are assessed, e.g. {@code hipaa}. */
  public Q of(String targetFramework) {
    this.target = Optional.of(requireNonNull(targetFramework, "targetFramework"));
    return self();
  }

  /** Cover the target with every element of another framework, e.g. {@code soc2}. */
  public Q by(String sourceFramework) {
    this.sourceFramework = Optional.of(requireNonNull(sourceFramework, "sourceFramework"));
    this.inventory = Optional.empty();
    return self();
  }

  /** Cover the target with the controls of a user's inventory, according to their status. */
  public Q byControls(ControlInventory inventory) {
    this.inventory = Optional.of(requireNonNull(inventory, "inventory"));
    this.sourceFramework = Optional.empty();
    return self();
  }

  /**
   * Adds a user's controls to a framework source: the target is then covered by the framework's
   * elements in scope and by these controls according to their status (call after
   * {@link #by(String)}).
   */
  public Q alsoControls(ControlInventory inventory) {
    this.inventory = Optional.of(requireNonNull(inventory, "inventory"));
    return self();
  }

  /**
   * The organisation's decisions on discretionary requirements of the target, honoured by the
   * verdicts and scores (see {@link Decision}); checked against the crosswalk when the query runs.
   */
  public Q decisions(Decisions decisions) {
    this.decisions = requireNonNull(decisions, "decisions");
    return self();
  }

  /** Replaces the scope; the default is {@link Scope#all()}. */
  public Q scope(Scope scope) {
    this.scope = requireNonNull(scope, "scope");
    return self();
  }

  /**
   * Narrows the scope: only elements of {@code framework} whose {@code attribute} (own or
   * inherited) is one of {@code values}, on whichever side the framework is; for example
   * {@code restrict("hipaa", "rule", "security")}. Replaces an earlier restriction of the same
   * attribute (see {@link Scope#with}).
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no value is given
   */
  public Q restrict(String framework, String attribute, String... values) {
    this.scope = scope.with(framework, attribute, java.util.Arrays.asList(values));
    return self();
  }

  /** Ignores derived (composed) mappings; by default they count and are marked in the evidence. */
  public Q curatedOnly() {
    this.curatedOnly = true;
    return self();
  }

  /**
   * The validated options.
   *
   * @throws dev.crosswalk.core.InvalidQueryException if no target or no source was named
   * @throws dev.crosswalk.core.UnknownElementException if a framework is unknown
   * @throws dev.crosswalk.core.InvalidQueryException if source and target are the same
   */
  CoverageSettings settings() {
    String t = target.orElseThrow(() -> new dev.crosswalk.core.InvalidQueryException(
        "no target framework; call of(\"hipaa\") (or another framework id) before running"));
    return new CoverageSettings(crosswalk, t, sourceFramework, inventory, scope, curatedOnly, decisions.check(crosswalk));
  }

  CoverageSettings settingsFor(String targetFramework) {
    return new CoverageSettings(crosswalk, targetFramework, sourceFramework, inventory, scope, curatedOnly,
        decisions.check(crosswalk));
  }
}
