package dev.crosswalk.core.internal;

import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;

/** The {@link ItemCodec} of each {@link ItemKind}. Not API. */
public final class ItemCodecs {
  /** Frameworks. */
  public static final ItemCodec<Framework> FRAMEWORK = new FrameworkCodec();
  /** Provenance sources. */
  public static final ItemCodec<Source> SOURCE = new SourceCodec();
  /** Requirements. */
  public static final ItemCodec<Requirement> REQUIREMENT = new RequirementCodec();
  /** Controls. */
  public static final ItemCodec<Control> CONTROL = new ControlCodec();
  /** Mappings. */
  public static final ItemCodec<Mapping> MAPPING = new MappingCodec();
  /** No-counterpart records. */
  public static final ItemCodec<NoCounterpart> NO_COUNTERPART = new NoCounterpartCodec();
  /** Additions. */
  public static final ItemCodec<Addition> ADDITION = new AdditionCodec();

  private ItemCodecs() {}

  /** The codec of a kind. */
  public static ItemCodec<?> of(ItemKind kind) {
    // A switch expression: a kind added to ItemKind and not here does not compile.
    return switch (kind) {
      case FRAMEWORK -> FRAMEWORK;
      case SOURCE -> SOURCE;
      case REQUIREMENT -> REQUIREMENT;
      case CONTROL -> CONTROL;
      case MAPPING -> MAPPING;
      case NO_COUNTERPART -> NO_COUNTERPART;
      case ADDITION -> ADDITION;
    };
  }
}
