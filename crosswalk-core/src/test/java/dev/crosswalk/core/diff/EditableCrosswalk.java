package dev.crosswalk.core.diff;

import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A crosswalk's items in mutable maps keyed by identity, to edit and build again. */
final class EditableCrosswalk {
  final Map<String, Framework> frameworks = new TreeMap<>();
  final Map<String, Source> sources = new TreeMap<>();
  final Map<ElementRef, Requirement> requirements = new TreeMap<>();
  final Map<ElementRef, Control> controls = new TreeMap<>();
  /** Keyed by {@code [source, target, derivedVia]}. */
  final Map<List<Object>, Mapping> mappings = new LinkedHashMap<>();
  /** Keyed by {@code [element, framework]}. */
  final Map<List<Object>, NoCounterpart> noCounterparts = new LinkedHashMap<>();
  /** Keyed by {@code [element, framework]}. */
  final Map<List<Object>, dev.crosswalk.core.model.Addition> additions = new LinkedHashMap<>();

  EditableCrosswalk(Crosswalk cw) {
    frameworks.putAll(cw.frameworks());
    sources.putAll(cw.sources());
    requirements.putAll(cw.requirements());
    controls.putAll(cw.controls());
    cw.mappings().forEach(m -> mappings.put(key(m), m));
    cw.noCounterparts().forEach(n -> noCounterparts.put(key(n), n));
    cw.additions().forEach(a -> additions.put(List.of(a.element(), a.framework()), a));
  }

  static List<Object> key(Mapping m) {
    return List.of(m.source(), m.target(), m.derivedVia());
  }

  static List<Object> key(NoCounterpart n) {
    return List.of(n.element(), n.framework());
  }

  Crosswalk build() {
    CrosswalkBuilder b = Crosswalk.builder();
    frameworks.values().forEach(b::addFramework);
    sources.values().forEach(b::addSource);
    requirements.values().forEach(b::addRequirement);
    controls.values().forEach(b::addControl);
    mappings.values().forEach(b::addMapping);
    noCounterparts.values().forEach(b::addNoCounterpart);
    additions.values().forEach(b::addAddition);
    return b.build();
  }
}
