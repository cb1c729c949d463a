package dev.crosswalk.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.testing.Choices;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.RandomCrosswalks;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.model.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of {@link CrosswalkDiff} over random crosswalks: a crosswalk differs from nothing
 * but itself, and random edits (additions, removals and field changes of every kind of item)
 * come out of the diff exactly, with their old and new values.
 */
class CrosswalkDiffProperties {

  @Provide
  Arbitrary<Crosswalk> crosswalks() {
    return RandomCrosswalks.crosswalks(40);
  }

  @Provide
  Arbitrary<Crosswalk> smallerCrosswalks() {
    return RandomCrosswalks.crosswalks(30);
  }

  @Property(tries = 200)
  void aCrosswalkHasNoDifferenceFromItselfOrFromItsReadBackCopy(@ForAll("crosswalks") Crosswalk cw) {
    Crosswalk copy = CrosswalkReader.create().read(CrosswalkWriter.create().toJson(cw), "copy.json");
    for (Crosswalk other : List.of(cw, copy)) {
      CrosswalkDiff diff = CrosswalkDiff.between(cw, other);
      assertTrue(diff.isEmpty(), diff::toText);
      assertEquals(ChangeCounts.NONE, diff.totals());
      assertEquals(List.of(), diff.records());
      assertEquals("crosswalk diff: older -> newer\nno changes\n", diff.toText());
    }
  }

  /** What an edit must show in the diff: its type and its changed fields with old and new values. */
  record Expected(ChangeType type, List<FieldChange> fields) {}

  /** A crosswalk and an edit script (shrinking to fewer edits, of the first items, of the first kinds). */
  @Property(tries = 500)
  void randomEditsComeOutOfTheDiffExactly(@ForAll("smallerCrosswalks") Crosswalk older,
      @ForAll @IntRange(min = 1, max = 12) int edits, @ForAll Choices choices) {
    Editor editor = new Editor(older, choices);
    for (int i = 0; i < edits; i++) {
      editor.editOnce();
    }
    Crosswalk newer = editor.e.build();
    CrosswalkDiff diff = CrosswalkDiff.between(older, newer);

    Map<List<Object>, Expected> actual = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
    for (Change c : diff.changes()) {
      actual.put(List.of(c.kind(), c.id()), new Expected(c.type(), c.fields()));
    }
    Map<List<Object>, Expected> expected = new TreeMap<>(java.util.Comparator.comparing(Object::toString));
    expected.putAll(editor.expected);
    assertEquals(expected, actual, diff::toText);
    assertEquals(diff.isEmpty(), editor.expected.isEmpty());

    // The renderings agree with the changes.
    int fieldCount = diff.changes().stream().mapToInt(c -> c.fields().size()).sum();
    ChangeCounts totals = diff.totals();
    assertEquals(totals.added() + totals.removed() + fieldCount, diff.records().size());
    assertEquals(2 + diff.changes().size() + fieldCount, diff.toText().split("\n", -1).length - 1, diff::toText);
    assertEquals(diff.toText(), CrosswalkDiff.between(older, newer).toText());

    // Read the other way round, additions are removals and old values new ones.
    CrosswalkDiff back = CrosswalkDiff.between(newer, older);
    assertEquals(new ChangeCounts(totals.removed(), totals.added(), totals.changed()), back.totals());
    for (Change c : diff.changes()) {
      Change reverse = back.change(c.kind(), c.id()).orElseThrow();
      assertEquals(c.fields().stream().map(f -> new FieldChange(f.field(), f.newValue(), f.oldValue())).toList(),
          reverse.fields());
    }
    Statistics.label("changes").collect(diff.changes().size() < 3 ? "0-2" : diff.changes().size() < 8 ? "3-7" : "8+");
  }

  /** Applies random valid edits, at most one per item, and records what the diff must show. */
  private static final class Editor {
    final EditableCrosswalk e;
    final Choices r;
    final Map<List<Object>, Expected> expected = new LinkedHashMap<>();
    private int counter;

    Editor(Crosswalk cw, Choices r) {
      this.e = new EditableCrosswalk(cw);
      this.r = r;
    }

    void editOnce() {
      switch (r.nextInt(17)) {
        case 0 -> changeFramework();
        case 1 -> changeSource();
        case 2 -> addSource();
        case 3 -> removeSource();
        case 4, 5 -> changeRequirement();
        case 6 -> addRequirement();
        case 7 -> removeRequirement();
        case 8 -> changeControl();
        case 9, 10 -> changeMapping();
        case 11 -> addMapping();
        case 12 -> removeMapping();
        case 13 -> changeNoCounterpart();
        case 14 -> addNoCounterpart();
        case 15 -> removeNoCounterpart();
        default -> addControl();
      }
    }

