package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Addition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ItemCodec} of additions, identified by element and framework. */
final class AdditionCodec extends ItemCodec<Addition> {
  private static final String STATEMENT = "statement";

  AdditionCodec() {
    super(ItemKind.ADDITION, Addition.class, List.of(ELEMENT, FRAMEWORK, STATEMENT, SOURCES),
        Set.of(ELEMENT, FRAMEWORK, SOURCES), List.of(ELEMENT, FRAMEWORK, STATEMENT, SOURCES, CITATIONS), 4);
  }

  @Override
  void writeMembers(JsonGenerator g, Addition a) throws IOException {
    g.writeStringField(ELEMENT, a.element().toString());
    g.writeStringField(FRAMEWORK, a.framework());
    g.writeStringField(STATEMENT, a.statement());
    Items.citations(g, SOURCES, a.citations());
  }

  @Override
  Addition decode(Items.Members m) {
    return new Addition(m.ref(ELEMENT), m.req(FRAMEWORK), m.req(STATEMENT), m.citations(SOURCES));
  }

  @Override
  List<String> cells(Addition a) {
    return List.of(a.element().toString(), a.framework(), a.statement(), CsvItems.sources(a.citations()),
        CsvItems.citations(a.citations()));
  }

  /** A record of {@code additions.csv}. */
  @Override
  public Addition fromCsv(Row row) {
    ElementRef element = row.ref(ELEMENT);
    String framework = CsvItems.frameworkId(row, FRAMEWORK);
    String statement = row.text(STATEMENT);
    ImmutableSortedSet<Citation> citations = CsvItems.citations(row);
    return CsvItems.construct(row, () -> new Addition(element, framework, statement, citations));
  }

  @Override
  Object keyOf(Addition a) {
    return List.of(ItemKind.ADDITION, a.element(), a.framework());
  }

  @Override
  Comparator<Addition> order() {
    return Comparator.comparing(Addition::element).thenComparing(Addition::framework);
  }

  @Override
  Map<String, Optional<String>> fieldsOf(Addition a) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(STATEMENT, Optional.of(a.statement()));
    m.put(SOURCES, citedField(a.citations()));
    return m;
  }

  @Override
  String summaryOf(Addition a) {
    return a.statement();
  }

  /** The framework it names, the sources it cites and its element. */
  @Override
  List<Object> referencesOf(Addition a) {
    List<Object> out = new ArrayList<>();
    out.add(frameworkKey(a.framework()));
    out.addAll(sourceKeys(a.sources()));
    out.add(a.element());
    return out;
  }
}
