package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Requirement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ItemCodec} of requirements, identified by element reference. */
final class RequirementCodec extends ItemCodec<Requirement> {
  private static final String TEXT = "text";
  private static final String ALIASES = "aliases";
  private static final String ASSESSABLE = "assessable";

  RequirementCodec() {
    super(ItemKind.REQUIREMENT, Requirement.class,
        List.of(ID, TITLE, KIND, PARENT, TEXT, ALIASES, ASSESSABLE, ATTRIBUTES, EXTENSIONS), Set.of(KIND, PARENT),
        List.of(FRAMEWORK, REF, PARENT, KIND, TITLE, ASSESSABLE, TEXT, ALIASES, ATTRIBUTES, EXTENSIONS), 5,
        Requirement::attributes);
  }

  @Override
  void writeMembers(JsonGenerator g, Requirement r) throws IOException {
    g.writeStringField(ID, r.id().toString());
    g.writeStringField(TITLE, r.title());
    g.writeStringField(KIND, r.kind());
    Items.optional(g, PARENT, r.parent().map(ElementRef::toString));
    if (!r.text().isEmpty()) {
      g.writeStringField(TEXT, r.text());
    }
    Items.strings(g, ALIASES, r.aliases());
    if (!r.assessable()) {
      g.writeBooleanField(ASSESSABLE, false);
    }
    Items.attributes(g, ATTRIBUTES, r.attributes());
    Items.extensions(g, EXTENSIONS, r.extensions(), kind().label() + " " + r.id());
  }

  @Override
  Requirement decode(Items.Members m) {
    return new Requirement(m.ref(ID), m.req(TITLE), m.req(KIND), m.optRef(PARENT), m.opt(TEXT).orElse(""),
        ImmutableList.copyOf(m.strings(ALIASES)), m.bool(ASSESSABLE, true), m.attributes(ATTRIBUTES),
        m.extensions(EXTENSIONS));
  }

  @Override
  List<String> cells(Requirement r) {
    return List.of(r.id().framework(), r.id().ref(), r.parent().map(ElementRef::toString).orElse(""), r.kind(),
        r.title(), Boolean.toString(r.assessable()), r.text(), String.join("\n", r.aliases()), CsvItems.attributes(r.attributes()),
        CsvItems.extensions(r.extensions()));
  }

  /**
   * A record of {@code requirements.csv}. {@code parent} is {@code framework:ref} (a bare ref, as
   * older exports wrote it, is read too). Without the later columns: no text, no aliases,
   * assessable, attributes only from the attribute columns (when not empty), no extensions. With
   * {@code attributes}, the attribute columns must agree with it.
   */
  @Override
  public Requirement fromCsv(Row row) {
    ElementRef id = CsvItems.element(row);
    String title = row.text(TITLE);
    Requirement.Builder b = Requirement.builder(id, title);
    String parent = row.cell(PARENT);
    if (!parent.isEmpty()) {
      String prefix = id.framework() + ":";
      try {
        b.parent(ElementRef.of(id.framework(), parent.startsWith(prefix) ? parent.substring(prefix.length()) : parent));
      } catch (CrosswalkException e) {
        throw row.fail(PARENT, e.getMessage());
      }
    }
    CsvItems.attributes(row).forEach(b::attribute);
    if (row.has(ASSESSABLE)) {
      b.assessable(CsvItems.bool(row, ASSESSABLE));
    }
    if (row.has(TEXT)) {
      b.text(row.cell(TEXT));
    }
    if (row.has(ALIASES) && !row.cell(ALIASES).isEmpty()) {
      for (String alias : row.cell(ALIASES).split("\n", -1)) {
        try {
          ElementRef.of(id.framework(), alias); // the ref rule, to name the column at fault
        } catch (CrosswalkException e) {
          throw row.fail(ALIASES, e.getMessage() + "; write one alias per line");
        }
        b.alias(alias);
      }
    }
    b.extensions(CsvItems.extensions(row));
    b.kind(row.cell(KIND));
    try {
      return b.build();
    } catch (IllegalArgumentException | CrosswalkException e) {
      // Every other cell is checked above, but for an alias equal to the ref itself.
      boolean ownRef = e.getMessage() != null && e.getMessage().contains("as an alias");
      throw row.fail(ownRef ? ALIASES : KIND, e.getMessage());
    }
  }

  /** The reference: requirements and controls share one namespace. */
  @Override
  Object keyOf(Requirement r) {
    return r.id();
  }

  @Override
  Comparator<Requirement> order() {
    return Comparator.comparing(Requirement::id);
  }

  @Override
  Map<String, Optional<String>> fieldsOf(Requirement r) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(TITLE, Optional.of(r.title()));
    m.put(KIND, Optional.of(r.kind()));
    m.put(PARENT, r.parent().map(ElementRef::toString));
    m.put(TEXT, r.text().isEmpty() ? Optional.empty() : Optional.of(r.text()));
    m.put(ALIASES, joinedField(r.aliases()));
    m.put(ASSESSABLE, Optional.of(String.valueOf(r.assessable())));
    attributeFields(m, r.attributes());
    m.put(EXTENSIONS, extensionsField(r.extensions()));
    return m;
  }

  @Override
  String summaryOf(Requirement r) {
    return r.title();
  }

  /** Its framework and its parent. */
  @Override
  List<Object> referencesOf(Requirement r) {
    List<Object> out = new ArrayList<>(2);
    out.add(frameworkKey(r.id().framework()));
    r.parent().ifPresent(out::add);
    return out;
  }
}
