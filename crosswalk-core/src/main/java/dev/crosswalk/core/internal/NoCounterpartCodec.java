package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.NoCounterpart;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ItemCodec} of no-counterpart records, identified by element and framework. */
final class NoCounterpartCodec extends ItemCodec<NoCounterpart> {
  private static final String REASON = "reason";

  NoCounterpartCodec() {
    super(ItemKind.NO_COUNTERPART, NoCounterpart.class, List.of(ELEMENT, FRAMEWORK, REASON, SOURCES),
        Set.of(ELEMENT, FRAMEWORK, SOURCES), List.of(ELEMENT, FRAMEWORK, REASON, SOURCES, CITATIONS), 4);
  }

  @Override
  void writeMembers(JsonGenerator g, NoCounterpart n) throws IOException {
    g.writeStringField(ELEMENT, n.element().toString());
    g.writeStringField(FRAMEWORK, n.framework());
    g.writeStringField(REASON, n.reason());
    Items.citations(g, SOURCES, n.citations());
  }

  @Override
  NoCounterpart decode(Items.Members m) {
    return new NoCounterpart(m.ref(ELEMENT), m.req(FRAMEWORK), m.req(REASON), m.citations(SOURCES));
  }

  /** Citations with a locator came in 1.1. */
  @Override
  String sinceOf(NoCounterpart n) {
    return Items.hasLocator(n.citations()) ? V1_1 : super.sinceOf(n);
  }

  @Override
  List<String> cells(NoCounterpart n) {
    return List.of(n.element().toString(), n.framework(), n.reason(), CsvItems.sources(n.citations()),
        CsvItems.citations(n.citations()));
  }

  /** A record of {@code no-counterparts.csv}. */
  @Override
  public NoCounterpart fromCsv(Row row) {
    ElementRef element = row.ref(ELEMENT);
    String framework = CsvItems.frameworkId(row, FRAMEWORK);
    String reason = row.text(REASON);
    ImmutableSortedSet<Citation> citations = CsvItems.citations(row);
    return CsvItems.construct(row, () -> new NoCounterpart(element, framework, reason, citations));
  }

  @Override
  Object keyOf(NoCounterpart n) {
    return List.of(ItemKind.NO_COUNTERPART, n.element(), n.framework());
  }

  @Override
  Comparator<NoCounterpart> order() {
    return Comparator.comparing(NoCounterpart::element).thenComparing(NoCounterpart::framework);
  }

  @Override
  Map<String, Optional<String>> fieldsOf(NoCounterpart n) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(REASON, Optional.of(n.reason()));
    m.put(SOURCES, citedField(n.citations()));
    return m;
  }

  @Override
  String summaryOf(NoCounterpart n) {
    return n.reason();
  }

  /** The framework it names, the sources it cites and its element. */
  @Override
  List<Object> referencesOf(NoCounterpart n) {
    List<Object> out = new ArrayList<>();
    out.add(frameworkKey(n.framework()));
    out.addAll(sourceKeys(n.sources()));
    out.add(n.element());
    return out;
  }
}
