package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.spi.CrosswalkDataProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two data providers with one id are refused. Before, a second data jar with the bundled
 * provider's id placed first on the class path replaced the data silently ({@code version}
 * printed the id twice).
 */
class DataProvidersTest {
  private record Provider(String id, String dataVersion) implements CrosswalkDataProvider {
    @Override
    public Crosswalk load() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void twoProvidersWithOneIdAreRefused() {
    CrosswalkDataException e = assertThrows(CrosswalkDataException.class, () -> Crosswalks.distinct(
        List.of(new Provider("hipaa-soc2", "1.0.0"), new Provider("other", "1"), new Provider("hipaa-soc2", "9.9.9"))));
    assertTrue(e.getMessage().contains("'hipaa-soc2'") && e.getMessage().contains("9.9.9")
        && e.getMessage().contains("1.0.0"), e.getMessage());
    assertEquals(List.of("a", "b"), Crosswalks.distinct(List.of(new Provider("b", "1"), new Provider("a", "1")))
        .stream().map(CrosswalkDataProvider::id).toList());
  }

  @Test
  void theBundledProviderIsTheOnlyOneNotANamedOne() {
    assertEquals("any-data", Crosswalks.only(List.of(new Provider("any-data", "2.0.0"))).id());
    CrosswalkDataException none = assertThrows(CrosswalkDataException.class, () -> Crosswalks.only(List.of()));
    assertTrue(none.getMessage().contains("no crosswalk data provider found"), none.getMessage());
    CrosswalkDataException two = assertThrows(CrosswalkDataException.class,
        () -> Crosswalks.only(List.of(new Provider("a", "1"), new Provider("b", "1"))));
    assertTrue(two.getMessage().contains("[a, b]"), two.getMessage());
  }
}
