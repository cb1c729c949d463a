package dev.crosswalk.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.internal.CsvRecords.Row;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.MappingEnd;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@link ItemCodec} of mappings, identified by source, target and pivots. */
final class MappingCodec extends ItemCodec<Mapping> {
  private static final String SOURCE = "source";
  private static final String TARGET = "target";
  private static final String RELATIONSHIP = "relationship";
  private static final String RATIONALE = "rationale";
  private static final String STRENGTH = "strength";
  private static final String JUSTIFICATION = "justification";
  private static final String DERIVED_VIA = "derivedVia";

  MappingCodec() {
    super(ItemKind.MAPPING, Mapping.class,
        List.of(SOURCE, TARGET, RELATIONSHIP, RATIONALE, STRENGTH, JUSTIFICATION, SOURCES, DERIVED_VIA),
        Set.of(SOURCE, TARGET, RELATIONSHIP, RATIONALE, SOURCES, DERIVED_VIA),
        List.of(SOURCE, TARGET, RELATIONSHIP, STRENGTH, RATIONALE, JUSTIFICATION, SOURCES, CITATIONS, DERIVED_VIA), 7);
  }

  @Override
  void writeMembers(JsonGenerator g, Mapping m) throws IOException {
    Items.end(g, SOURCE, m.source());
    Items.end(g, TARGET, m.target());
    g.writeStringField(RELATIONSHIP, m.relationship().name());
    g.writeStringField(RATIONALE, m.rationale().name());
    g.writeNumberField(STRENGTH, m.strength());
    g.writeStringField(JUSTIFICATION, m.justification());
    Items.citations(g, SOURCES, m.citations());
    Items.strings(g, DERIVED_VIA, m.derivedVia().stream().map(ElementRef::toString).toList());
  }

  @Override
  Mapping decode(Items.Members m) {
    return new Mapping(m.end(SOURCE), m.end(TARGET), m.enumValue(RELATIONSHIP, Relationship.class),
        m.enumValue(RATIONALE, Rationale.class), m.strength(STRENGTH), m.req(JUSTIFICATION), m.citations(SOURCES),
        m.refs(DERIVED_VIA));
  }

  /** Joint ends and citations with a locator came in 1.1. */
  @Override
  String sinceOf(Mapping m) {
    return m.isJoint() || Items.hasLocator(m.citations()) ? V1_1 : super.sinceOf(m);
  }

  @Override
  List<String> cells(Mapping m) {
    return List.of(CsvItems.cell(m.source()), CsvItems.cell(m.target()), m.relationship().name(),
        Integer.toString(m.strength()), m.rationale().name(), m.justification(), CsvItems.sources(m.citations()),
        CsvItems.citations(m.citations()), CsvItems.lines(m.derivedVia()));
  }

  /** A record of {@code mappings.csv}: a derived mapping when {@code derivedVia} names pivots, else curated. */
  @Override
  public Mapping fromCsv(Row row) {
    MappingEnd source = CsvItems.end(row, SOURCE);
    MappingEnd target = CsvItems.end(row, TARGET);
    Relationship relationship = row.enumValue(RELATIONSHIP, Relationship.class);
    String strengthText = row.cell(STRENGTH);
    if (!CsvItems.STRENGTH.matcher(strengthText).matches()) {
      throw row.fail(STRENGTH, "'" + strengthText + "' is not a strength; use a whole number from 1 to 10");
    }
    int strength = Integer.parseInt(strengthText);
    Rationale rationale = row.enumValue(RATIONALE, Rationale.class);
    String justification = row.cell(JUSTIFICATION);
    if (justification.isBlank()) {
      throw row.fail(JUSTIFICATION, "is blank; say in one to three sentences why the relationship holds");
    }
    ImmutableSortedSet<Citation> citations = CsvItems.citations(row);
    List<ElementRef> via = new ArrayList<>();
    if (row.has(DERIVED_VIA) && !row.cell(DERIVED_VIA).isEmpty()) {
      for (String line : row.cell(DERIVED_VIA).split("\n", -1)) {
        try {
          via.add(ElementRef.parse(line.strip()));
        } catch (CrosswalkException e) {
          throw row.fail(DERIVED_VIA, e.getMessage());
        }
      }
    }
    return CsvItems.construct(row, () -> new Mapping(source, target, relationship, rationale, strength,
        justification, citations, ImmutableList.copyOf(via)));
  }

  /** Source, target and pivots: the crosswalk's own uniqueness rule; the relationship is not part of it. */
  @Override
  Object keyOf(Mapping m) {
    return List.of(m.source(), m.target(), m.derivedVia());
  }

  @Override
  Comparator<Mapping> order() {
    return Mapping.ORDER;
  }

  @Override
  Map<String, Optional<String>> fieldsOf(Mapping x) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    m.put(RELATIONSHIP, Optional.of(x.relationship().name()));
    m.put(RATIONALE, Optional.of(x.rationale().name()));
    m.put(STRENGTH, Optional.of(String.valueOf(x.strength())));
    m.put(JUSTIFICATION, Optional.of(x.justification()));
    m.put(SOURCES, citedField(x.citations()));
    return m;
  }

  @Override
  String summaryOf(Mapping m) {
    return m.relationship() + ", strength " + m.strength();
  }

  /** The sources it cites, the members of both ends and its pivots. */
  @Override
  List<Object> referencesOf(Mapping m) {
    List<Object> out = new ArrayList<>(sourceKeys(m.sources()));
    out.addAll(m.source().members());
    out.addAll(m.target().members());
    out.addAll(m.derivedVia());
    return out;
  }
}
