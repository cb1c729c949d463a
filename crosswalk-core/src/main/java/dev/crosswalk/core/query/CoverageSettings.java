package dev.crosswalk.core.query;

import static com.google.common.base.Preconditions.checkArgument;

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
    boolean curatedOnly) {

  CoverageSettings {
    crosswalk.requireFramework(target);
    sourceFramework.ifPresent(crosswalk::requireFramework);
    checkArgument(sourceFramework.isPresent() != inventory.isPresent(),
        "name exactly one source: by(framework) or byControls(inventory)");
    checkArgument(sourceFramework.map(s -> !s.equals(target)).orElse(true),
        "source and target are both '%s'; cover a framework by another one", target);
  }

  boolean isSourceElement(ElementRef ref) {
    return sourceFramework.isPresent()
        ? sourceFramework.get().equals(ref.framework())
        : inventory.get().controls().containsKey(ref);
  }

  /**
   * Whether a mapping end is on the source's side: an element of the source, or a joint end of
   * the source framework (for an inventory: of one of its catalogs, with a member in it).
   */
  boolean isSourceEnd(MappingEnd end) {
    if (end instanceof ElementRef ref) {
      return isSourceElement(ref);
    }
    if (sourceFramework.isPresent()) {
      return sourceFramework.get().equals(end.framework());
    }
    return end.members().stream().anyMatch(this::isSourceElement);
  }

  String sourceDescription() {
    return sourceFramework.orElseGet(() -> inventory.get().toString());
  }

  CoverageSettings withTarget(String newTarget) {
    return new CoverageSettings(crosswalk, newTarget, sourceFramework, inventory, scope, curatedOnly);
  }

  CoverageSettings swapped() {
    String source = sourceFramework.orElseThrow(() -> new IllegalStateException(
        "both directions need a framework source; call by(framework) instead of byControls(inventory)"));
    return new CoverageSettings(crosswalk, source, Optional.of(target), inventory, scope, curatedOnly);
  }
}
