package dev.crosswalk.report;

import static java.util.Objects.requireNonNull;

import dev.crosswalk.core.model.Control;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Element;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.query.CoverageReport;
import dev.crosswalk.core.query.Evidence;
import dev.crosswalk.core.query.Grading;
import dev.crosswalk.core.query.RequirementCoverage;
import dev.crosswalk.core.query.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How strongly each group of source elements covers each top-level requirement of the target: the
 * grid behind the {@link ReadinessReport}'s heatmap (docs/reports.md shows it for the bundled
 * crosswalk).
 *
 * <p><b>Rows.</b> The highest assessable requirements of the target's tree (those whose parent is
 * missing or not assessable), in tree order, each with the top-level requirement above it as its
 * group (a section grouping standards, say). A row stands for the applicable requirements of its
 * subtree, {@code A(R)}: the row requirement and its descendants whose verdict is not
 * {@link Verdict#NOT_APPLICABLE}. Rows with none are left out.
 *
 * <p><b>Columns.</b> For a source framework, its top-level requirements; a column outside the
 * report's scope is marked and scores 0. They are grouped under the value of the framework's
 * first {@link Framework#GROUP_BY groupBy} key when the framework gives that key a display order
 * ({@link Framework#valueOrder}); groups follow that order, values it does not list after them in
 * natural order, columns without a value last, and columns within a group follow their
 * identifiers with numbers compared as numbers. A framework without such an order has its
 * columns in identifier order, ungrouped. For a control inventory, the controls' {@code domain}
 * attribute (else their catalog), in name order.
 *
 * <p><b>Score</b> of row {@code R} and column {@code C}:
 * <pre>
 *   score(R, C) = (1 / |A(R)|) * sum over t in A(R) of own(t, C)
 *   own(t, C)   = the graded own score of t (Grading.own) from its counted evidence whose
 *                 source element is in C alone: 1 if one covers t, else 1 - prod(1 - strength/10)
 *                 over the partial ones, at most 0.9; 0 when there is none
 * </pre>
 * Counted evidence is what adds to the verdict ({@link Evidence#counts()}): mappings out of
 * scope, {@code NOT_RELATED} and inactive inventory controls are not counted; a joint source
 * counts in the column of each member. The score lies in [0, 1]: 1 means every applicable
 * requirement of the row is covered by a mapping from that column alone. Its
 * {@link Cell#shade() shade} is {@code ceil(score * 5)}, 0 to 5.
 *
 * @param columns the columns, in display order
 * @param rows the rows, in the target's tree order
 */
public record Heatmap(List<Column> columns, List<Row> rows) {
  /**
   * The most cells {@link ReadinessReport} shows; a larger grid (its size grows with the product
   * of the target's and the source's top-level requirements) is left out of the page.
   */
  public static final int MAX_CELLS = 10_000;


  /** The number of non-empty shades; {@link Cell#shade()} is 0 to this. */
  public static final int SHADES = 5;

  /** Validates and copies the components; every row has one cell per column. */
  public Heatmap {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    for (Row r : rows) {
      if (r.cells().size() != columns.size()) {
        throw new IllegalArgumentException("row " + r.id() + " has " + r.cells().size() + " cells for "
            + columns.size() + " columns");
      }
    }
  }

  /**
   * One column: a group of source elements.
   *
   * @param id the column's key: a top-level requirement's reference, or {@code catalog:domain}
   * @param label the short heading, e.g. {@code CC6}
   * @param title the long heading, e.g. "Logical and physical access controls"
   * @param category the heading above several columns (the value of the framework's first
   *     {@code groupBy} key), empty when none
   * @param inScope false when the report's scope excludes the column's elements
   */
  public record Column(String id, String label, String title, String category, boolean inScope) {
    /** Validates the components. */
    public Column {
      requireNonNull(id, "id");
      requireNonNull(label, "label");
      requireNonNull(title, "title");
      requireNonNull(category, "category");
    }
  }

  /**
   * One row: a top-level assessable requirement of the target and its subtree.
   *
   * @param group the top-level requirement above the row (e.g. a section), if any
   * @param id the row requirement
   * @param title its title
   * @param verdict its rolled-up verdict
   * @param requirements {@code |A(R)|}: how many applicable requirements the row stands for
   * @param cells one per column, in column order
   */
  public record Row(Optional<ElementRef> group, ElementRef id, String title, Verdict verdict, int requirements,
      List<Cell> cells) {
    /** Validates and copies the components. */
    public Row {
      requireNonNull(group, "group");
      requireNonNull(id, "id");
      requireNonNull(title, "title");
      requireNonNull(verdict, "verdict");
      if (requirements <= 0) {
        throw new IllegalArgumentException("row " + id + " stands for no applicable requirement");
      }
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell.
   *
   * @param score the score, 0 to 1
   * @param touched how many of the row's applicable requirements have counted evidence from the column
   */
  public record Cell(double score, int touched) {
    /** Checks the score is in [0, 1] and the count is not negative. */
    public Cell {
      if (!(score >= 0 && score <= 1)) {
        throw new IllegalArgumentException("score must be in [0, 1], got " + score);
      }
      if (touched < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }

    /** The shade: 0 for a score of 0, else {@code ceil(score * 5)}, so 1 to {@value Heatmap#SHADES}. */
    public int shade() {
      return score == 0 ? 0 : Math.max(1, Math.min(SHADES, (int) Math.ceil(score * SHADES)));
    }
  }

  /** The heatmap of a coverage report; the crosswalk must be the one the report was run on. */
  public static Heatmap of(Crosswalk crosswalk, CoverageReport report) {
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(report, "report");
    List<Column> columns = columns(crosswalk, report);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).id(), i);
    }
    List<Row> rows = new ArrayList<>();
    for (Requirement root : roots(crosswalk, report.targetFramework())) {
      if (root.assessable()) {
        row(crosswalk, report, root, Optional.empty(), columns, index).ifPresent(rows::add);
      } else {
        for (Requirement top : topAssessable(crosswalk, root)) {
          row(crosswalk, report, top, Optional.of(root.id()), columns, index).ifPresent(rows::add);
        }
      }
    }
    return new Heatmap(columns, rows);
  }

  /**
   * At least the number of cells {@link #of} would compute (columns times candidate rows), found
   * in time linear in the crosswalk, so a caller can leave out a grid too large to show.
   */
  static long cellsAtMost(Crosswalk crosswalk, CoverageReport report) {
    long rows = 0;
    for (Requirement root : roots(crosswalk, report.targetFramework())) {
      rows += root.assessable() ? 1 : topAssessable(crosswalk, root).size();
    }
    return rows * columns(crosswalk, report).size();
  }

  private static Optional<Row> row(Crosswalk cw, CoverageReport report, Requirement top, Optional<ElementRef> group,
      List<Column> columns, Map<String, Integer> index) {
    List<RequirementCoverage> applicable = new ArrayList<>();
    List<Requirement> subtree = new ArrayList<>();
    subtree.add(top);
    subtree.addAll(cw.descendants(top.id()));
    for (Requirement r : subtree) {
      RequirementCoverage c = report.requirements().get(r.id());
      if (c != null && c.verdict().isApplicable()) {
        applicable.add(c);
      }
    }
    if (applicable.isEmpty()) {
      return Optional.empty();
    }
    double[] sums = new double[columns.size()];
    int[] touched = new int[columns.size()];
    for (RequirementCoverage c : applicable) {
      List<List<Evidence>> byColumn = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        byColumn.add(new ArrayList<>());
      }
      for (Evidence e : c.evidence()) {
        if (!e.counts()) {
          continue;
        }
        // A joint source counts in the column of each of its members (once per column).
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (ElementRef member : e.mapping().source().members()) {
          Optional<Element> source = cw.element(member);
          if (source.isEmpty()) {
            continue;
          }
          Integer col = index.get(columnKey(cw, source.get()));
          if (col != null && seen.add(col)) {
            byColumn.get(col).add(e);
          }
        }
      }
      for (int i = 0; i < columns.size(); i++) {
        List<Evidence> shown = byColumn.get(i);
        sums[i] += shown.isEmpty() ? 0 : Grading.own(shown);
        touched[i] += shown.isEmpty() ? 0 : 1;
      }
    }
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      cells.add(new Cell(Math.min(1.0, sums[i] / applicable.size()), touched[i]));
    }
    RequirementCoverage own = report.requirements().get(top.id());
    Verdict verdict = own == null ? Verdict.NOT_APPLICABLE : own.verdict();
    return Optional.of(new Row(group, top.id(), top.title(), verdict, applicable.size(), cells));
  }

  /** The highest assessable requirements below a grouping node, in tree order. */
  private static List<Requirement> topAssessable(Crosswalk cw, Requirement node) {
    List<Requirement> out = new ArrayList<>();
    for (Requirement child : cw.children(node.id())) {
      if (child.assessable()) {
        out.add(child);
      } else {
        out.addAll(topAssessable(cw, child));
      }
    }
    return out;
  }

  private static List<Requirement> roots(Crosswalk cw, String framework) {
    return cw.requirements(framework).stream().filter(r -> r.parent().isEmpty()).toList();
  }

  /** The column key of a source element: its top-level requirement, or its control domain. */
  static String columnKey(Crosswalk cw, Element e) {
    if (e instanceof Requirement r) {
      List<Requirement> ancestors = cw.ancestors(r.id());
      return (ancestors.isEmpty() ? r : ancestors.get(ancestors.size() - 1)).id().toString();
    }
    Control c = (Control) e;
    return c.id().framework() + ":" + c.attribute("domain").orElse(c.id().framework());
  }

  private static List<Column> columns(Crosswalk cw, CoverageReport report) {
    List<Column> out = new ArrayList<>();
    Map<String, ColumnGroups> groups = new HashMap<>();
    if (cw.framework(report.source()).isPresent()) {
      for (Requirement root : roots(cw, report.source())) {
        out.add(new Column(root.id().toString(), root.id().ref(), root.title(), groups(cw, groups, root).of(root),
            report.scope().includes(cw, root)));
      }
      TreeMap<String, Column> domains = new TreeMap<>();
      for (Control c : cw.controls(report.source())) {
        String key = columnKey(cw, c);
        domains.putIfAbsent(key, new Column(key, key.substring(key.indexOf(':') + 1), key, "", true));
      }
      out.addAll(domains.values());
    } else {
      TreeMap<String, Column> found = new TreeMap<>();
      for (RequirementCoverage c : report.requirements().values()) {
        for (Evidence e : c.evidence()) {
          for (ElementRef member : e.mapping().source().members()) {
            cw.element(member).ifPresent(src -> {
              String key = columnKey(cw, src);
              found.computeIfAbsent(key, k -> column(cw, report, src, k, groups));
            });
          }
        }
      }
      out.addAll(found.values());
    }
    // A column's key starts with its framework's id: its group order is that framework's.
    Comparator<Column> byGroup = Comparator.comparingInt(
        c -> groups.computeIfAbsent(framework(c), f -> ColumnGroups.of(cw, f)).rank(c.category()));
    out.sort(byGroup.thenComparing(c -> c.category().isEmpty()) // columns without a group after the groups
        .thenComparing(Column::category, Heatmap::natural).thenComparing(Column::label, Heatmap::natural));
    return out;
  }

  private static Column column(Crosswalk cw, CoverageReport report, Element source, String key,
      Map<String, ColumnGroups> groups) {
    if (source instanceof Requirement r) {
      List<Requirement> ancestors = cw.ancestors(r.id());
      Requirement root = ancestors.isEmpty() ? r : ancestors.get(ancestors.size() - 1);
      return new Column(key, root.id().ref(), root.title(), groups(cw, groups, root).of(root),
          report.scope().includes(cw, root));
    }
    return new Column(key, key.substring(key.indexOf(':') + 1), key, "", true);
  }

  private static ColumnGroups groups(Crosswalk cw, Map<String, ColumnGroups> groups, Requirement root) {
    return groups.computeIfAbsent(root.id().framework(), f -> ColumnGroups.of(cw, f));
  }

  /** The framework of a column: its key is {@code framework:ref} or {@code catalog:domain}. */
  private static String framework(Column c) {
    return c.id().substring(0, c.id().indexOf(':'));
  }

  /**
   * How one framework's columns are grouped: under the value of its first {@code groupBy} key,
   * in the key's {@code valueOrder}, when the framework gives one; else not at all.
   */
  private record ColumnGroups(Optional<String> attribute, List<String> order) {
    static ColumnGroups of(Crosswalk cw, String framework) {
      List<String> keys = WellKnownAttributes.groupBy(cw, framework);
      List<String> order = keys.isEmpty() ? List.of()
          : cw.framework(framework).map(f -> f.valueOrder(keys.get(0))).orElse(List.of());
      return order.isEmpty() ? new ColumnGroups(Optional.empty(), List.of())
          : new ColumnGroups(Optional.of(keys.get(0)), order);
    }

    /** The group of a top-level requirement: its value of the attribute; empty when ungrouped. */
    String of(Requirement root) {
      return attribute.flatMap(root::attribute).orElse("");
    }

    /**
     * The place of a group in the order; every value the order does not list (and every column of
     * an ungrouped framework, such as a catalog's domains) comes after all listed ones.
     */
    int rank(String group) {
      int i = order.indexOf(group);
      return i < 0 ? Integer.MAX_VALUE : i;
    }
  }

  /**
   * Compares text with runs of digits compared as numbers: CC2 before CC10, AC-2 before AC-19.
   * Used for the heatmap's columns and for listing requirements in reading order.
   */
  public static int natural(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
        if (c != 0) {
          return c;
        }
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }
}
