package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * The {@link ItemCodec} shape shared by the kinds that record a note on one element toward
 * another framework, with sources: no-counterpart records (a reason) and additions (a
 * statement). Identified by element and framework; the subclass names the text member and builds
 * the record.
 *
 * @param <T> the record type
 */
abstract sealed class ElementNoteCodec<T extends CrosswalkItem> extends ItemCodec<T>
    permits NoCounterpartCodec, AdditionCodec {
  private final String textMember;

  ElementNoteCodec(ItemKind kind, Class<T> type, String textMember) {
    super(kind, type, List.of(ELEMENT, FRAMEWORK, textMember, SOURCES), Set.of(ELEMENT, FRAMEWORK, SOURCES),
        List.of(ELEMENT, FRAMEWORK, textMember, SOURCES, CITATIONS), 4);
    this.textMember = textMember;
  }

  /** The element the note is on. */
  abstract ElementRef element(T item);

  /** The framework the note looks toward. */
  abstract String framework(T item);

  /** The note itself: the reason or the statement. */
  abstract String text(T item);

  /** The cited sources. */
  abstract SortedSet<Citation> citations(T item);

  /** The record from its parts. */
  abstract T make(ElementRef element, String framework, String text, ImmutableSortedSet<Citation> citations);

  @Override
  final void writeMembers(JsonGenerator g, T item) throws IOException {
    g.writeStringField(ELEMENT, element(item).toString());
    g.writeStringField(FRAMEWORK, framework(item));
    g.writeStringField(textMember, text(item));
    Items.citations(g, SOURCES, citations(item));
  }

  @Override
  final T decode(Items.Members m) {
    return make(m.ref(ELEMENT), m.req(FRAMEWORK), m.req(textMember), m.citations(SOURCES));
  }

  @Override
  final List<String> cells(T item) {
    return List.of(element(item).toString(), framework(item), text(item), CsvItems.sources(citations(item)),
        CsvItems.citations(citations(item)));
  }

  /** A record of the kind's table. */
  @Override
  public final T fromCsv(Row row) {
    ElementRef element = row.ref(ELEMENT);
    String framework = CsvItems.frameworkId(row, FRAMEWORK);
    String text = row.text(textMember);
    ImmutableSortedSet<Citation> citations = CsvItems.citations(row);
    return CsvItems.construct(row, () -> make(element, framework, text, citations));
  }

  @Override
  final Object keyOf(T item) {
    return List.of(kind(), element(item), framework(item));
  }

  @Override
  final Comparator<T> order() {
    return Comparator.comparing(this::element).thenComparing(this::framework);
  }

  @Override
  final Map<String, Optional<String>> fieldsOf(T item) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(textMember, Optional.of(text(item)));
    m.put(SOURCES, citedField(citations(item)));
    return m;
  }

  @Override
  final String summaryOf(T item) {
    return text(item);
  }

  /** The framework it names, the sources it cites and its element. */
  @Override
  final List<Object> referencesOf(T item) {
    List<Object> out = new ArrayList<>();
    out.add(frameworkKey(framework(item)));
    out.addAll(sourceKeys(Citation.sourcesOf(citations(item))));
    out.add(element(item));
    return out;
  }
}