    private boolean touched(ItemKind kind, String id) {
      return expected.containsKey(List.of(kind, id));
    }

    private void record(ItemKind kind, String id, ChangeType type, FieldChange... fields) {
      expected.put(List.of(kind, id), new Expected(type, List.of(fields)));
    }

    private String newText(String old) {
      String t;
      do {
        t = List.of("edited", "Edited \"text\"", "a\nb", "tab\there", "é 漢 😀", "x")
            .get(r.nextInt(6)) + " " + counter++;
      } while (t.equals(old));
      return t;
    }

    private <T> Optional<T> pick(Collection<T> from) {
      List<T> list = new ArrayList<>(from);
      return list.isEmpty() ? Optional.empty() : Optional.of(list.get(r.nextInt(list.size())));
    }

    private static FieldChange field(String name, Optional<String> before, Optional<String> after) {
      return new FieldChange(name, before, after);
    }

    private static FieldChange field(String name, String before, String after) {
      return new FieldChange(name, Optional.of(before), Optional.of(after));
    }

    // ---- frameworks and sources ----

    void changeFramework() {
      pick(e.frameworks.values()).filter(f -> !touched(ItemKind.FRAMEWORK, f.id())).ifPresent(f -> {
        String v = newText("");
        switch (r.nextInt(5)) {
          case 0 -> {
            e.frameworks.put(f.id(), new Framework(f.id(), v, f.edition(), f.publisher(), f.kind(), f.sourceUrl(),
                f.license(), f.attributes(), f.extensions()));
            record(ItemKind.FRAMEWORK, f.id(), ChangeType.CHANGED, field("name", f.name(), v));
          }
          case 1 -> {
            e.frameworks.put(f.id(), new Framework(f.id(), f.name(), v, f.publisher(), f.kind(), f.sourceUrl(),
                f.license(), f.attributes(), f.extensions()));
            record(ItemKind.FRAMEWORK, f.id(), ChangeType.CHANGED, field("edition", f.edition(), v));
          }
          case 2 -> {
            Optional<String> url = f.sourceUrl().isPresent() ? Optional.empty() : Optional.of("https://example.org/" + v);
            e.frameworks.put(f.id(), new Framework(f.id(), f.name(), f.edition(), f.publisher(), f.kind(), url,
                f.license(), f.attributes(), f.extensions()));
            record(ItemKind.FRAMEWORK, f.id(), ChangeType.CHANGED, field("sourceUrl", f.sourceUrl(), url));
          }
          case 3 -> {
            Extensions x = new Extensions("{\"edit\":" + counter++ + "}");
            e.frameworks.put(f.id(), new Framework(f.id(), f.name(), f.edition(), f.publisher(), f.kind(),
                f.sourceUrl(), f.license(), f.attributes(), x));
            record(ItemKind.FRAMEWORK, f.id(), ChangeType.CHANGED, field("extensions",
                f.extensions().isEmpty() ? Optional.empty() : Optional.of(f.extensions().json()), Optional.of(x.json())));
          }
          default -> {
            String p = newText(f.publisher());
            Optional<String> license = Optional.of(v);
            e.frameworks.put(f.id(), new Framework(f.id(), f.name(), f.edition(), p, f.kind(), f.sourceUrl(),
                license, f.attributes(), f.extensions()));
            record(ItemKind.FRAMEWORK, f.id(), ChangeType.CHANGED, field("publisher", f.publisher(), p),
                field("license", f.license(), license));
          }
        }
      });
    }

    void changeSource() {
      pick(e.sources.values()).filter(s -> !touched(ItemKind.SOURCE, s.id())).ifPresent(s -> {
        if (r.nextBoolean()) {
          String t = newText(s.title());
          e.sources.put(s.id(), new Source(s.id(), t, s.url(), s.publisher(), s.date()));
          record(ItemKind.SOURCE, s.id(), ChangeType.CHANGED, field("title", s.title(), t));
        } else {
          Optional<String> date = s.date().isPresent() ? Optional.empty() : Optional.of("2027-01-0" + (1 + r.nextInt(9)));
          e.sources.put(s.id(), new Source(s.id(), s.title(), s.url(), s.publisher(), date));
          record(ItemKind.SOURCE, s.id(), ChangeType.CHANGED, field("date", s.date(), date));
        }
      });
    }

