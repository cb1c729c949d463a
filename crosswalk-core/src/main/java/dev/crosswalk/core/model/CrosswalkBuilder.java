package dev.crosswalk.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.CrosswalkValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Collects frameworks, sources, requirements, controls, mappings and no-counterpart records,
 * then {@linkplain #build() builds} a validated {@link Crosswalk}.
 *
 * <p>Items can be added in any order and from several documents; nothing is checked until
 * {@link #build()}, which reports every violation at once. Each {@code add} method takes an
 * optional {@link Origin} so that violations point at the input at fault. Not thread-safe.
 */
public final class CrosswalkBuilder {
  /**
   * An item added to a builder and where it was read from.
   *
   * @param value the framework, source, requirement, control, mapping, no-counterpart record or
   *     addition
   * @param origin where it was read from, when known
   */
  public record Entry<T>(T value, Optional<Origin> origin) {
    /** Validates the components. */
    public Entry {
      requireNonNull(value, "value");
      requireNonNull(origin, "origin");
    }
  }

  private final List<Entry<Framework>> frameworks = new ArrayList<>();
  private final List<Entry<Source>> sources = new ArrayList<>();
  private final List<Entry<Requirement>> requirements = new ArrayList<>();
  private final List<Entry<Control>> controls = new ArrayList<>();
  private final List<Entry<Mapping>> mappings = new ArrayList<>();
  private final List<Entry<NoCounterpart>> noCounterparts = new ArrayList<>();
  private final List<Entry<Addition>> additions = new ArrayList<>();
  /** Each kind's list, by the kind's ordinal, for the methods that take an item of any kind. */
  private final Slot<?>[] slots = slots();

  /** The list of one kind's entries and the type of its items. */
  private record Slot<T extends CrosswalkItem>(Class<T> type, List<Entry<T>> entries) {
    void add(CrosswalkItem item, Optional<Origin> origin) {
      entries.add(new Entry<>(type.cast(item), origin));
    }
  }

  private Slot<?>[] slots() {
    Slot<?>[] out = new Slot<?>[ItemKind.values().length];
    for (ItemKind kind : ItemKind.values()) {
      // A switch expression: a kind added to ItemKind and not here does not compile.
      out[kind.ordinal()] = switch (kind) {
        case FRAMEWORK -> new Slot<>(Framework.class, frameworks);
        case SOURCE -> new Slot<>(Source.class, sources);
        case REQUIREMENT -> new Slot<>(Requirement.class, requirements);
        case CONTROL -> new Slot<>(Control.class, controls);
        case MAPPING -> new Slot<>(Mapping.class, mappings);
        case NO_COUNTERPART -> new Slot<>(NoCounterpart.class, noCounterparts);
        case ADDITION -> new Slot<>(Addition.class, additions);
      };
    }
    return out;
  }

  CrosswalkBuilder() {}

  /** Adds a framework. */
  public CrosswalkBuilder addFramework(Framework framework) {
    return addFramework(framework, null);
  }

  /** Adds a framework read from {@code origin} (may be null). */
  public CrosswalkBuilder addFramework(Framework framework, Origin origin) {
    frameworks.add(new Entry<>(requireNonNull(framework, "framework"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a provenance source. */
  public CrosswalkBuilder addSource(Source source) {
    return addSource(source, null);
  }

  /** Adds a provenance source read from {@code origin} (may be null). */
  public CrosswalkBuilder addSource(Source source, Origin origin) {
    sources.add(new Entry<>(requireNonNull(source, "source"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a requirement. */
  public CrosswalkBuilder addRequirement(Requirement requirement) {
    return addRequirement(requirement, null);
  }

  /** Adds a requirement read from {@code origin} (may be null). */
  public CrosswalkBuilder addRequirement(Requirement requirement, Origin origin) {
    requirements.add(new Entry<>(requireNonNull(requirement, "requirement"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a control. */
  public CrosswalkBuilder addControl(Control control) {
    return addControl(control, null);
  }

  /** Adds a control read from {@code origin} (may be null). */
  public CrosswalkBuilder addControl(Control control, Origin origin) {
    controls.add(new Entry<>(requireNonNull(control, "control"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a mapping. */
  public CrosswalkBuilder addMapping(Mapping mapping) {
    return addMapping(mapping, null);
  }

  /** Adds a mapping read from {@code origin} (may be null). */
  public CrosswalkBuilder addMapping(Mapping mapping, Origin origin) {
    mappings.add(new Entry<>(requireNonNull(mapping, "mapping"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds a no-counterpart record. */
  public CrosswalkBuilder addNoCounterpart(NoCounterpart noCounterpart) {
    return addNoCounterpart(noCounterpart, null);
  }

  /** Adds a no-counterpart record read from {@code origin} (may be null). */
  public CrosswalkBuilder addNoCounterpart(NoCounterpart noCounterpart, Origin origin) {
    noCounterparts.add(new Entry<>(requireNonNull(noCounterpart, "noCounterpart"), Optional.ofNullable(origin)));
    return this;
  }

  /** Adds an addition ("what an element asks for beyond another framework"). */
  public CrosswalkBuilder addAddition(Addition addition) {
    return addAddition(addition, null);
  }

  /** Adds an addition read from {@code origin} (may be null). */
  public CrosswalkBuilder addAddition(Addition addition, Origin origin) {
    additions.add(new Entry<>(requireNonNull(addition, "addition"), Optional.ofNullable(origin)));
    return this;
  }

  /**
   * Adds an item of any kind, as the typed {@code add} method of its kind does: for code that
   * handles every kind alike, such as readers and merges.
   */
  public CrosswalkBuilder add(CrosswalkItem item) {
    return add(item, null);
  }

  /** Adds an item of any kind read from {@code origin} (may be null). */
  public CrosswalkBuilder add(CrosswalkItem item, Origin origin) {
    requireNonNull(item, "item");
    slots[item.itemKind().ordinal()].add(item, Optional.ofNullable(origin));
    return this;
  }

  /**
   * The items of one kind added so far, in the order added, with their origins; for tools that
   * inspect or merge items before building, such as overlays.
   */
  public List<Entry<? extends CrosswalkItem>> entries(ItemKind kind) {
    requireNonNull(kind, "kind");
    return List.copyOf(slots[kind.ordinal()].entries());
  }

  /**
   * Adds every item of another builder, with its origin, after the items added so far: to merge
   * documents read apart (for example concurrently) in a fixed order. {@code other} is unchanged.
   */
  public CrosswalkBuilder addEntries(CrosswalkBuilder other) {
    requireNonNull(other, "other");
    frameworks.addAll(other.frameworks);
    sources.addAll(other.sources);
    requirements.addAll(other.requirements);
    controls.addAll(other.controls);
    mappings.addAll(other.mappings);
    noCounterparts.addAll(other.noCounterparts);
    additions.addAll(other.additions);
    return this;
  }

  /** Adds every mapping in the collection. */
  public CrosswalkBuilder addMappings(Collection<Mapping> toAdd) {
    toAdd.forEach(this::addMapping);
    return this;
  }

  /** Adds everything another crosswalk holds. */
  public CrosswalkBuilder addAll(Crosswalk other) {
    for (ItemKind kind : ItemKind.values()) {
      other.items(kind).forEach(this::add);
    }
    return this;
  }

  /**
   * Validates everything added and builds the crosswalk.
   *
   * @throws CrosswalkValidationException listing every violation: duplicate ids or aliases,
   *     unknown frameworks or sources, dangling parents and mapping ends, parents in another
   *     framework, hierarchy cycles, a hierarchy deeper than {@link Crosswalk#MAX_DEPTH} levels,
   *     controls outside a control catalog, self mappings, duplicate mappings, joint ends sharing
   *     a member with the other end, no-counterpart records contradicted by a mapping,
   *     additions of unknown elements or given twice, and a malformed framework
   *     {@link Framework#VALUE_ORDER} attribute
   */
  public Crosswalk build() {
    return assemble(validate());
  }

  /**
   * The items as validation left them, keyed and ordered as the crosswalk holds them: what
   * {@link #validate} hands to {@link #assemble}.
   *
   * @param frameworks the frameworks by id
   * @param sources the sources by id
   * @param requirements the requirements by id
   * @param controls the controls by id
   * @param sortedMappings the mappings in {@link Mapping#ORDER}
   * @param mappingPass the pass over the mappings, which grouped them by target on the way
   */
  private record Validated(Map<String, Framework> frameworks, Map<String, Source> sources,
      ImmutableSortedMap<ElementRef, Requirement> requirements, Map<ElementRef, Control> controls,
      List<Entry<Mapping>> sortedMappings, MappingPass mappingPass) {}

  /**
   * The first step of {@link #build}: checks every item against the others and collects every
   * violation, in input order within each kind.
   *
   * @throws CrosswalkValidationException listing every violation found
   */
  private Validated validate() {
    List<Violation> violations = new ArrayList<>();

    Map<String, Framework> fw = unique(frameworks, Framework::id, "framework", violations, new TreeMap<>());
    for (Entry<Framework> e : frameworks) {
      e.value().valueOrderFault().ifPresent(fault -> violations.add(new Violation(e.value().id(), fault, e.origin())));
    }
    Map<String, Source> src = unique(sources, Source::id, "source", violations, new TreeMap<>());
    // Hash maps for the many look-ups below; sorted once, for the crosswalk and for ordered checks.
    // Linked: input is usually sorted already, which makes the sort below cheap.
    Map<ElementRef, Requirement> req = unique(requirements, Requirement::id, "requirement", violations,
        new LinkedHashMap<>(capacity(requirements.size())));
    Map<ElementRef, Control> ctl = unique(controls, Control::id, "control", violations,
        new LinkedHashMap<>(capacity(controls.size())));
    ImmutableSortedMap<ElementRef, Requirement> sortedReq = ImmutableSortedMap.copyOf(req);

    checkControls(req, fw, violations);
    Map<ElementRef, ElementRef> aliasOf = checkRequirements(req, ctl, fw, violations);
    checkHierarchy(sortedReq, req, violations);
    // Sorted once, for the crosswalk and to find repeated pairs, which the sort puts side by side.
    List<Entry<Mapping>> sortedMappings = new ArrayList<>(mappings);
    MappingPass pass = checkMappings(sortedMappings, req, ctl, src, fw, aliasOf);
    violations.addAll(pass.violations);
    checkNoCounterparts(req, ctl, src, fw, aliasOf, pass.curatedPairs, violations);
    checkAdditions(req, ctl, src, fw, aliasOf, violations);

    if (!violations.isEmpty()) {
      throw new CrosswalkValidationException(violations);
    }
    return new Validated(fw, src, sortedReq, ctl, sortedMappings, pass);
  }

  /** Each control: an id no requirement has, in a framework that exists and is a control catalog. */
  private void checkControls(Map<ElementRef, Requirement> req, Map<String, Framework> fw, List<Violation> violations) {
    for (Entry<Control> e : controls) {
      ElementRef id = e.value().id();
      if (req.containsKey(id)) {
        violations.add(new Violation(id.toString(), "is both a requirement and a control; element ids must be unique", e.origin()));
      }
      Framework f = fw.get(id.framework());
      if (f == null) {
        violations.add(unknownFramework(id, e.origin(), fw));
      } else if (f.kind() != FrameworkKind.CONTROL_CATALOG) {
        violations.add(new Violation(id.toString(), "is a control but framework '" + f.id() + "' is a "
            + f.kind() + "; controls belong to a CONTROL_CATALOG framework", e.origin()));
      }
    }
  }

  /**
   * Each requirement: a framework that exists, a parent in the same framework that exists, and
   * aliases no other element has as id or alias.
   *
   * @return the requirement each alias names
   */
  private Map<ElementRef, ElementRef> checkRequirements(Map<ElementRef, Requirement> req,
      Map<ElementRef, Control> ctl, Map<String, Framework> fw, List<Violation> violations) {
    Map<ElementRef, ElementRef> aliasOf = new HashMap<>();
    for (Entry<Requirement> e : requirements) {
      Requirement r = e.value();
      if (!fw.containsKey(r.id().framework())) {
        violations.add(unknownFramework(r.id(), e.origin(), fw));
      }
      r.parent().ifPresent(p -> {
        if (!p.framework().equals(r.id().framework())) {
          violations.add(new Violation(r.id().toString(), "parent " + p + " is in another framework; a parent must be in the same framework", e.origin()));
        } else if (!req.containsKey(p)) {
          violations.add(new Violation(r.id().toString(), "parent " + p + " does not exist", e.origin()));
        }
      });
      for (String alias : r.aliases()) {
        ElementRef a = ElementRef.of(r.id().framework(), alias);
        ElementRef previous = aliasOf.putIfAbsent(a, r.id());
        if (req.containsKey(a) || ctl.containsKey(a)) {
          violations.add(new Violation(r.id().toString(), "alias '" + alias + "' is the id of another element", e.origin()));
        } else if (previous != null && !previous.equals(r.id())) {
          violations.add(new Violation(r.id().toString(), "alias '" + alias + "' is also an alias of " + previous, e.origin()));
        }
      }
    }
    return aliasOf;
  }

  /**
   * Sorts {@code sortedMappings} (a copy of the mappings) and checks every mapping: ends and
   * sources that exist, no self mapping, no repeated pair, no contradicted no-counterpart.
   *
   * @return the pass, holding the violations found and the mappings grouped by target
   */
  private MappingPass checkMappings(List<Entry<Mapping>> sortedMappings, Map<ElementRef, Requirement> req,
      Map<ElementRef, Control> ctl, Map<String, Source> src, Map<String, Framework> fw,
      Map<ElementRef, ElementRef> aliasOf) {
    // Only the (element, framework) pairs of no-counterpart records can be contradicted.
    Set<ElementInFramework> ncKeys = new HashSet<>();
    Set<ElementRef> ncElements = new HashSet<>();
    for (Entry<NoCounterpart> e : noCounterparts) {
      ncKeys.add(new ElementInFramework(e.value().element(), e.value().framework()));
      ncElements.add(e.value().element());
    }
    Set<Entry<Mapping>> repeated = sortAndFindRepeated(sortedMappings);
    // In sorted order first, which groups the mappings by target on the way; when that finds a
    // problem, again in the order added, so that violations are reported in input order.
    MappingPass pass = new MappingPass(req, ctl, src, fw, aliasOf, repeated, ncKeys, ncElements);
    pass.run(sortedMappings);
    if (!pass.violations.isEmpty() || !pass.curatedPairs.isEmpty()) {
      pass = new MappingPass(req, ctl, src, fw, aliasOf, repeated, ncKeys, ncElements);
      pass.run(mappings);
    }
    return pass;
  }

  /**
   * Each no-counterpart record: an element and a framework that exist, cited sources that exist,
   * given once, and no curated mapping between the two.
   */
  private void checkNoCounterparts(Map<ElementRef, Requirement> req, Map<ElementRef, Control> ctl,
      Map<String, Source> src, Map<String, Framework> fw, Map<ElementRef, ElementRef> aliasOf,
      Map<ElementInFramework, Entry<Mapping>> curatedPairs, List<Violation> violations) {
    Set<ElementInFramework> ncPairs = new HashSet<>();
    for (Entry<NoCounterpart> e : noCounterparts) {
      NoCounterpart n = e.value();
      String what = n.itemKind().label() + " " + n.identity();
      if (!isElement(n.element(), req, ctl)) {
        violations.add(endViolation(n.element(), "element", what, e.origin(), aliasOf, fw));
      }
      if (!fw.containsKey(n.framework())) {
        violations.add(new Violation(what, "framework '" + n.framework() + "' does not exist; known: "
            + new java.util.TreeSet<>(fw.keySet()), e.origin()));
      }
      checkCited(n.citations(), src, what, e.origin(), violations);
      ElementInFramework key = new ElementInFramework(n.element(), n.framework());
      if (!ncPairs.add(key)) {
        violations.add(new Violation(what, "is given more than once", e.origin()));
      }
      Entry<Mapping> contradicting = curatedPairs.get(key);
      if (contradicting != null) {
        violations.add(new Violation(what, "contradicts " + contradicting.value()
            + contradicting.origin().map(o -> " (" + o + ")").orElse("")
            + "; remove one of the two", e.origin()));
      }
    }
  }

  /** Each addition: an element and a framework that exist, cited sources that exist, given once. */
  private void checkAdditions(Map<ElementRef, Requirement> req, Map<ElementRef, Control> ctl,
      Map<String, Source> src, Map<String, Framework> fw, Map<ElementRef, ElementRef> aliasOf,
      List<Violation> violations) {
    Set<ElementInFramework> additionPairs = new HashSet<>();
    for (Entry<Addition> e : additions) {
      Addition a = e.value();
      String what = a.itemKind().label() + " " + a.identity();
      if (!isElement(a.element(), req, ctl)) {
        violations.add(endViolation(a.element(), "element", what, e.origin(), aliasOf, fw));
      }
      if (!fw.containsKey(a.framework())) {
        violations.add(new Violation(what, "framework '" + a.framework() + "' does not exist; known: "
            + new java.util.TreeSet<>(fw.keySet()), e.origin()));
      }
      checkCited(a.citations(), src, what, e.origin(), violations);
      if (!additionPairs.add(new ElementInFramework(a.element(), a.framework()))) {
        violations.add(new Violation(what, "is given more than once; write one statement per element and framework",
            e.origin()));
      }
    }
  }

  /**
   * The second step of {@link #build}: the crosswalk's sorted maps, its mappings in order and
   * their index by target, no-counterparts and additions sorted by (element, framework).
   */
  private Crosswalk assemble(Validated v) {
    Mapping[] mappingValues = new Mapping[v.sortedMappings().size()];
    for (int i = 0; i < mappingValues.length; i++) {
      mappingValues[i] = v.sortedMappings().get(i).value();
    }
    return new Crosswalk(
        ImmutableSortedMap.copyOf(v.frameworks()),
        ImmutableSortedMap.copyOf(v.sources()),
        v.requirements(),
        ImmutableSortedMap.copyOf(v.controls()),
        ImmutableList.copyOf(mappingValues),
        v.mappingPass().byTarget(mappingValues),
        noCounterparts.stream().map(Entry::value)
            .sorted(java.util.Comparator.comparing(NoCounterpart::element).thenComparing(NoCounterpart::framework))
            .collect(ImmutableList.toImmutableList()),
        additions.stream().map(Entry::value)
            .sorted(java.util.Comparator.comparing(Addition::element).thenComparing(Addition::framework))
            .collect(ImmutableList.toImmutableList()));
  }

  private static void checkCited(
      Collection<Citation> citations, Map<String, Source> src, String what, Optional<Origin> origin,
      List<Violation> violations) {
    for (Citation c : citations) {
      if (!src.containsKey(c.source())) {
        violations.add(unknownSource(c.source(), what, origin));
      }
    }
  }

  /**
   * Sorts the mappings in {@link Mapping#ORDER} (stable) and returns those that repeat the
   * (source, target, path) of one added before them (by identity; usually none). Input is
   * usually sorted already: one pass over it finds that out, and that no two neighbours are
   * equal, in which case nothing repeats and nothing needs sorting.
   */
  private static Set<Entry<Mapping>> sortAndFindRepeated(List<Entry<Mapping>> mappings) {
    boolean sorted = true;
    boolean ties = false;
    for (int i = 1; i < mappings.size() && sorted; i++) {
      int c = Mapping.ORDER.compare(mappings.get(i - 1).value(), mappings.get(i).value());
      sorted = c <= 0;
      ties |= c == 0;
    }
    if (sorted && !ties) {
      return Set.of();
    }
    if (!sorted) {
      mappings.sort((a, b) -> Mapping.ORDER.compare(a.value(), b.value()));
    }
    return repeatedPairs(mappings);
  }

  /**
   * The mappings that repeat the (source, target, path) of one added before them (by identity;
   * usually none). In {@link Mapping#ORDER} equal keys are side by side (a stable sort keeps the
   * first added first), among the few mappings the order does not tell apart.
   */
  private static Set<Entry<Mapping>> repeatedPairs(List<Entry<Mapping>> sorted) {
    Set<Entry<Mapping>> repeated = Collections.newSetFromMap(new IdentityHashMap<>());
    int runStart = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i < sorted.size() && Mapping.ORDER.compare(sorted.get(runStart).value(), sorted.get(i).value()) == 0) {
        continue;
      }
      for (int j = runStart + 1; j < i; j++) {
        Mapping m = sorted.get(j).value();
        for (int k = runStart; k < j; k++) {
          Mapping earlier = sorted.get(k).value();
          if (earlier.source().equals(m.source()) && earlier.target().equals(m.target())
              && earlier.derivedVia().equals(m.derivedVia())) {
            repeated.add(sorted.get(j));
            break;
          }
        }
      }
      runStart = i;
    }
    return repeated;
  }

  /**
   * One pass over the mappings: checks each (ends, pivots, sources, repeats), notes those that a
   * no-counterpart record may contradict, and counts them by target for {@link #byTarget}.
   */
  private static final class MappingPass {
    private final Map<ElementRef, Requirement> req;
    private final Map<ElementRef, Control> ctl;
    private final Map<String, Source> src;
    private final Map<String, Framework> fw;
    private final Map<ElementRef, ElementRef> aliasOf;
    private final Set<Entry<Mapping>> repeated;
    private final Set<ElementInFramework> ncKeys;
    private final Set<ElementRef> ncElements;
    final List<Violation> violations = new ArrayList<>();
    final Map<ElementInFramework, Entry<Mapping>> curatedPairs = new HashMap<>();
    /** Per target end: {number of mappings, 1 if every member is an element}; the count becomes a write position. */
    private final Map<MappingEnd, int[]> targets = new HashMap<>();
    /** Per mapping of the order run, its target's entry of {@link #targets}. */
    private int[][] targetOf;

    MappingPass(Map<ElementRef, Requirement> req, Map<ElementRef, Control> ctl, Map<String, Source> src,
        Map<String, Framework> fw, Map<ElementRef, ElementRef> aliasOf, Set<Entry<Mapping>> repeated,
        Set<ElementInFramework> ncKeys, Set<ElementRef> ncElements) {
      this.req = req;
      this.ctl = ctl;
      this.src = src;
      this.fw = fw;
      this.aliasOf = aliasOf;
      this.repeated = repeated;
      this.ncKeys = ncKeys;
      this.ncElements = ncElements;
    }

    void run(List<Entry<Mapping>> order) {
      targetOf = new int[order.size()][];
      MappingEnd knownSource = null;
      SortedSet<Citation> knownSources = null;
      for (int i = 0; i < targetOf.length; i++) {
        Entry<Mapping> e = order.get(i);
        Mapping m = e.value();
        // The description is built only for a violation: mappings come by the million.
        if (m.source() != knownSource) {
          if (isEnd(m.source(), req, ctl)) {
            knownSource = m.source(); // input is usually sorted by source: checked once per run
          } else {
            endViolations(m.source(), "source", describe(m), e.origin());
          }
        }
        int[] target = targets.get(m.target()); // one look-up per mapping both checks and groups
        if (target == null) {
          target = new int[] {0, isEnd(m.target(), req, ctl) ? 1 : 0};
          targets.put(m.target(), target);
        }
        target[0]++;
        targetOf[i] = target;
        if (target[1] == 0) {
          endViolations(m.target(), "target", describe(m), e.origin());
        }
        if (m.source().equals(m.target())) {
          violations.add(new Violation(describe(m), "maps an element to itself", e.origin()));
        } else if (m.isJoint() && sharesMember(m.source(), m.target())) {
          violations.add(new Violation(describe(m), "has an element on both ends; a joint end must not"
              + " contain the element it is compared with", e.origin()));
        }
        for (ElementRef via : m.derivedVia()) {
          if (!isElement(via, req, ctl)) {
            violations.add(endViolation(via, "pivot", describe(m), e.origin(), aliasOf, fw));
          }
        }
        if (m.citations() != knownSources) { // read citation sets are shared: checked once per run
          boolean known = true;
          for (Citation c : m.citations()) {
            if (!src.containsKey(c.source())) {
              violations.add(unknownSource(c.source(), describe(m), e.origin()));
              known = false;
            }
          }
          knownSources = known ? m.citations() : null;
        }
        if (!repeated.isEmpty() && repeated.contains(e)) {
          violations.add(new Violation(describe(m), "is given more than once" + (m.isDerived() ? " with the same path" : "")
              + "; a (source, target) pair appears at most once", e.origin()));
        }
        if (!ncKeys.isEmpty() && !m.isDerived() && m.relationship() != Relationship.NOT_RELATED) {
          notePairs(m, e);
        }
      }
    }

    /** Notes the (element, framework) pairs of {@code m} that a no-counterpart record names. */
    private void notePairs(Mapping m, Entry<Mapping> e) {
      notePairs(m.source(), m.target().framework(), e);
      notePairs(m.target(), m.source().framework(), e);
    }

    private void notePairs(MappingEnd end, String otherFramework, Entry<Mapping> e) {
      if (end instanceof ElementRef element) {
        notePair(element, otherFramework, e);
      } else {
        end.members().forEach(member -> notePair(member, otherFramework, e));
      }
    }

    private void notePair(ElementRef element, String otherFramework, Entry<Mapping> e) {
      if (ncElements.contains(element)) {
        ElementInFramework pair = new ElementInFramework(element, otherFramework);
        if (ncKeys.contains(pair)) {
          curatedPairs.put(pair, e);
        }
      }
    }

    /** The violations of an end some member of which is not an element. */
    private void endViolations(MappingEnd end, String role, String what, Optional<Origin> origin) {
      for (ElementRef member : end.members()) {
        if (!isElement(member, req, ctl)) {
          violations.add(endViolation(member, end.isJoint() ? role + " member" : role, what, origin, aliasOf, fw));
        }
      }
    }

    /**
     * The mappings of the order last run (given here as values) regrouped by target: a counting
     * sort, which keeps their order within a target.
     */
    ImmutableList<Mapping> byTarget(Mapping[] inRunOrder) {
      if (inRunOrder.length != targetOf.length) {
        throw new IllegalStateException("grouping " + inRunOrder.length + " mappings after a pass over " + targetOf.length);
      }
      int start = 0;
      for (int[] target : targets.values()) {
        int count = target[0];
        target[0] = start;
        start += count;
      }
      Mapping[] grouped = new Mapping[inRunOrder.length];
      for (int i = 0; i < grouped.length; i++) {
        grouped[targetOf[i][0]++] = inRunOrder[i];
      }
      return ImmutableList.copyOf(grouped);
    }
  }

  /** An element and another framework, as a no-counterpart record names them. */
  private record ElementInFramework(ElementRef element, String framework) {}

  private static int capacity(int expected) {
    return (int) Math.min(1 << 30, expected * 4L / 3 + 16);
  }

  private static String describe(Mapping m) {
    return "mapping " + Mapping.ends(m.source(), m.target());
  }

  private static <K, T> Map<K, T> unique(
      List<Entry<T>> entries, java.util.function.Function<T, K> id, String what, List<Violation> violations,
      Map<K, T> out) {
    Map<K, Optional<Origin>> firstSeen = null;
    for (Entry<T> e : entries) {
      K key = id.apply(e.value());
      if (out.putIfAbsent(key, e.value()) != null) {
        if (firstSeen == null) {
          // Built on the first duplicate only: where each id was first defined.
          firstSeen = new HashMap<>();
          for (Entry<T> f : entries) {
            firstSeen.putIfAbsent(id.apply(f.value()), f.origin());
          }
        }
        Optional<Origin> first = firstSeen.get(key);
        violations.add(new Violation(key.toString(), "duplicate " + what + " id"
            + first.map(o -> " (first defined at " + o + ")").orElse(""), e.origin()));
      }
    }
    return out;
  }

  private static Violation unknownFramework(ElementRef id, Optional<Origin> origin, Map<String, Framework> fw) {
    return new Violation(id.toString(), "framework '" + id.framework() + "' does not exist; declare it in"
        + " 'frameworks' (known: " + fw.keySet() + ")", origin);
  }

  private static boolean isElement(ElementRef ref, Map<ElementRef, Requirement> req, Map<ElementRef, Control> ctl) {
    return req.containsKey(ref) || ctl.containsKey(ref);
  }

  /** True when the end is an element, or a joint end all of whose members are. */
  private static boolean isEnd(MappingEnd end, Map<ElementRef, Requirement> req, Map<ElementRef, Control> ctl) {
    if (end instanceof ElementRef element) {
      return isElement(element, req, ctl);
    }
    for (ElementRef member : end.members()) {
      if (!isElement(member, req, ctl)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sharesMember(MappingEnd a, MappingEnd b) {
    for (ElementRef member : a.members()) {
      if (b.contains(member)) {
        return true;
      }
    }
    return false;
  }

  /** The violation of a reference that is not an element ({@link #isElement} was false). */
  private static Violation endViolation(
      ElementRef ref, String role, String what, Optional<Origin> origin, Map<ElementRef, ElementRef> aliasOf,
      Map<String, Framework> fw) {
    String message;
    if (aliasOf.containsKey(ref)) {
      message = role + " " + ref + " is an alias; use the canonical reference " + aliasOf.get(ref);
    } else if (!fw.containsKey(ref.framework())) {
      message = role + " " + ref + " is in framework '" + ref.framework() + "', which does not exist";
    } else {
      message = role + " " + ref + " does not exist";
    }
    return new Violation(what, message, origin);
  }

  private static Violation unknownSource(String cited, String what, Optional<Origin> origin) {
    return new Violation(what, "cites source '" + cited + "', which is not declared in 'sources'", origin);
  }

  /**
   * Finds hierarchy cycles and requirements deeper than {@link Crosswalk#MAX_DEPTH}, in time linear
   * in the requirements: each requirement's depth is found once, from its parent's. Every
   * requirement on a cycle is reported, with (part of) the cycle; of a too deep chain only the
   * first requirement beyond the limit, since those below it are deeper still.
   */
  private void checkHierarchy(
      ImmutableSortedMap<ElementRef, Requirement> sorted, Map<ElementRef, Requirement> req, List<Violation> violations) {
    final int onCycle = -1; // also below a cycle: no depth
    final int onPath = -2;
    Map<ElementRef, Integer> depth = new HashMap<>(capacity(sorted.size()));
    Map<ElementRef, Optional<Origin>> origins = null;
    List<Requirement> path = new ArrayList<>();
    for (Requirement start : sorted.values()) {
      if (depth.containsKey(start.id())) {
        continue;
      }
      path.clear();
      Requirement r = start;
      while (r != null && !depth.containsKey(r.id())) {
        depth.put(r.id(), onPath);
        path.add(r);
        r = r.parent().map(req::get).orElse(null);
      }
      int base = r == null ? 0 : depth.get(r.id());
      if (base == onPath || base == onCycle) {
        if (base == onPath) {
          int first = path.size() - 1;
          while (path.get(first) != r) {
            first--;
          }
          List<Requirement> cycle = path.subList(first, path.size());
          if (origins == null) {
            origins = origins();
          }
          List<Violation> found = new ArrayList<>();
          for (int i = 0; i < cycle.size(); i++) {
            ElementRef member = cycle.get(i).id();
            found.add(new Violation(member.toString(), "is its own ancestor: " + cycleFrom(cycle, i),
                origins.getOrDefault(member, Optional.empty())));
          }
          found.sort(java.util.Comparator.comparing(Violation::element));
          violations.addAll(found);
        }
        path.forEach(p -> depth.put(p.id(), onCycle));
        continue;
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        int d = base + path.size() - i;
        Requirement p = path.get(i);
        depth.put(p.id(), d);
        if (d == Crosswalk.MAX_DEPTH + 1) {
          if (origins == null) {
            origins = origins();
          }
          violations.add(new Violation(p.id().toString(), "is " + d + " levels deep in the requirement hierarchy;"
              + " a hierarchy may be at most " + Crosswalk.MAX_DEPTH + " levels deep (Crosswalk.MAX_DEPTH):"
              + " give it a parent nearer the root", origins.getOrDefault(p.id(), Optional.empty())));
        }
      }
    }
  }

  /** Where each requirement was added; made only to report a hierarchy violation. */
  private Map<ElementRef, Optional<Origin>> origins() {
    Map<ElementRef, Optional<Origin>> out = new HashMap<>();
    for (Entry<Requirement> e : requirements) {
      out.putIfAbsent(e.value().id(), e.origin());
    }
    return out;
  }

  /** {@code [A, B, C] -> A}: the cycle read upwards from one member; a long one is shortened. */
  private static String cycleFrom(List<Requirement> cycle, int at) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < Math.min(cycle.size(), 8); i++) {
      ids.add(cycle.get((at + i) % cycle.size()).id().toString());
    }
    if (cycle.size() > 8) {
      ids.add("... " + (cycle.size() - 8) + " more");
    }
    return ids + " -> " + cycle.get(at).id();
  }
}
