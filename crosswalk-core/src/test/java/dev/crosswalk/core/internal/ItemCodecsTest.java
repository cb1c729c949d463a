package dev.crosswalk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.CrosswalkItem;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.ItemKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemCodecsTest {
  private static final Crosswalk TINY = Fixtures.tiny().build();

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void eachKindHasItsCodecWithUniqueNames(ItemKind kind) {
    ItemCodec<?> codec = ItemCodecs.of(kind);
    assertEquals(kind, codec.kind());
    assertEquals(codec.members().size(), Set.copyOf(codec.members()).size(), codec.members().toString());
    assertEquals(codec.csvColumns().size(), Set.copyOf(codec.csvColumns()).size(), codec.csvColumns().toString());
    assertEquals(Set.of(ItemKind.REQUIREMENT, ItemKind.CONTROL).contains(kind), codec.hasAttributeColumns());
    // The header declares the fixed columns, then whether attribute columns may follow.
    assertEquals(codec.csvColumns().size() + (codec.hasAttributeColumns() ? 1 : 0), codec.csvHeader().size());
    assertEquals(codec.hasAttributeColumns(), codec.csvHeader().contains(CsvRecords.ATTRIBUTE_COLUMNS));
    for (int i = 0; i < codec.members().size(); i++) {
      assertEquals(i, codec.slot(codec.members().get(i)));
    }
    assertEquals(-1, codec.slot("no such member"));
    assertEquals(Set.of(ItemKind.FRAMEWORK, ItemKind.SOURCE, ItemKind.REQUIREMENT, ItemKind.CONTROL).contains(kind),
        codec.hasId());
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void itemsWriteOnlyTheirMembersAndOneCellPerColumn(ItemKind kind) throws IOException {
    ItemCodec<?> codec = ItemCodecs.of(kind);
    for (CrosswalkItem item : TINY.items(kind)) {
      StringWriter out = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.writeStartObject();
        codec.write(g, item);
        g.writeEndObject();
      }
      JsonParser p = new JsonFactory().createParser(out.toString());
      p.nextToken();
      Object written = JsonValues.read(p);
      assertTrue(codec.members().containsAll(((Map<?, ?>) written).keySet()), out.toString());
      assertEquals(codec.csvColumns().size(), codec.csvRow(item).size());
      assertTrue(codec.fields(item).size() > 0);
    }
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void theIdentityOrderAndTheKeyAgree(ItemKind kind) {
    ItemCodec<?> codec = ItemCodecs.of(kind);
    List<CrosswalkItem> items = new ArrayList<>(TINY.items(kind));
    for (CrosswalkItem a : items) {
      for (CrosswalkItem b : items) {
        boolean sameKey = codec.key(a).equals(codec.key(b));
        assertEquals(sameKey, codec.identityOrder().compare(a, b) == 0, a + " / " + b);
        assertEquals(sameKey, a.identity().equals(b.identity()), a + " / " + b);
      }
    }
    List<CrosswalkItem> sorted = new ArrayList<>(items);
    sorted.sort(codec.identityOrder());
    assertEquals(items, sorted, "the crosswalk lists items in identity order");
  }

  @ParameterizedTest
  @EnumSource(ItemKind.class)
  void keysOfDifferentKindsDifferButForElements(ItemKind kind) {
    for (ItemKind other : ItemKind.values()) {
      for (CrosswalkItem a : TINY.items(kind)) {
        for (CrosswalkItem b : TINY.items(other)) {
          if (kind != other) {
            assertNotEquals(ItemCodecs.of(kind).key(a), ItemCodecs.of(other).key(b), a + " / " + b);
          }
        }
      }
    }
  }
}
