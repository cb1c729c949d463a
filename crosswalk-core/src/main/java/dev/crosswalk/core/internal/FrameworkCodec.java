package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.ItemKind;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ItemCodec} of frameworks, identified by id. */
final class FrameworkCodec extends ItemCodec<Framework> {
  private static final String NAME = "name";
  private static final String EDITION = "edition";
  private static final String SOURCE_URL = "sourceUrl";
  private static final String LICENSE = "license";

  FrameworkCodec() {
    super(ItemKind.FRAMEWORK, Framework.class,
        List.of(ID, NAME, EDITION, PUBLISHER, KIND, SOURCE_URL, LICENSE, ATTRIBUTES, EXTENSIONS), Set.of(KIND),
        List.of(ID, NAME, EDITION, PUBLISHER, KIND, SOURCE_URL, LICENSE, ATTRIBUTES, EXTENSIONS), 7);
  }

  @Override
  void writeMembers(JsonGenerator g, Framework f) throws IOException {
    g.writeStringField(ID, f.id());
    g.writeStringField(NAME, f.name());
    g.writeStringField(EDITION, f.edition());
    g.writeStringField(PUBLISHER, f.publisher());
    g.writeStringField(KIND, f.kind().name());
    Items.optional(g, SOURCE_URL, f.sourceUrl());
    Items.optional(g, LICENSE, f.license());
    Items.attributes(g, ATTRIBUTES, f.attributes());
    Items.extensions(g, EXTENSIONS, f.extensions(), kind().label() + " " + f.id());
  }

  @Override
  Framework decode(Items.Members m) {
    return new Framework(m.req(ID), m.req(NAME), m.req(EDITION), m.req(PUBLISHER),
        m.enumValue(KIND, FrameworkKind.class), m.opt(SOURCE_URL), m.opt(LICENSE),
        m.since11(ATTRIBUTES, m.attributes(ATTRIBUTES)), m.extensions(EXTENSIONS));
  }

  /** Attributes came in 1.1. */
  @Override
  String sinceOf(Framework f) {
    return f.attributes().isEmpty() ? super.sinceOf(f) : V1_1;
  }

  @Override
  List<String> cells(Framework f) {
    return List.of(f.id(), f.name(), f.edition(), f.publisher(), f.kind().name(), f.sourceUrl().orElse(""),
        f.license().orElse(""), CsvItems.attributes(f.attributes()), CsvItems.extensions(f.extensions()));
  }

  /** A record of {@code frameworks.csv}; without the {@code attributes} or {@code extensions} column, none. */
  @Override
  public Framework fromCsv(Row row) {
    String id = CsvItems.frameworkId(row, ID);
    String name = row.text(NAME);
    String edition = row.text(EDITION);
    String publisher = row.text(PUBLISHER);
    FrameworkKind kind = row.enumValue(KIND, FrameworkKind.class);
    ImmutableSortedMap<String, String> attributes = CsvItems.attributes(row);
    Extensions extensions = CsvItems.extensions(row);
    return CsvItems.construct(row, () -> new Framework(id, name, edition, publisher, kind, row.optional(SOURCE_URL),
        row.optional(LICENSE), attributes, extensions));
  }

  @Override
  Object keyOf(Framework f) {
    return frameworkKey(f.id());
  }

  @Override
  Comparator<Framework> order() {
    return Comparator.comparing(Framework::id);
  }

  @Override
  Map<String, Optional<String>> fieldsOf(Framework f) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(NAME, Optional.of(f.name()));
    m.put(EDITION, Optional.of(f.edition()));
    m.put(PUBLISHER, Optional.of(f.publisher()));
    m.put(KIND, Optional.of(f.kind().name()));
    m.put(SOURCE_URL, f.sourceUrl());
    m.put(LICENSE, f.license());
    attributeFields(m, f.attributes());
    m.put(EXTENSIONS, extensionsField(f.extensions()));
    return m;
  }

  @Override
  String summaryOf(Framework f) {
    return f.name() + " (" + f.edition() + ")";
  }

  @Override
  List<Object> referencesOf(Framework f) {
    return List.of();
  }
}
