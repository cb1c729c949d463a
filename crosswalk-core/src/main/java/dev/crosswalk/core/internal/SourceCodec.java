package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Source;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ItemCodec} of provenance sources, identified by id. */
final class SourceCodec extends ItemCodec<Source> {
  private static final String URL = "url";
  private static final String DATE = "date";

  SourceCodec() {
    super(ItemKind.SOURCE, Source.class, List.of(ID, TITLE, URL, PUBLISHER, DATE), Set.of(),
        List.of(ID, TITLE, URL, PUBLISHER, DATE), 2);
  }

  @Override
  void writeMembers(JsonGenerator g, Source s) throws IOException {
    g.writeStringField(ID, s.id());
    g.writeStringField(TITLE, s.title());
    Items.optional(g, URL, s.url());
    Items.optional(g, PUBLISHER, s.publisher());
    Items.optional(g, DATE, s.date());
  }

  @Override
  Source decode(Items.Members m) {
    return new Source(m.req(ID), m.req(TITLE), m.opt(URL), m.opt(PUBLISHER), m.opt(DATE));
  }

  @Override
  List<String> cells(Source s) {
    return List.of(s.id(), s.title(), s.url().orElse(""), s.publisher().orElse(""), s.date().orElse(""));
  }

  /** A record of {@code sources.csv}. */
  @Override
  public Source fromCsv(Row row) {
    String id = row.cell(ID);
    if (!CsvItems.SOURCE_ID.matcher(id).matches()) {
      throw row.fail(ID, "'" + id + "' is not a source id; use 1-64 lower-case letters, digits, '.', '_' or '-'");
    }
    String title = row.text(TITLE);
    return CsvItems.construct(row, () -> new Source(id, title, CsvItems.optional(row, URL),
        CsvItems.optional(row, PUBLISHER), CsvItems.optional(row, DATE)));
  }

  @Override
  Object keyOf(Source s) {
    return sourceKey(s.id());
  }

  @Override
  Comparator<Source> order() {
    return Comparator.comparing(Source::id);
  }

  @Override
  Map<String, Optional<String>> fieldsOf(Source s) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(TITLE, Optional.of(s.title()));
    m.put(URL, s.url());
    m.put(PUBLISHER, s.publisher());
    m.put(DATE, s.date());
    return m;
  }

  @Override
  String summaryOf(Source s) {
    return s.title();
  }

  @Override
  List<Object> referencesOf(Source s) {
    return List.of();
  }
}
