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

/** The {@link ItemCodec} of controls, identified by element reference. */
final class ControlCodec extends ItemCodec<Control> {
  private static final String DESCRIPTION = "description";

  ControlCodec() {
    super(ItemKind.CONTROL, Control.class, List.of(ID, TITLE, DESCRIPTION, ATTRIBUTES, EXTENSIONS), Set.of(),
        List.of(FRAMEWORK, REF, TITLE, DESCRIPTION, ATTRIBUTES, EXTENSIONS), 4, Control::attributes);
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
    return List.of(c.id().framework(), c.id().ref(), c.title(), c.description(), CsvItems.attributes(c.attributes()),
        CsvItems.extensions(c.extensions()));
  }

  /**
   * A record of {@code controls.csv}. Without the later columns: attributes only from the
   * attribute columns (when not empty), no extensions; with {@code attributes}, the attribute
   * columns must agree with it.
   */
  @Override
  public Control fromCsv(Row row) {
    ElementRef id = CsvItems.element(row);
    String title = row.text(TITLE);
    String description = row.text(DESCRIPTION);
    ImmutableSortedMap<String, String> attributes = CsvItems.attributes(row);
    Extensions extensions = CsvItems.extensions(row);
    return CsvItems.construct(row, () -> new Control(id, title, description, attributes, extensions));
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