    void addSource() {
      String id = "added-" + counter++;
      e.sources.put(id, Source.of(id, "Added source"));
      record(ItemKind.SOURCE, id, ChangeType.ADDED);
    }

    void removeSource() {
      pick(e.sources.keySet()).filter(id -> !touched(ItemKind.SOURCE, id)
          && e.mappings.values().stream().noneMatch(m -> m.sources().contains(id))
          && e.noCounterparts.values().stream().noneMatch(n -> n.sources().contains(id))
          && e.additions.values().stream().noneMatch(a -> a.sources().contains(id))).ifPresent(id -> {
            e.sources.remove(id);
            record(ItemKind.SOURCE, id, ChangeType.REMOVED);
          });
    }

    // ---- requirements and controls ----

    void changeRequirement() {
      pick(e.requirements.values()).filter(q -> !touched(ItemKind.REQUIREMENT, q.id().toString())).ifPresent(q -> {
        String id = q.id().toString();
        switch (r.nextInt(6)) {
          case 0 -> {
            String t = newText(q.title());
            Requirement rebuilt = rebuild(q, t, q.text(), q.assessable(), q.attributes(), q.kind());
            e.requirements.put(q.id(), rebuilt);
            record(ItemKind.REQUIREMENT, id, ChangeType.CHANGED, field("title", q.title(), t));
          }
          case 1 -> {
            String t = q.text().isEmpty() || r.nextBoolean() ? newText(q.text()) : "";
            e.requirements.put(q.id(), rebuild(q, q.title(), t, q.assessable(), q.attributes(), q.kind()));
            record(ItemKind.REQUIREMENT, id, ChangeType.CHANGED, field("text", opt(q.text()), opt(t)));
          }
          case 2 -> {
            e.requirements.put(q.id(), rebuild(q, q.title(), q.text(), !q.assessable(), q.attributes(), q.kind()));
            record(ItemKind.REQUIREMENT, id, ChangeType.CHANGED,
                field("assessable", String.valueOf(q.assessable()), String.valueOf(!q.assessable())));
          }
          case 3 -> {
            String kind = q.kind().equals("criterion") ? "section" : "criterion";
            e.requirements.put(q.id(), rebuild(q, q.title(), q.text(), q.assessable(), q.attributes(), kind));
            record(ItemKind.REQUIREMENT, id, ChangeType.CHANGED, field("kind", q.kind(), kind));
          }
          default -> {
            // Add, change or remove one attribute.
            Map<String, String> attributes = new TreeMap<>(q.attributes());
            String key = List.of("rule", "safeguard", "designation", "category", "x.y-z", "added").get(r.nextInt(6));
            Optional<String> before = Optional.ofNullable(attributes.get(key));
            Optional<String> after = before.isPresent() && r.nextBoolean() ? Optional.empty()
                : Optional.of(newText(before.orElse("")));
            after.ifPresentOrElse(v -> attributes.put(key, v), () -> attributes.remove(key));
            e.requirements.put(q.id(), rebuild(q, q.title(), q.text(), q.assessable(), attributes, q.kind()));
            record(ItemKind.REQUIREMENT, id, ChangeType.CHANGED, field("attributes." + key, before, after));
          }
        }
      });
    }

    private static Requirement rebuild(Requirement q, String title, String text, boolean assessable,
        Map<String, String> attributes, String kind) {
      return new Requirement(q.id(), title, kind, q.parent(), text, q.aliases(), assessable,
          ImmutableSortedMap.copyOf(attributes), q.extensions());
    }

