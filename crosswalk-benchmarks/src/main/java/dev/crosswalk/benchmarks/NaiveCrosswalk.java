package dev.crosswalk.benchmarks;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.query.RelationshipAlgebra;
import dev.crosswalk.core.query.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The naive baseline the benchmarks compare with: the documents kept as Jackson trees
 * ({@code ObjectMapper.readTree}), no model objects, no indexes, no validation; every query
 * scans the requirement and mapping arrays from start to end.
 *
 * <p>It answers the same questions as {@code Queries} with everything in scope (coverage
 * verdicts with roll-up, gaps, a two-hop composition), and tests check it gives the same
 * answers, so the benchmarks compare equal work.
 */
public final class NaiveCrosswalk {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ImmutableList<JsonNode> documents;

  private NaiveCrosswalk(List<JsonNode> documents) {
    this.documents = ImmutableList.copyOf(documents);
  }

  /** Parses every document into a tree. */
  public static NaiveCrosswalk load(List<SyntheticCrosswalk.Document> documents) {
    List<JsonNode> trees = new ArrayList<>();
    for (SyntheticCrosswalk.Document d : documents) {
      trees.add(parse(d.json()));
    }
    return new NaiveCrosswalk(trees);
  }

  /** Parses one document into a tree. */
  public static JsonNode parse(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The verdict of every requirement of {@code target} covered by {@code source}, by reference. */
  public TreeMap<String, Verdict> coverage(String target, String source) {
    requireNonNull(target, "target");
    requireNonNull(source, "source");
    String targetPrefix = target + ":";
    String sourcePrefix = source + ":";
    Map<String, Boolean> assessable = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    for (JsonNode doc : documents) {
      for (JsonNode r : doc.path("requirements")) {
        String id = r.get("id").asText();
        if (id.startsWith(targetPrefix)) {
          assessable.put(id, r.path("assessable").asBoolean(true));
          JsonNode parent = r.get("parent");
          if (parent != null) {
            children.computeIfAbsent(parent.asText(), k -> new ArrayList<>()).add(id);
          }
        }
      }
    }
    Map<String, Verdict> direct = new HashMap<>();
    for (JsonNode doc : documents) {
      for (JsonNode m : doc.path("mappings")) {
        String s = m.get("source").asText();
        String t = m.get("target").asText();
        Relationship rel = Relationship.valueOf(m.get("relationship").asText());
        if (t.startsWith(targetPrefix) && s.startsWith(sourcePrefix)) {
          direct.merge(t, Verdict.of(rel), Verdict::better);
        } else if (s.startsWith(targetPrefix) && t.startsWith(sourcePrefix)) {
          direct.merge(s, Verdict.of(rel.inverse()), Verdict::better);
        }
      }
    }
    TreeMap<String, Verdict> out = new TreeMap<>();
    for (String id : assessable.keySet()) {
      verdict(id, assessable, children, direct, out);
    }
    return out;
  }

  private static Verdict verdict(String id, Map<String, Boolean> assessable, Map<String, List<String>> children,
      Map<String, Verdict> direct, Map<String, Verdict> done) {
    Verdict known = done.get(id);
    if (known != null) {
      return known;
    }
    List<Verdict> childVerdicts = new ArrayList<>();
    for (String child : children.getOrDefault(id, List.of())) {
      childVerdicts.add(verdict(child, assessable, children, direct, done));
    }
    Verdict v = assessable.get(id)
        ? Verdict.rollUp(direct.getOrDefault(id, Verdict.NOT_COVERED), childVerdicts)
        : Verdict.NOT_APPLICABLE;
    done.put(id, v);
    return v;
  }

  /** The requirements of {@code target} that {@code source} does not fully cover, by reference. */
  public TreeMap<String, Verdict> gaps(String target, String source) {
    TreeMap<String, Verdict> gaps = new TreeMap<>();
    coverage(target, source).forEach((id, v) -> {
      if (v == Verdict.PARTIAL || v == Verdict.NOT_COVERED) {
        gaps.put(id, v);
      }
    });
    return gaps;
  }

  /**
   * One derived mapping of a composition.
   *
   * @param source element of the first framework
   * @param target element of the third framework
   * @param via the pivot element
   * @param relationship the composed relationship
   */
  public record Derived(String source, String target, String via, Relationship relationship) {}

  /**
   * Composes {@code from -> pivot -> to} as {@code Queries.compose} does for curated mappings:
   * one derived mapping per chain, none where a curated mapping or a no-counterpart record exists.
   */
  public List<Derived> compose(String from, String pivot, String to) {
    String fromPrefix = from + ":";
    String pivotPrefix = pivot + ":";
    String toPrefix = to + ":";
    Map<String, List<String[]>> firstLinks = new HashMap<>(); // pivot element -> (a, rel)
    Map<String, List<String[]>> secondLinks = new HashMap<>(); // pivot element -> (c, rel)
    Set<String> curated = new HashSet<>();
    Set<String> noCounterpart = new HashSet<>();
    for (JsonNode doc : documents) {
      for (JsonNode m : doc.path("mappings")) {
        String s = m.get("source").asText();
        String t = m.get("target").asText();
        String rel = m.get("relationship").asText();
        String inverse = Relationship.valueOf(rel).inverse().name();
        if (s.startsWith(fromPrefix) && t.startsWith(pivotPrefix)) {
          firstLinks.computeIfAbsent(t, k -> new ArrayList<>()).add(new String[] {s, rel});
        } else if (t.startsWith(fromPrefix) && s.startsWith(pivotPrefix)) {
          firstLinks.computeIfAbsent(s, k -> new ArrayList<>()).add(new String[] {t, inverse});
        } else if (s.startsWith(pivotPrefix) && t.startsWith(toPrefix)) {
          secondLinks.computeIfAbsent(s, k -> new ArrayList<>()).add(new String[] {t, rel});
        } else if (t.startsWith(pivotPrefix) && s.startsWith(toPrefix)) {
          secondLinks.computeIfAbsent(t, k -> new ArrayList<>()).add(new String[] {s, inverse});
        } else if (s.startsWith(fromPrefix) && t.startsWith(toPrefix)) {
          curated.add(s + "\n" + t);
        } else if (t.startsWith(fromPrefix) && s.startsWith(toPrefix)) {
          curated.add(t + "\n" + s);
        }
      }
      for (JsonNode n : doc.path("noCounterparts")) {
        noCounterpart.add(n.get("element").asText() + "\n" + n.get("framework").asText());
      }
    }
    Set<Derived> out = new HashSet<>();
    for (Map.Entry<String, List<String[]>> e : firstLinks.entrySet()) {
      String b = e.getKey();
      for (String[] first : e.getValue()) {
        String a = first[0];
        if (noCounterpart.contains(a + "\n" + to)) {
          continue;
        }
        for (String[] second : secondLinks.getOrDefault(b, List.of())) {
          String c = second[0];
          Optional<Relationship> rel = RelationshipAlgebra.compose(
              Relationship.valueOf(first[1]), Relationship.valueOf(second[1]));
          if (rel.isPresent() && !curated.contains(a + "\n" + c) && !noCounterpart.contains(c + "\n" + from)) {
            out.add(new Derived(a, c, b, rel.get()));
          }
        }
      }
    }
    return new ArrayList<>(out);
  }
}
