package dev.crosswalk.core.overlay;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.internal.ItemCodec;
import dev.crosswalk.core.internal.ItemCodecs;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkBuilder;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Origin;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges an {@link Overlay} onto a base crosswalk, such as the bundled one.
 *
 * <pre>{@code
 * Overlay mine = OverlayReader.create().read(Path.of("my-controls.json"));
 * MergeResult merged = Overlays.merge(Crosswalks.bundled(), "bundled hipaa-soc2", mine);
 * Crosswalk cw = merged.crosswalk();
 * }</pre>
 *
 * <p>An overlay item <em>conflicts</em> with a base item when both have the same identity and
 * differ:
 * <ul>
 *   <li>frameworks and sources: the same id;
 *   <li>requirements and controls: the same element reference (a requirement and a control share
 *       one namespace, so an overlay control can conflict with a base requirement);
 *   <li>mappings: the same source, target and {@code derivedVia} pivots (the crosswalk's own
 *       uniqueness rule; the relationship is not part of the identity, so a second opinion on
 *       a pair is a conflict, and {@code A -> B} does not conflict with {@code B -> A});
 *   <li>no-counterpart records: the same element and framework;
 *   <li>and across kinds: an overlay curated mapping other than {@code NOT_RELATED} between
 *       {@code E} and an element of framework {@code F} contradicts a base record that {@code E}
 *       has no counterpart in {@code F}, and an overlay no-counterpart record contradicts such a
 *       base mapping.
 * </ul>
 * An overlay item equal to its base item is not a conflict: the base item is kept and the overlay
 * item is listed in {@link MergeResult#unchanged()}. Under {@link ConflictPolicy#FAIL} (the
 * default) every conflict is reported at once, each naming the base (by {@code baseName} and the
 * base item), the overlay item with its file position, and the fields that differ. Under {@link ConflictPolicy#REPLACE}
 * the overlay item takes the base item's place and {@link MergeResult#replaced()} lists each
 * replacement with the base items that refer to the replaced one; those are kept, never dropped.
 *
 * <p>The merged items are then validated by {@link CrosswalkBuilder#build()}, so an overlay item
 * referring to an element or source that exists in neither the base nor the overlay fails with
 * the overlay's file position. An item given twice within the overlay is an error too. Stateless.
 */
public final class Overlays {
  private Overlays() {}

  /**
   * Merges with {@link ConflictPolicy#FAIL}.
   *
   * @throws CrosswalkValidationException listing every conflict and every violation at once
   * @see #merge(Crosswalk, String, Overlay, ConflictPolicy)
   */
  public static MergeResult merge(Crosswalk base, String baseName, Overlay overlay) {
    return merge(base, baseName, overlay, ConflictPolicy.FAIL);
  }

  /**
   * Merges an overlay onto a base crosswalk.
   *
   * @param base the crosswalk to add to; not changed
   * @param baseName how messages name the base, e.g. {@code bundled hipaa-soc2} or a file name
   * @param overlay the items to add
   * @param policy what to do with conflicting items
   * @return the merged crosswalk and an account of every overlay item
   * @throws CrosswalkValidationException listing every problem at once: each conflict (under
   *     {@code FAIL}), each item given twice in the overlay, and every violation of the merged
   *     crosswalk, such as a dangling reference, each with the overlay position at fault
   */
  public static MergeResult merge(Crosswalk base, String baseName, Overlay overlay, ConflictPolicy policy) {
    requireNonNull(base, "base");
    requireNonNull(baseName, "baseName");
    requireNonNull(overlay, "overlay");
    requireNonNull(policy, "policy");
    return new Merge(base, new Origin(baseName, 0, 0, ""), policy).run(overlay);
  }

  /**
   * One item of the base or the overlay, with its identity: its {@linkplain ItemCodec#key key},
   * shared by a requirement and a control of the same reference, and its {@linkplain
   * CrosswalkItem#identity() identity} text.
   */
  private record Slot(ItemKind kind, Object key, String id, CrosswalkItem value, Optional<Origin> origin) {
    Item item() {
      return new Item(kind, id, origin);
    }

    static Slot of(CrosswalkItem value, Optional<Origin> origin) {
      ItemKind kind = value.itemKind();
      return new Slot(kind, ItemCodecs.of(kind).key(value), value.identity(), value, origin);
    }

    /** The keys of the items this one refers to. */
    List<Object> references() {
      return ItemCodecs.of(kind).references(value);
    }
  }

  /** The state of one merge. */
  private static final class Merge {
    private final String baseName;
    private final ConflictPolicy policy;
    private final List<Slot> baseSlots = new ArrayList<>();
    private final Map<Object, Slot> baseByKey = new HashMap<>();
    private final Set<Slot> removed = new HashSet<>();
    private final Map<Slot, Slot> replacements = new LinkedHashMap<>();
    private final List<Violation> problems = new ArrayList<>();

    Merge(Crosswalk base, Origin baseOrigin, ConflictPolicy policy) {
      this.baseName = baseOrigin.source();
      this.policy = policy;
      Optional<Origin> at = Optional.of(baseOrigin);
      for (ItemKind kind : ItemKind.values()) {
        for (CrosswalkItem item : base.items(kind)) {
          Slot s = Slot.of(item, at);
          baseSlots.add(s);
          baseByKey.put(s.key(), s);
        }
      }
    }

    MergeResult run(Overlay overlay) {
      Map<Object, Slot> seen = new HashMap<>();
      List<Slot> included = new ArrayList<>();
      Set<Slot> sameId = new HashSet<>();
      List<Item> unchanged = new ArrayList<>();
      overlay.entries().forEach(e -> {
        Slot o = Slot.of(e.value(), e.origin());
        Slot first = seen.putIfAbsent(o.key(), o);
        if (first != null) {
          problems.add(new Violation(o.kind().label() + " " + o.id(), "is given more than once in the overlay"
              + first.origin().map(at -> " (first at " + at + ")").orElse("") + "; keep one", o.origin()));
          return;
        }
        Slot b = baseByKey.get(o.key());
        if (b == null) {
          included.add(o);
        } else if (b.value().equals(o.value())) {
          unchanged.add(o.item());
        } else if (conflict(b, o, "conflicts with ")) {
          included.add(o);
          sameId.add(o);
        }
      });
      included.removeIf(o -> !contradictions(o));
      List<Item> added = included.stream().filter(o -> !sameId.contains(o)).map(Slot::item).toList();

      CrosswalkBuilder b = Crosswalk.builder();
      baseSlots.stream().filter(s -> !removed.contains(s)).forEach(s -> add(b, s));
      included.forEach(s -> add(b, s));
      Crosswalk merged = null;
      try {
        merged = b.build();
      } catch (CrosswalkValidationException e) {
        problems.addAll(e.violations());
      }
      if (!problems.isEmpty()) {
        throw new CrosswalkValidationException(problems);
      }
      List<Replacement> replaced = new ArrayList<>();
      replacements.forEach((gone, by) -> replaced.add(Replacement.of(gone.item(), by.item(), dependents(gone))));
      return new MergeResult(merged, ImmutableList.copyOf(added), ImmutableList.copyOf(replaced),
          ImmutableList.copyOf(unchanged));
    }

    /**
     * Handles a conflict between base item {@code b} and overlay item {@code o}: under FAIL an
     * error naming both; under REPLACE the base item goes.
     *
     * @return whether the overlay item is merged
     */
    private boolean conflict(Slot b, Slot o, String how) {
      if (policy == ConflictPolicy.FAIL) {
        String fix;
        if (how.startsWith("contradicts")) {
          fix = "remove one of the two";
        } else if (ItemCodecs.of(o.kind()).hasId()) {
          fix = "give the overlay's " + o.kind().label() + " another id or remove it from the overlay";
        } else {
          fix = "remove it from the overlay";
        }
        String differs = how.startsWith("contradicts") ? "" : differences(b.value(), o.value());
        problems.add(new Violation(o.kind().label() + " " + o.id(), how + b.kind().label() + " " + b.id()
            + " of " + baseName + differs + "; " + fix + ", or replace the base " + b.kind().label()
            + " (--replace on the command line, ConflictPolicy.REPLACE in the API)", o.origin()));
        return false;
      }
      removed.add(b);
      replacements.put(b, o);
      return true;
    }

    /**
     * Which fields of two items of one kind differ, e.g. {@code : title differs (base 'Audit
     * controls', overlay 'Audit')}: every differing field by name, the values of the first, each
     * shortened to 60 characters and on one line; empty when the kinds differ.
     */
    static String differences(Object base, Object overlay) {
      if (base.getClass() != overlay.getClass() || !base.getClass().isRecord()) {
        return "";
      }
      List<String> names = new ArrayList<>();
      String first = null;
      for (java.lang.reflect.RecordComponent c : base.getClass().getRecordComponents()) {
        try {
          Object a = c.getAccessor().invoke(base);
          Object b = c.getAccessor().invoke(overlay);
          if (!java.util.Objects.equals(a, b)) {
            names.add(c.getName());
            if (first == null) {
              first = " (base " + shown(a) + ", overlay " + shown(b) + ")";
            }
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      if (names.isEmpty()) {
        return "";
      }
      return ": " + String.join(", ", names) + (names.size() == 1 ? " differs" : " differ") + first;
    }

    private static String shown(Object value) {
      String text = value instanceof Optional<?> o ? o.map(String::valueOf).orElse("(none)") : String.valueOf(value);
      text = text.replace("\r", "\\r").replace("\n", "\\n");
      return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }

    /**
     * Handles the base items an overlay curated mapping or no-counterpart record contradicts.
     *
     * @return whether the overlay item is merged
     */
    private boolean contradictions(Slot o) {
      List<List<Object>> keys;
      if (o.value() instanceof Mapping m && related(m)) {
        keys = pairs(m);
      } else if (o.value() instanceof NoCounterpart n) {
        keys = List.of(List.of(n.element(), n.framework()));
      } else {
        return true;
      }
      boolean merged = true;
      for (List<Object> key : keys) {
        for (Slot b : counterparts().getOrDefault(key, List.of())) {
          if (!removed.contains(b) && b.kind() != o.kind()) {
            merged &= conflict(b, o, "contradicts ");
          }
        }
      }
      return merged;
    }

    private Map<List<Object>, List<Slot>> counterparts;

    /**
     * Base no-counterpart records by (element, framework) and base curated related mappings by
     * (each end, the other end's framework): the pairs a contradiction is about.
     */
    private Map<List<Object>, List<Slot>> counterparts() {
      if (counterparts == null) {
        counterparts = new HashMap<>();
        for (Slot s : baseSlots) {
          if (s.value() instanceof NoCounterpart n) {
            counterparts.computeIfAbsent(List.of(n.element(), n.framework()), k -> new ArrayList<>()).add(s);
          } else if (s.value() instanceof Mapping m && related(m)) {
            for (List<Object> pair : pairs(m)) {
              counterparts.computeIfAbsent(pair, k -> new ArrayList<>()).add(s);
            }
          }
        }
      }
      return counterparts;
    }

    /** (element, other end's framework) for every member of both ends: what a no-counterpart may name. */
    private static List<List<Object>> pairs(Mapping m) {
      List<List<Object>> out = new ArrayList<>();
      m.source().members().forEach(e -> out.add(List.of(e, m.target().framework())));
      m.target().members().forEach(e -> out.add(List.of(e, m.source().framework())));
      return out;
    }

    private static boolean related(Mapping m) {
      return !m.isDerived() && m.relationship() != Relationship.NOT_RELATED;
    }

    private List<Item> dependents(Slot replaced) {
      List<Item> out = new ArrayList<>();
      for (Slot s : baseSlots) {
        if (!removed.contains(s) && s.references().contains(replaced.key())) {
          out.add(s.item());
        }
      }
      return out;
    }

    private static void add(CrosswalkBuilder b, Slot s) {
      b.add(s.value(), s.origin().orElse(null));
    }
  }
}