    private static Optional<String> opt(String text) {
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    void addRequirement() {
      pick(e.frameworks.keySet()).ifPresent(fw -> {
        ElementRef id = ElementRef.of(fw, "added-" + counter++);
        Requirement.Builder b = Requirement.builder(id, "Added requirement");
        pick(e.requirements.keySet()).filter(p -> p.framework().equals(fw)).ifPresent(b::parent);
        e.requirements.put(id, b.build());
        record(ItemKind.REQUIREMENT, id.toString(), ChangeType.ADDED);
      });
    }

    void removeRequirement() {
      pick(e.requirements.keySet()).filter(id -> !touched(ItemKind.REQUIREMENT, id.toString()) && unreferenced(id)
          && e.requirements.values().stream().noneMatch(q -> q.parent().equals(Optional.of(id)))).ifPresent(id -> {
            e.requirements.remove(id);
            record(ItemKind.REQUIREMENT, id.toString(), ChangeType.REMOVED);
          });
    }

    private boolean unreferenced(ElementRef id) {
      return e.mappings.values().stream().noneMatch(m -> m.source().contains(id) || m.target().contains(id)
          || m.derivedVia().contains(id)) && e.noCounterparts.values().stream().noneMatch(n -> n.element().equals(id))
          && e.additions.values().stream().noneMatch(a -> a.element().equals(id));
    }

    void changeControl() {
      pick(e.controls.values()).filter(c -> !touched(ItemKind.CONTROL, c.id().toString())).ifPresent(c -> {
        String d = newText(c.description());
        e.controls.put(c.id(), new Control(c.id(), c.title(), d, c.attributes(), c.extensions()));
        record(ItemKind.CONTROL, c.id().toString(), ChangeType.CHANGED, field("description", c.description(), d));
      });
    }

    void addControl() {
      pick(e.frameworks.values()).filter(f -> f.kind() == dev.crosswalk.core.model.FrameworkKind.CONTROL_CATALOG)
          .ifPresent(f -> {
            ElementRef id = ElementRef.of(f.id(), "ADDED-" + counter++);
            e.controls.put(id, Control.of(id.toString(), "Added control", "Does something.", Map.of("domain", "X")));
            record(ItemKind.CONTROL, id.toString(), ChangeType.ADDED);
          });
    }

    // ---- mappings ----

    private static String mappingId(Mapping m) {
      return m.source() + " -> " + m.target() + (m.derivedVia().isEmpty() ? "" : " via " + m.derivedVia());
    }

    void changeMapping() {
      pick(e.mappings.entrySet()).filter(x -> !touched(ItemKind.MAPPING, mappingId(x.getValue()))).ifPresent(x -> {
        Mapping m = x.getValue();
        Mapping changed;
        FieldChange f;
        switch (r.nextInt(5)) {
          case 0 -> {
            int s = m.strength() % 10 + 1;
            changed = with(m, m.relationship(), m.rationale(), s, m.justification(), m.sources());
            f = field("strength", String.valueOf(m.strength()), String.valueOf(s));
          }
          case 1 -> {
            String j = newText(m.justification());
            changed = with(m, m.relationship(), m.rationale(), m.strength(), j, m.sources());
            f = field("justification", m.justification(), j);
          }
          case 2 -> {
            Rationale ra = Rationale.values()[(m.rationale().ordinal() + 1 + r.nextInt(2)) % 3];
            changed = with(m, m.relationship(), ra, m.strength(), m.justification(), m.sources());
            f = field("rationale", m.rationale().name(), ra.name());
          }
          case 3 -> {
            List<String> all = new ArrayList<>(e.sources.keySet());
            String s = all.get(r.nextInt(all.size()));
            ImmutableSortedSet<String> sources = m.sources().contains(s) && m.sources().size() > 1
                ? ImmutableSortedSet.copyOf(m.sources().stream().filter(v -> !v.equals(s)).toList())
                : ImmutableSortedSet.<String>naturalOrder().addAll(m.sources()).add(s).build();
            if (sources.equals(m.sources())) {
              return;
            }
            ImmutableSortedSet<dev.crosswalk.core.model.Citation> citations = m.sources().contains(s) && m.sources().size() > 1
                ? ImmutableSortedSet.copyOf(m.citations().stream().filter(c -> !c.source().equals(s)).toList())
                : ImmutableSortedSet.<dev.crosswalk.core.model.Citation>naturalOrder().addAll(m.citations())
                    .add(dev.crosswalk.core.model.Citation.of(s)).build();
            changed = new Mapping(m.source(), m.target(), m.relationship(), m.rationale(), m.strength(),
                m.justification(), citations, m.derivedVia());
            f = field("sources", render(m.citations()), render(citations));
          }
          default -> {
            // Among the related relationships only, so that no no-counterpart record is contradicted.
            if (m.relationship() == Relationship.NOT_RELATED && !m.isDerived()) {
              return;
            }
            // One of the other related relationships (the first four).
            List<Relationship> others = new ArrayList<>(List.of(Relationship.values()).subList(0, 4));
            others.remove(m.relationship());
            Relationship rel = others.get(r.nextInt(others.size()));
            changed = with(m, rel, m.rationale(), m.strength(), m.justification(), m.sources());
            f = field("relationship", m.relationship().name(), rel.name());
          }
        }
        e.mappings.put(x.getKey(), changed);
        record(ItemKind.MAPPING, mappingId(m), ChangeType.CHANGED, f);
      });
    }

    private static Mapping with(Mapping m, Relationship rel, Rationale ra, int strength, String justification,
        SortedSet<String> sources) {
      return new Mapping(m.source(), m.target(), rel, ra, strength, justification, m.citations(), m.derivedVia());
    }

    /** Citations as the diff renders them: {@code id} or {@code id (locator)}, joined by {@code ;}. */
    private static String render(java.util.Collection<dev.crosswalk.core.model.Citation> citations) {
      return String.join(";", citations.stream()
          .map(c -> c.source() + c.locator().map(l -> " (" + l + ")").orElse("")).toList());
    }

    void addMapping() {
      List<ElementRef> elements = new ArrayList<>(e.requirements.keySet());
      elements.addAll(e.controls.keySet());
      if (elements.size() < 2) {
        return;
      }
      ElementRef s = elements.get(r.nextInt(elements.size()));
      ElementRef t = elements.get(r.nextInt(elements.size()));
      List<Object> key = List.of(s, t, ImmutableList.of());
      if (s.equals(t) || e.mappings.containsKey(key) || e.sources.isEmpty() || touched(ItemKind.MAPPING, s + " -> " + t)) {
        return;
      }
      // NOT_RELATED never contradicts a no-counterpart record.
      Mapping m = Mapping.curated(s, t, Relationship.NOT_RELATED, Rationale.SEMANTIC, 1 + r.nextInt(10),
          "Added mapping.", List.of(e.sources.keySet().iterator().next()));
      e.mappings.put(key, m);
      record(ItemKind.MAPPING, mappingId(m), ChangeType.ADDED);
    }

    void removeMapping() {
      pick(e.mappings.entrySet()).filter(x -> !touched(ItemKind.MAPPING, mappingId(x.getValue()))).ifPresent(x -> {
        e.mappings.remove(x.getKey());
        record(ItemKind.MAPPING, mappingId(x.getValue()), ChangeType.REMOVED);
      });
    }

    // ---- no-counterpart records ----

    private static String ncId(NoCounterpart n) {
      return n.element() + " in " + n.framework();
    }

    void changeNoCounterpart() {
      pick(e.noCounterparts.entrySet()).filter(x -> !touched(ItemKind.NO_COUNTERPART, ncId(x.getValue()))).ifPresent(x -> {
        NoCounterpart n = x.getValue();
        String reason = newText(n.reason());
        e.noCounterparts.put(x.getKey(), new NoCounterpart(n.element(), n.framework(), reason, n.citations()));
        record(ItemKind.NO_COUNTERPART, ncId(n), ChangeType.CHANGED, field("reason", n.reason(), reason));
      });
    }

    void addNoCounterpart() {
      List<ElementRef> elements = new ArrayList<>(e.requirements.keySet());
      elements.addAll(e.controls.keySet());
      Optional<ElementRef> element = pick(elements);
      Optional<String> framework = pick(e.frameworks.keySet());
      if (element.isEmpty() || framework.isEmpty() || element.get().framework().equals(framework.get())) {
        return;
      }
      ElementRef el = element.get();
      String fw = framework.get();
      boolean related = e.mappings.values().stream().anyMatch(m -> !m.isDerived()
          && m.relationship() != Relationship.NOT_RELATED
          && (m.source().contains(el) && m.target().framework().equals(fw)
              || m.target().contains(el) && m.source().framework().equals(fw)));
      if (related || e.noCounterparts.containsKey(List.of(el, fw)) || e.sources.isEmpty()
          || touched(ItemKind.NO_COUNTERPART, el + " in " + fw)) {
        return;
      }
      NoCounterpart n = NoCounterpart.of(el, fw, "Added.", ImmutableSortedSet.of(e.sources.keySet().iterator().next()));
      e.noCounterparts.put(List.of(el, fw), n);
      record(ItemKind.NO_COUNTERPART, ncId(n), ChangeType.ADDED);
    }

    void removeNoCounterpart() {
      pick(e.noCounterparts.entrySet()).filter(x -> !touched(ItemKind.NO_COUNTERPART, ncId(x.getValue()))).ifPresent(x -> {
        e.noCounterparts.remove(x.getKey());
        record(ItemKind.NO_COUNTERPART, ncId(x.getValue()), ChangeType.REMOVED);
      });
    }
  }
}
