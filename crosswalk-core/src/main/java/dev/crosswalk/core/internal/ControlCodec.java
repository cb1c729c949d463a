package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.ItemKind;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The {@link ItemCodec} of controls, identified by element reference. */
final class ControlCodec extends ItemCodec<Control> {
  private static final String DESCRIPTION = "description";
  /** The attribute that {@code controls.csv} repeats in a column of its own, for convenience. */
  private static final String DOMAIN = "domain";

  ControlCodec() {
    super(ItemKind.CONTROL, Control.class, List.of(ID, TITLE, DESCRIPTION, ATTRIBUTES, EXTENSIONS), Set.of(),
        List.of(FRAMEWORK, REF, TITLE, DESCRIPTION, DOMAIN, ATTRIBUTES, EXTENSIONS), 5);
  }

  @Override
  void writeMembers(JsonGenerator g, Control c) throws IOException {
    g.writeStringField(ID, c.id().toString());
    g.writeStringField(TITLE, c.title());
    g.writeStringField(DESCRIPTION, c.description());
    Items.attributes(g, ATTRIBUTES, c.attributes());
    Items.extensions(g, EXTENSIONS, c.extensions(), kind().label() + " " + c.id());
  }

  @Override
  Control decode(Items.Members m) {
    return new Control(m.ref(ID), m.req(TITLE), m.req(DESCRIPTION), m.attributes(ATTRIBUTES), m.extensions(EXTENSIONS));
  }

  @Override
  List<String> cells(Control c) {
    return List.of(c.id().framework(), c.id().ref(), c.title(), c.description(), c.attribute(DOMAIN).orElse(""),
        CsvItems.attributes(c.attributes()), CsvItems.extensions(c.extensions()));
  }

  /**
   * A record of {@code controls.csv}. Without the later columns: attributes only {@code domain}
   * (when not empty), no extensions; with {@code attributes}, the {@code domain} cell must agree.
   */
  @Override
  public Control fromCsv(Row row) {
    ElementRef id = CsvItems.element(row);
    String title = row.text(TITLE);
    String description = row.text(DESCRIPTION);
    TreeMap<String, String> attributes = new TreeMap<>(CsvItems.attributes(row));
    Optional<String> domain = row.optional(DOMAIN);
    if (!row.has(ATTRIBUTES)) {
      domain.ifPresent(d -> attributes.put(DOMAIN, d));
    } else if (!domain.equals(Optional.ofNullable(attributes.get(DOMAIN)))) {
      throw row.fail(DOMAIN, "says '" + domain.orElse("") + "' but 'attributes' says '"
          + attributes.getOrDefault(DOMAIN, "") + "'; make them agree");
    }
    Extensions extensions = CsvItems.extensions(row);
    return CsvItems.construct(row, () -> new Control(id, title, description, ImmutableSortedMap.copyOf(attributes),
        extensions));
  }

  /** The reference: requirements and controls share one namespace. */
  @Override
  Object keyOf(Control c) {
    return c.id();
  }

  @Override
  Comparator<Control> order() {
    return Comparator.comparing(Control::id);
  }

  @Override
  Map<String, Optional<String>> fieldsOf(Control c) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(TITLE, Optional.of(c.title()));
    m.put(DESCRIPTION, Optional.of(c.description()));
    attributeFields(m, c.attributes());
    m.put(EXTENSIONS, extensionsField(c.extensions()));
    return m;
  }

  @Override
  String summaryOf(Control c) {
    return c.title();
  }

  /** Its framework. */
  @Override
  List<Object> referencesOf(Control c) {
    return List.of(frameworkKey(c.id().framework()));
  }
}
