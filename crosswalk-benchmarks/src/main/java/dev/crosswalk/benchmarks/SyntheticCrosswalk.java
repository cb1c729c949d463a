package dev.crosswalk.benchmarks;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Crosswalk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Generates large synthetic crosswalks in the canonical JSON format, seeded and deterministic:
 * the same {@link Spec} gives byte-identical documents.
 *
 * <p>The shape imitates real crosswalks such as the Secure Controls Framework (SCF) and NIST OLIR
 * mappings, only bigger:
 * <ul>
 *   <li>one hub framework ({@value #HUB}, 5% of the requirements, three levels like SCF or NIST
 *       SP 800-53: domain, control, enhancement) that half of all mappings point at or come from,
 *       as SCF's set theory relationship mappings do;
 *   <li>the other frameworks' sizes are log-normal (a few big catalogs, many small regulations),
 *       each at least {@value #MIN_FRAMEWORK_SIZE} requirements;
 *   <li>each framework is a hierarchy of 2 to 6 levels (ISO 27001 Annex A has 2, NIST SP 800-53 3,
 *       HIPAA and SOC 2 4); a few roots (3 to 40, like families or sections), geometric growth
 *       below them; every element below the roots has a parent chosen uniformly on the level
 *       above, so children per parent are Poisson-distributed and some inner nodes are leaves;
 *       roots with children are grouping nodes ({@code assessable: false}) carrying a
 *       {@code category} attribute their descendants inherit;
 *   <li>the other half of the mappings connect {@value #DIRECT_PAIRS_PER_FRAMEWORK} framework pairs
 *       per framework, chosen with probability growing with both sizes (big catalogs are mapped
 *       to each other more often);
 *   <li>sources are picked uniformly; targets are skewed towards a framework's first (most
 *       general) requirements, so a few requirements have hundreds of mappings (fan-in) while
 *       most have a handful;
 *   <li>NIST IR 8477 relationships in realistic proportions (mostly {@code INTERSECTS_WITH}),
 *       strengths consistent with them, a unique one-sentence justification (about 100
 *       characters) and one or two of three provenance sources;
 *   <li>a no-counterpart record for about a third of the requirements that have no mapping to the
 *       hub.
 * </ul>
 *
 * <p>Documents are split as the bundled data is: one for the frameworks and sources, one per
 * group of frameworks' requirements (at most {@value #REQUIREMENTS_PER_DOCUMENT} each), one per
 * {@value #MAPPINGS_PER_DOCUMENT} mappings (sorted as the canonical writer sorts them) and one for
 * the no-counterpart records, so no document comes near the reader's default size limit.
 */
public final class SyntheticCrosswalk {
  /** The id of the hub framework. */
  public static final String HUB = "hub";
  /** The smallest framework generated, in requirements. */
  public static final int MIN_FRAMEWORK_SIZE = 5;
  /** Direct (non-hub) framework pairs per framework. */
  public static final int DIRECT_PAIRS_PER_FRAMEWORK = 2;
  /** Most requirements in one document. */
  public static final int REQUIREMENTS_PER_DOCUMENT = 25_000;
  /** Most mappings in one document. */
  public static final int MAPPINGS_PER_DOCUMENT = 100_000;
  /** Bump when the output changes, so cached files are regenerated. */
  static final int GENERATOR_VERSION = 1;

  static final String[] CATEGORIES = {"governance", "protect", "detect", "respond", "recover"};
  static final String[] SOURCES = {"synthetic-curation", "synthetic-olir", "synthetic-strm"};
  private static final String[] RELATIONSHIPS = {"EQUAL", "SUBSET_OF", "SUPERSET_OF", "INTERSECTS_WITH", "NOT_RELATED"};
  /** Cumulative weights of {@link #RELATIONSHIPS}: 12%, 18%, 12%, 53%, 5%. */
  private static final double[] RELATIONSHIP_CDF = {0.12, 0.30, 0.42, 0.95, 1.0};
  private static final String[] KINDS = {"domain", "section", "control", "requirement", "specification", "paragraph"};
  private static final String[] FRAMEWORK_KINDS = {"REGULATION", "STANDARD", "ATTESTATION_CRITERIA"};
  private static final String[] WORDS = {
      "access", "account", "asset", "audit", "authorize", "backup", "baseline", "boundary", "change",
      "configuration", "continuity", "contract", "cryptographic", "data", "device", "disposal",
      "encryption", "event", "evidence", "facility", "incident", "integrity", "inventory", "key",
      "least", "log", "maintenance", "media", "monitor", "network", "password", "personnel", "physical",
      "policy", "privacy", "privilege", "procedure", "recovery", "record", "remote", "retention",
      "review", "risk", "role", "sanction", "session", "supplier", "system", "testing", "threat",
      "training", "transmission", "user", "vendor", "vulnerability", "workforce"};

  private SyntheticCrosswalk() {}

  /**
   * What to generate.
   *
   * @param seed the random seed; the same spec gives the same bytes
   * @param frameworks number of frameworks, the hub included (at least 3)
   * @param requirements number of requirements over all frameworks
   * @param mappings number of mappings
   */
  public record Spec(long seed, int frameworks, int requirements, int mappings) {
    /** The default seed. */
    public static final long SEED = 8477;
    /** 200 frameworks, 100,000 requirements, 1,000,000 mappings: five times SCF's mapping count. */
    public static final Spec LARGEST = new Spec(SEED, 200, 100_000, 1_000_000);

    /** Checks the numbers can make a valid crosswalk. */
    public Spec {
      checkArgument(frameworks >= 3, "at least 3 frameworks (hub, source, target), got %s", frameworks);
      checkArgument(requirements >= (frameworks - 1) * MIN_FRAMEWORK_SIZE + 20,
          "%s requirements are too few for %s frameworks", requirements, frameworks);
      checkArgument(mappings >= 0 && mappings <= requirements * 50L,
          "mappings must be 0 to 50 per requirement, got %s", mappings);
    }

    /**
     * {@link #LARGEST} scaled to another mapping count: ten mappings per requirement, and
     * frameworks growing with the square root of the size (20 at 10,000 mappings, 63 at 100,000,
     * 200 at 1,000,000).
     */
    public static Spec scaled(int mappings) {
      int frameworks = (int) Math.max(3, Math.round(200 * Math.sqrt(mappings / 1_000_000.0)));
      return new Spec(SEED, frameworks, Math.max(mappings / 10, (frameworks - 1) * MIN_FRAMEWORK_SIZE + 20), mappings);
    }

    /** A short name for file and directory names. */
    public String key() {
      return "v" + GENERATOR_VERSION + "-seed" + seed + "-f" + frameworks + "-r" + requirements + "-m" + mappings;
    }
  }

  /**
   * One generated document.
   *
   * @param name file name, e.g. {@code mappings-003.json}
   * @param json the canonical JSON, UTF-8
   */
  public record Document(String name, byte[] json) {
    /** Checks the components. */
    public Document {
      requireNonNull(name, "name");
      requireNonNull(json, "json");
    }
  }

  /**
   * A generated crosswalk: its documents and the frameworks a benchmark queries.
   *
   * @param spec what was generated
   * @param documents the documents, to be read together
   * @param largest the biggest framework other than the hub
   * @param secondLargest the second biggest framework other than the hub
   */
  public record Generated(Spec spec, ImmutableList<Document> documents, String largest, String secondLargest) {
    /** Checks and copies the components. */
    public Generated {
      requireNonNull(spec, "spec");
      documents = ImmutableList.copyOf(documents);
      requireNonNull(largest, "largest");
      requireNonNull(secondLargest, "secondLargest");
    }

    /** Total size of the documents in bytes. */
    public long bytes() {
      return documents.stream().mapToLong(d -> d.json().length).sum();
    }

    /** Reads every document with the real reader and builds the crosswalk. */
    public Crosswalk load() {
      List<CrosswalkReader.Input> inputs = new ArrayList<>(documents.size());
      for (Document d : documents) {
        inputs.add(CrosswalkReader.Input.of(d.name(), d.json()));
      }
      return CrosswalkReader.create().read(inputs);
    }
  }

  /**
   * The crosswalk for a spec, generated once and cached as files under {@code cacheRoot} (one
   * directory per spec, with an {@code index.txt} naming the documents in order), so benchmark
   * forks and fresh JVMs do not each pay for generation.
   */
  public static Generated cached(Spec spec, Path cacheRoot) {
    Path dir = cacheRoot.resolve(spec.key());
    Path index = dir.resolve("index.txt");
    try {
      if (!Files.exists(index)) {
        Generated g = generate(spec);
        Path tmp = Files.createDirectories(cacheRoot).resolve(spec.key() + ".tmp-" + ProcessHandle.current().pid());
        Files.createDirectories(tmp);
        StringBuilder lines = new StringBuilder(g.largest() + "\n" + g.secondLargest() + "\n");
        for (Document d : g.documents()) {
          Files.write(tmp.resolve(d.name()), d.json());
          lines.append(d.name()).append('\n');
        }
        Files.writeString(tmp.resolve("index.txt"), lines);
        try {
          Files.move(tmp, dir);
        } catch (IOException raced) {
          deleteTree(tmp); // another process wrote it first; same bytes
        }
        return g;
      }
      List<String> lines = Files.readAllLines(index);
      List<Document> docs = new ArrayList<>();
      for (String name : lines.subList(2, lines.size())) {
        docs.add(new Document(name, Files.readAllBytes(dir.resolve(name))));
      }
      return new Generated(spec, ImmutableList.copyOf(docs), lines.get(0), lines.get(1));
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot cache synthetic crosswalk in " + dir + ": " + e, e);
    }
  }

  /** The files of a spec's cached documents, in reading order; generated first if need be. */
  public static List<Path> cachedFiles(Spec spec, Path cacheRoot) {
    Path dir = cacheRoot.resolve(spec.key());
    if (!Files.exists(dir.resolve("index.txt"))) {
      cached(spec, cacheRoot);
    }
    try {
      List<String> lines = Files.readAllLines(dir.resolve("index.txt"));
      return lines.subList(2, lines.size()).stream().map(dir::resolve).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Generates the crosswalk for a spec in memory. */
  public static Generated generate(Spec spec) {
    return new Generator(spec).run();
  }

  /** The state of one generation. */
  private static final class Generator {
    private final Spec spec;
    private final SplittableRandom random;
    private final int frameworkCount;
    private final String[] frameworkIds;
    private final int[] size;
    private final int[] offset;
    /** Per requirement (global index): parent's global index or -1, level, ref. */
    private final int[] parent;
    private final int[] level;
    private final String[] ref;
    private final BitSet hasChildren = new BitSet();
    /** Per framework: its assessable requirements, most general (lowest level) first. */
    private final int[][] assessable;
    private final int[] frameworkOf;

    Generator(Spec spec) {
      this.spec = spec;
      this.random = new SplittableRandom(spec.seed());
      this.frameworkCount = spec.frameworks();
      this.frameworkIds = new String[frameworkCount];
      this.size = new int[frameworkCount];
      this.offset = new int[frameworkCount];
      this.parent = new int[spec.requirements()];
      this.level = new int[spec.requirements()];
      this.ref = new String[spec.requirements()];
      this.assessable = new int[frameworkCount][];
      this.frameworkOf = new int[spec.requirements()];
    }

    Generated run() {
      sizes();
      for (int f = 0; f < frameworkCount; f++) {
        frameworkIds[f] = f == 0 ? HUB : String.format("fw%03d", f);
        hierarchy(f);
      }
      List<long[]> mappings = mappings();
      List<Document> docs = new ArrayList<>();
      docs.add(document("frameworks.json", this::writeFrameworks));
      int first = 0;
      int part = 0;
      while (first < frameworkCount) {
        int last = first;
        int count = size[first];
        while (last + 1 < frameworkCount && count + size[last + 1] <= REQUIREMENTS_PER_DOCUMENT) {
          count += size[++last];
        }
        int from = first;
        int to = last;
        docs.add(document(String.format("requirements-%03d.json", part++), g -> writeRequirements(g, from, to)));
        first = last + 1;
      }
      for (int start = 0, k = 0; start < mappings.size(); start += MAPPINGS_PER_DOCUMENT, k++) {
        List<long[]> chunk = mappings.subList(start, Math.min(mappings.size(), start + MAPPINGS_PER_DOCUMENT));
        docs.add(document(String.format("mappings-%03d.json", k), g -> writeMappings(g, chunk)));
      }
      docs.add(document("no-counterparts.json", g -> writeNoCounterparts(g, mappings)));
      Integer[] bySize = new Integer[frameworkCount - 1];
      for (int f = 1; f < frameworkCount; f++) {
        bySize[f - 1] = f;
      }
      Arrays.sort(bySize, Comparator.comparingInt((Integer f) -> -size[f]).thenComparing(f -> f));
      return new Generated(spec, ImmutableList.copyOf(docs), frameworkIds[bySize[0]], frameworkIds[bySize[1]]);
    }

    // ---- frameworks and hierarchies ---------------------------------------------------------

    private void sizes() {
      int total = spec.requirements();
      size[0] = Math.max(20, total / 20);
      int rest = total - size[0];
      double[] weight = new double[frameworkCount];
      double sum = 0;
      for (int f = 1; f < frameworkCount; f++) {
        weight[f] = Math.exp(0.9 * gaussian());
        sum += weight[f];
      }
      int assigned = 0;
      for (int f = 1; f < frameworkCount; f++) {
        size[f] = Math.max(MIN_FRAMEWORK_SIZE, (int) (rest * weight[f] / sum));
        assigned += size[f];
      }
      // Spread the rounding difference one requirement at a time over the frameworks.
      int f = 1;
      while (assigned != rest) {
        if (assigned < rest) {
          size[f]++;
          assigned++;
        } else if (size[f] > MIN_FRAMEWORK_SIZE) {
          size[f]--;
          assigned--;
        }
        f = f + 1 == frameworkCount ? 1 : f + 1;
      }
      for (int i = 1; i < frameworkCount; i++) {
        offset[i] = offset[i - 1] + size[i - 1];
      }
    }

    private void hierarchy(int f) {
      int n = size[f];
      int levels = f == 0 ? 3 : pickLevels();
      int roots = Math.max(1, Math.min(40, (int) Math.round(Math.sqrt(n) / 2)));
      double branching = branching(n, roots, levels);
      while (levels > 2 && branching < 1.5) {
        levels--;
        branching = branching(n, roots, levels);
      }
      int[] levelSize = new int[levels];
      int placed = 0;
      for (int k = 0; k < levels; k++) {
        levelSize[k] = k == levels - 1 ? n - placed
            : Math.max(1, Math.min(n - placed - (levels - 1 - k), (int) Math.round(roots * Math.pow(branching, k))));
        placed += levelSize[k];
      }
      int base = offset[f];
      int start = 0;
      int[] childCount = new int[n];
      List<Integer> order = new ArrayList<>(n);
      for (int k = 0; k < levels; k++) {
        for (int i = 0; i < levelSize[k]; i++) {
          int local = start + i;
          frameworkOf[base + local] = f;
          level[base + local] = k;
          if (k == 0) {
            parent[base + local] = -1;
          } else {
            int prevStart = start - levelSize[k - 1];
            int p = prevStart + random.nextInt(levelSize[k - 1]);
            parent[base + local] = base + p;
            hasChildren.set(base + p);
          }
        }
        start += levelSize[k];
      }
      // Refs: roots A, B, ..., Z, AA, ...; children parent.1, parent.2, ... in index order.
      for (int local = 0; local < n; local++) {
        int g = base + local;
        if (parent[g] < 0) {
          ref[g] = letters(local);
        } else {
          int p = parent[g] - base;
          ref[g] = ref[parent[g]] + "." + (++childCount[p]);
        }
        order.add(g);
      }
      assessable[f] = order.stream().filter(g -> !(parent[g] < 0 && hasChildren.get(g)))
          .mapToInt(Integer::intValue).toArray();
    }

    private int pickLevels() {
      double u = random.nextDouble();
      return u < 0.20 ? 2 : u < 0.55 ? 3 : u < 0.85 ? 4 : u < 0.95 ? 5 : 6;
    }

    /** The growth factor b with roots * (1 + b + ... + b^(levels-1)) = n. */
    private static double branching(int n, int roots, int levels) {
      double lo = 0;
      double hi = n;
      for (int i = 0; i < 100; i++) {
        double mid = (lo + hi) / 2;
        double sum = 0;
        for (int k = 0; k < levels; k++) {
          sum += roots * Math.pow(mid, k);
        }
        if (sum < n) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private static String letters(int i) {
      StringBuilder b = new StringBuilder();
      int n = i;
      do {
        b.insert(0, (char) ('A' + n % 26));
        n = n / 26 - 1;
      } while (n >= 0);
      return b.toString();
    }

    // ---- mappings -----------------------------------------------------------------------------

    /** Mappings as {source, target, packed attributes}; sorted as the canonical writer sorts. */
    private List<long[]> mappings() {
      int pairs = frameworkCount - 1 + DIRECT_PAIRS_PER_FRAMEWORK * frameworkCount;
      int[] pairFrom = new int[pairs];
      int[] pairTo = new int[pairs];
      double[] cumulative = new double[pairs];
      int count = 0;
      double hubTotal = 0;
      for (int f = 1; f < frameworkCount; f++) {
        hubTotal += assessable[f].length;
      }
      for (int f = 1; f < frameworkCount; f++) {
        boolean toHub = random.nextBoolean();
        pairFrom[count] = toHub ? f : 0;
        pairTo[count] = toHub ? 0 : f;
        cumulative[count] = (count == 0 ? 0 : cumulative[count - 1]) + 0.5 * assessable[f].length / hubTotal;
        count++;
      }
      // Direct pairs: drawn with probability growing with both sizes, weighted by the smaller.
      Set<Long> chosen = new HashSet<>();
      double[] direct = new double[pairs];
      int directStart = count;
      double directTotal = 0;
      int attempts = 0;
      while (count < pairs && attempts++ < pairs * 100) {
        int a = 1 + random.nextInt(frameworkCount - 1);
        int b = 1 + random.nextInt(frameworkCount - 1);
        if (a == b || random.nextDouble() > Math.sqrt((double) size[a] * size[b]) / maxSize()) {
          continue;
        }
        if (!chosen.add((long) Math.min(a, b) * frameworkCount + Math.max(a, b))) {
          continue;
        }
        pairFrom[count] = a;
        pairTo[count] = b;
        direct[count] = Math.min(assessable[a].length, assessable[b].length);
        directTotal += direct[count];
        count++;
      }
      for (int i = directStart; i < count; i++) {
        cumulative[i] = cumulative[i - 1] + 0.5 * direct[i] / directTotal;
      }
      double totalWeight = cumulative[count - 1];

      Set<Long> seen = new HashSet<>(spec.mappings() * 2);
      List<long[]> out = new ArrayList<>(spec.mappings());
      long maxAttempts = 50L * spec.mappings() + 1000;
      for (long attempt = 0; out.size() < spec.mappings(); attempt++) {
        if (attempt > maxAttempts) {
          throw new IllegalStateException("cannot place " + spec.mappings() + " distinct mappings in " + spec);
        }
        int pair = Arrays.binarySearch(cumulative, 0, count, random.nextDouble() * totalWeight);
        pair = pair < 0 ? Math.min(count - 1, -pair - 1) : pair;
        int[] sources = assessable[pairFrom[pair]];
        int[] targets = assessable[pairTo[pair]];
        int s = sources[random.nextInt(sources.length)];
        double u = random.nextDouble();
        int t = targets[(int) (targets.length * u * u)];
        if (!seen.add((long) s * spec.requirements() + t) || seen.contains((long) t * spec.requirements() + s)) {
          continue;
        }
        int relationship = pick(RELATIONSHIP_CDF);
        int strength = switch (relationship) {
          case 0 -> 7 + random.nextInt(4);
          case 1, 2 -> 4 + random.nextInt(6);
          case 3 -> 2 + random.nextInt(6);
          default -> 1;
        };
        double r = random.nextDouble();
        int rationale = r < 0.6 ? 1 : r < 0.9 ? 2 : 0;
        int sourceMask = random.nextInt(3) == 0 ? (1 << random.nextInt(3)) | (1 << random.nextInt(3)) : 1 << random.nextInt(3);
        long attributes = relationship | (long) rationale << 4 | (long) strength << 8 | (long) sourceMask << 16
            | (random.nextLong() & 0xffffffL) << 24;
        out.add(new long[] {s, t, attributes});
      }
      out.sort(Comparator.<long[], String>comparing(m -> frameworkIds[frameworkOf[(int) m[0]]])
          .thenComparing(m -> ref[(int) m[0]])
          .thenComparing(m -> frameworkIds[frameworkOf[(int) m[1]]])
          .thenComparing(m -> ref[(int) m[1]]));
      return out;
    }

    private int maxSize() {
      return Arrays.stream(size, 1, frameworkCount).max().orElse(1);
    }

    private int pick(double[] cdf) {
      double u = random.nextDouble();
      for (int i = 0; i < cdf.length; i++) {
        if (u < cdf[i]) {
          return i;
        }
      }
      return cdf.length - 1;
    }

    private double gaussian() {
      // Box-Muller on the seeded generator, so the output does not depend on java.util.Random.
      double u1 = Math.max(1e-12, random.nextDouble());
      double u2 = random.nextDouble();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    // ---- writing ------------------------------------------------------------------------------

    private interface Body {
      void write(JsonGenerator g) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private Document document(String name, Body body) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
      try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        g.setPrettyPrinter(pp);
        g.writeStartObject();
        g.writeStringField("formatVersion", "1.0");
        body.write(g);
        g.writeEndObject();
        g.writeRaw('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Document(name, bytes.toByteArray());
    }

    private void writeFrameworks(JsonGenerator g) throws IOException {
      g.writeArrayFieldStart("frameworks");
      for (int f = 0; f < frameworkCount; f++) {
        g.writeStartObject();
        g.writeStringField("id", frameworkIds[f]);
        g.writeStringField("name", f == 0 ? "Synthetic hub control framework" : "Synthetic framework " + f);
        g.writeStringField("edition", "synthetic " + spec.key());
        g.writeStringField("publisher", "crosswalk benchmarks");
        g.writeStringField("kind", f == 0 ? "STANDARD" : FRAMEWORK_KINDS[f % FRAMEWORK_KINDS.length]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (String s : SOURCES) {
        g.writeStartObject();
        g.writeStringField("id", s);
        g.writeStringField("title", "Synthetic provenance source " + s);
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void writeRequirements(JsonGenerator g, int fromFramework, int toFramework) throws IOException {
      g.writeArrayFieldStart("requirements");
      SplittableRandom text = new SplittableRandom(spec.seed() * 31 + fromFramework);
      List<Integer> sorted = new ArrayList<>();
      for (int f = fromFramework; f <= toFramework; f++) {
        sorted.clear();
        for (int i = 0; i < size[f]; i++) {
          sorted.add(offset[f] + i);
        }
        sorted.sort(Comparator.comparing(i -> ref[i]));
        for (int i : sorted) {
          g.writeStartObject();
          g.writeStringField("id", frameworkIds[f] + ":" + ref[i]);
          g.writeStringField("title", words(text, 2, 5, true));
          g.writeStringField("kind", KINDS[Math.min(level[i], KINDS.length - 1)]);
          if (parent[i] >= 0) {
            g.writeStringField("parent", frameworkIds[f] + ":" + ref[parent[i]]);
          }
          g.writeStringField("text", words(text, 8, 30, false) + ".");
          if (parent[i] < 0 && hasChildren.get(i)) {
            g.writeBooleanField("assessable", false);
          }
          if (parent[i] < 0) {
            g.writeObjectFieldStart("attributes");
            g.writeStringField("category", CATEGORIES[(i * 7 + f) % CATEGORIES.length]);
            g.writeEndObject();
          } else if (!hasChildren.get(i) && text.nextInt(4) == 0) {
            g.writeObjectFieldStart("attributes");
            g.writeStringField("designation", text.nextBoolean() ? "required" : "addressable");
            g.writeEndObject();
          }
          g.writeEndObject();
        }
      }
      g.writeEndArray();
    }

    private void writeMappings(JsonGenerator g, List<long[]> chunk) throws IOException {
      g.writeArrayFieldStart("mappings");
      for (long[] m : chunk) {
        int s = (int) m[0];
        int t = (int) m[1];
        long a = m[2];
        String source = frameworkIds[frameworkOf[s]] + ":" + ref[s];
        String target = frameworkIds[frameworkOf[t]] + ":" + ref[t];
        g.writeStartObject();
        g.writeStringField("source", source);
        g.writeStringField("target", target);
        g.writeStringField("relationship", RELATIONSHIPS[(int) (a & 0xf)]);
        g.writeStringField("rationale", new String[] {"SYNTACTIC", "SEMANTIC", "FUNCTIONAL"}[(int) (a >> 4 & 0xf)]);
        g.writeNumberField("strength", (int) (a >> 8 & 0xff));
        SplittableRandom words = new SplittableRandom(a >>> 24);
        g.writeStringField("justification", "Both address " + words(words, 3, 7, false) + "; " + source
            + " differs from " + target + " in " + words(words, 2, 4, false) + ".");
        g.writeArrayFieldStart("sources");
        int mask = (int) (a >> 16 & 0xff);
        for (int i = 0; i < SOURCES.length; i++) {
          if ((mask & 1 << i) != 0) {
            g.writeString(SOURCES[i]);
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void writeNoCounterparts(JsonGenerator g, List<long[]> mappings) throws IOException {
      BitSet mappedToHub = new BitSet(spec.requirements());
      for (long[] m : mappings) {
        int s = (int) m[0];
        int t = (int) m[1];
        if (frameworkOf[t] == 0) {
          mappedToHub.set(s);
        }
        if (frameworkOf[s] == 0) {
          mappedToHub.set(t);
        }
      }
      SplittableRandom pick = new SplittableRandom(spec.seed() * 17);
      g.writeArrayFieldStart("noCounterparts");
      List<Integer> elements = new ArrayList<>();
      for (int f = 1; f < frameworkCount; f++) {
        for (int i : assessable[f]) {
          if (!mappedToHub.get(i) && pick.nextInt(3) == 0) {
            elements.add(i);
          }
        }
      }
      elements.sort(Comparator.<Integer, String>comparing(i -> frameworkIds[frameworkOf[i]]).thenComparing(i -> ref[i]));
      for (int i : elements) {
        g.writeStartObject();
        g.writeStringField("element", frameworkIds[frameworkOf[i]] + ":" + ref[i]);
        g.writeStringField("framework", HUB);
        g.writeStringField("reason", "The hub has no control for " + words(pick, 2, 5, false) + ".");
        g.writeArrayFieldStart("sources");
        g.writeString(SOURCES[0]);
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private static String words(SplittableRandom r, int min, int max, boolean capitalise) {
      int n = min + r.nextInt(max - min + 1);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String w = WORDS[r.nextInt(WORDS.length)];
        if (i > 0) {
          b.append(' ');
        } else if (capitalise) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        b.append(w);
      }
      return b.toString();
    }
  }
}
