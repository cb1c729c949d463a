package dev.crosswalk.core.readiness;

import dev.crosswalk.core.ReadLimits;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one read loop of both readers: entries from JSON or CSV, each parsed, filed under its key,
 * a key given twice refused at the second entry naming the first one's position. Not API.
 *
 * @param <K> the key, e.g. the requirement decided
 * @param <V> the entry
 */
final class KeyedEntries<K extends Comparable<K>, V> {
  private final List<String> columns;
  private final JsonEntries json;
  private final ReadLimits limits;
  private final String keyField;
  private final Function<Fields, V> parse;
  private final Function<V, K> key;
  private final BiFunction<K, String, String> twice;

  /**
   * The loop for one kind of entry.
   *
   * @param keyField the member or column a duplicate is reported at
   * @param twice the message for a key given twice, from the key and the first entry's position
   */
  KeyedEntries(ReadLimits limits, List<String> columns, JsonEntries json, String keyField, Function<Fields, V> parse,
      Function<V, K> key, BiFunction<K, String, String> twice) {
    this.limits = limits;
    this.columns = columns;
    this.json = json;
    this.keyField = keyField;
    this.parse = parse;
    this.key = key;
    this.twice = twice;
  }

  /** Reads every entry, in key order. */
  TreeMap<K, V> read(InputStream in, String sourceName, boolean csv) {
    TreeMap<K, V> out = new TreeMap<>();
    Map<K, String> firstAt = new HashMap<>();
    java.util.function.Consumer<Fields> entry = f -> {
      V value = parse.apply(f);
      K k = key.apply(value);
      String first = firstAt.putIfAbsent(k, f.position());
      if (first != null) {
        throw f.fail(keyField, twice.apply(k, first));
      }
      out.put(k, value);
    };
    if (csv) {
      CsvFields.read(in, sourceName, limits, columns, entry);
    } else {
      json.read(in, sourceName, entry);
    }
    return out;
  }
}
