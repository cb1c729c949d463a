package dev.crosswalk.cli;

import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.readiness.DecisionsReader;
import dev.crosswalk.core.readiness.InventoryReader;
import java.nio.file.Path;
import java.util.Optional;

/** The readiness inputs of the query commands: {@code --decisions FILE} and {@code --inventory FILE}. */
final class ReadinessInputs {
  private ReadinessInputs() {}

  /** The decisions of {@code --decisions FILE} (JSON or CSV, docs/inputs.md), or none. */
  static Decisions decisions(Args args) {
    return args.option("decisions").map(f -> DecisionsReader.create().read(Main.path(f, "decisions")))
        .orElse(Decisions.NONE);
  }

  /** The control inventory of {@code --inventory FILE} (JSON or CSV, docs/inputs.md), if given. */
  static Optional<ControlInventory> inventory(Args args) {
    return args.option("inventory").map(f -> InventoryReader.create().read(Main.path(f, "inventory")));
  }
}
