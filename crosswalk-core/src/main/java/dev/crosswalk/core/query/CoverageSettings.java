package dev.crosswalk.core.query;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.MappingEnd;
import java.util.Optional;

/** The validated options of one coverage or gap query. */
record CoverageSettings(
    Crosswalk crosswalk,
    String target,
    Optional<String> sourceFramework,
    Optional<ControlInventory> inventory,
    Scope scope,
    boolean curatedOnly,
    Decisions decisions) {

  CoverageSettings {
    crosswalk.requireFramework(target);
    sourceFramework.ifPresent(crosswalk::requireFramework);
    if (sourceFramework.isEmpty() && inventory.isEmpty()) {
      throw new dev.crosswalk.core.InvalidQueryException("name a source: by(framework) or byControls(inventory)");
    }
    requireNonNull(decisions, "decisions");
    if (sourceFramework.map(s -> s.equals(target)).orElse(false)) {
      throw new dev.crosswalk.core.InvalidQueryException("source and target are both '" + target
          + "'; cover a framework by another one");
    }
  }

  boolean isSourceElement(ElementRef ref) {
    return sourceFramework.isPresent() && sourceFramework.get().equals(ref.framework())
        || inventory.isPresent() && inventory.get().controls().containsKey(ref);
  }

  /** Whether an element is of the source framework (in place by definition, subject to scope). */
  boolean isOfSourceFramework(ElementRef ref) {
    return sourceFramework.isPresent() && sourceFramework.get().equals(ref.framework());
  }

  /**
   * Whether a mapping end is on the source's side: an element of the source, or a joint end of
   * the source framework (for an inventory: of one of its catalogs, with a member in it).
   */
  boolean isSourceEnd(MappingEnd end) {
    if (end instanceof ElementRef ref) {
      return isSourceElement(ref);
    }
    if (sourceFramework.isPresent() && sourceFramework.get().equals(end.framework())) {
      return true;
    }
    return inventory.isPresent() && end.members().stream().anyMatch(this::isSourceElement);
  }

  String sourceDescription() {
    if (sourceFramework.isPresent() && inventory.isPresent()) {
      return sourceFramework.get() + " + " + inventory.get();
    }
    return sourceFramework.orElseGet(() -> inventory.get().toString());
  }

  /** The frameworks whose no-counterpart records concern this source. */
  java.util.Set<String> sourceFrameworks() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    sourceFramework.ifPresent(out::add);
    inventory.ifPresent(i -> out.addAll(i.catalogs()));
    return out;
  }

  CoverageSettings withInventory(ControlInventory newInventory) {
    return new CoverageSettings(crosswalk, target, sourceFramework, Optional.of(newInventory), scope, curatedOnly,
        decisions);
  }

  CoverageSettings withTarget(String newTarget) {
    return new CoverageSettings(crosswalk, newTarget, sourceFramework, inventory, scope, curatedOnly, decisions);
  }

  CoverageSettings swapped() {
    String source = sourceFramework.orElseThrow(() -> new dev.crosswalk.core.InvalidQueryException(
        "both directions need a framework source; call by(framework) instead of byControls(inventory)"));
    return new CoverageSettings(crosswalk, source, Optional.of(target), inventory, scope, curatedOnly, decisions);
  }
}
