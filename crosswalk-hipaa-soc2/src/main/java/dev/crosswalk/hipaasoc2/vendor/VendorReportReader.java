package dev.crosswalk.hipaasoc2.vendor;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import dev.crosswalk.core.internal.JsonValues;
import dev.crosswalk.core.internal.LimitMessages;
import dev.crosswalk.core.internal.InputFiles;
import dev.crosswalk.core.internal.Utf8Input;
import dev.crosswalk.core.CrosswalkDataException;
import dev.crosswalk.core.CrosswalkException;
import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.internal.JsonFactories;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.hipaasoc2.Soc2Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a vendor's SOC 2 report from the JSON of {@code docs/reports.md} into a {@link
 * VendorReport}: strict and streaming, the input UTF-8 and bounded by the {@link ReadLimits}.
 * Every fault is a {@link CrosswalkFormatException} naming the source, the line and column, and
 * the JSON pointer. Instances are immutable and thread-safe.
 */
public final class VendorReportReader {
  private static final List<String> MEMBERS = List.of("vendor", "type", "periodStart", "periodEnd", "reportDate",
      "categories", "systems", "exceptions", "baaSigned");
  private static final List<String> REQUIRED = List.of("vendor", "type", "periodStart", "periodEnd", "reportDate",
      "categories", "systems", "baaSigned");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'");
  private static final List<String> SYSTEM_MEMBERS = List.of("name", "handlesPhi", "inScope");
  private static final List<String> EXCEPTION_MEMBERS = List.of("criterion", "description");

  private final ReadLimits limits;
  private final JsonFactory factory;

  private VendorReportReader(ReadLimits limits) {
    this.limits = requireNonNull(limits, "limits");
    this.factory = JsonFactories.strict(limits);
  }

  /** A reader with {@link ReadLimits#DEFAULT default limits}. */
  public static VendorReportReader create() {
    return new VendorReportReader(ReadLimits.DEFAULT);
  }

  /** This reader with the given limits. */
  public VendorReportReader withLimits(ReadLimits limits) {
    return new VendorReportReader(limits);
  }

  /** The limits this reader enforces. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a report from a JSON file.
   *
   * @throws CrosswalkFormatException if the file is not a valid report, naming line, column and pointer
   * @throws CrosswalkDataException if the file cannot be read
   */
  public VendorReport read(Path file) {
    requireNonNull(file, "file");
    return InputFiles.read(file, this::read);
  }

  /**
   * Reads a report from a JSON stream, which is not closed.
   *
   * @param sourceName the name used in error messages, e.g. a file name
   * @throws CrosswalkFormatException if the input is not a valid report
   * @throws CrosswalkDataException if the stream cannot be read
   */
  public VendorReport read(InputStream in, String sourceName) {
    requireNonNull(in, "in");
    requireNonNull(sourceName, "sourceName");
    // Checked as UTF-8 and counted against maxDocumentBytes as the other readers' input is: left to
    // Jackson, bytes that looked like UTF-32 failed with an unlocated CharConversionException.
    try (JsonParser p = factory.createParser(Utf8Input.of(in, sourceName, limits.maxDocumentBytes(), true))) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      return new Parse(p, sourceName).document();
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
    }
  }

  /**
   * Reads a report from JSON text.
   *
   * @param sourceName the name used in error messages
   * @throws CrosswalkFormatException if the text is not a valid report
   */
  public VendorReport read(String json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    try (JsonParser p = factory.createParser(json)) {
      return new Parse(p, sourceName).document();
    } catch (IOException e) {
      throw new CrosswalkDataException("cannot read " + sourceName + ": " + e, e);
    }
  }

  /** The state of reading one document. */
  private final class Parse {
    private final JsonParser p;
    private final String source;
    /** The pointer of the value being read, for parser errors. */
    private String at = "";

    Parse(JsonParser p, String source) {
      this.p = p;
      this.source = source;
    }

    VendorReport document() throws IOException {
      try {
        return report();
      } catch (JsonProcessingException e) {
        // Malformed JSON, a duplicate key or an exceeded limit; limit errors may carry no location.
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        String pointer = duplicate.find() ? container(p.getParsingContext()) + "/" + JsonValues.escape(duplicate.group(1)) : at;
        // A limit is named by its ReadLimits component, as the other readers name it.
        throw new CrosswalkFormatException(source, loc.getLineNr(), loc.getColumnNr(), pointer,
            LimitMessages.problem(e), e);
      }
    }

    private VendorReport report() throws IOException {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw fail("", "the document is empty; expected a JSON object describing a vendor's SOC 2 report");
      }
      if (t != JsonToken.START_OBJECT) {
        throw fail("", "expected a JSON object describing a vendor's SOC 2 report, got " + JsonValues.describe(t));
      }
      JsonLocation start = p.currentTokenLocation();
      Map<String, JsonLocation> where = new HashMap<>();
      String vendor = null;
      ReportType type = null;
      LocalDate periodStart = null;
      LocalDate periodEnd = null;
      LocalDate reportDate = null;
      Set<Soc2Category> categories = null;
      List<VendorSystem> systems = null;
      List<Deviation> exceptions = List.of();
      Boolean baa = null;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        at = "/" + JsonValues.escape(name);
        if (!MEMBERS.contains(name)) {
          throw fail(at, "unknown member '" + name + "'; allowed: " + String.join(", ", MEMBERS));
        }
        p.nextToken();
        where.put(name, p.currentTokenLocation());
        switch (name) {
          case "vendor" -> vendor = text();
          case "type" -> type = reportType();
          case "periodStart" -> periodStart = date();
          case "periodEnd" -> periodEnd = date();
          case "reportDate" -> reportDate = date();
          case "categories" -> categories = categories();
          case "systems" -> systems = systems();
          case "exceptions" -> exceptions = exceptions();
          case "baaSigned" -> baa = bool();
          default -> throw new IllegalStateException(name);
        }
      }
      at = "";
      if (p.nextToken() != null) {
        throw fail("", "unexpected content after the report object; a file holds one report");
      }
      Map<String, Object> got = new HashMap<>();
      got.put("vendor", vendor);
      got.put("type", type);
      got.put("periodStart", periodStart);
      got.put("periodEnd", periodEnd);
      got.put("reportDate", reportDate);
      got.put("categories", categories);
      got.put("systems", systems);
      got.put("baaSigned", baa);
      for (String name : REQUIRED) {
        if (got.get(name) == null) {
          throw fail(start, "", "the report has no '" + name + "'; it is required"
              + (name.equals("baaSigned") ? " (true or false: whether a Business Associate Agreement is signed)" : ""));
        }
      }
      if (periodEnd.isBefore(periodStart)) {
        throw fail(where.get("periodEnd"), "/periodEnd",
            "the period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
      }
      if (reportDate.isBefore(periodEnd)) {
        throw fail(where.get("reportDate"), "/reportDate",
            "the report is dated " + reportDate + ", before its period ends (" + periodEnd + ")");
      }
      if (type == ReportType.TYPE_I && !periodStart.equals(periodEnd)) {
        throw fail(where.get("periodEnd"), "/periodEnd", VendorReport.typeIDates(periodStart, periodEnd));
      }
      if (periodStart.plusMonths(VendorReport.MAX_PERIOD_MONTHS).isBefore(periodEnd)) {
        throw fail(where.get("periodStart"), "/periodStart", VendorReport.periodTooLong(periodStart, periodEnd));
      }
      try {
        return new VendorReport(vendor, type, periodStart, periodEnd, reportDate,
            com.google.common.collect.ImmutableSet.copyOf(categories), ImmutableList.copyOf(systems),
            ImmutableList.copyOf(exceptions), baa);
      } catch (dev.crosswalk.core.InvalidValueException e) {
        throw fail(start, "", e.getMessage());
      }
    }

    private String text() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(at, "expected a string, got " + JsonValues.describe(p.currentToken()));
      }
      String s = JsonValues.checked(p, p.getText());
      if (s.isBlank()) {
        throw fail(at, "the string is blank");
      }
      return s;
    }

    private boolean bool() throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw fail(at, "expected true or false, got " + JsonValues.describe(t));
      }
      return t == JsonToken.VALUE_TRUE;
    }

    private LocalDate date() throws IOException {
      String s = text();
      if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw fail(at, "expected a date written YYYY-MM-DD, got '" + s + "'");
      }
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw fail(at, "'" + s + "' is not a valid date");
      }
    }

    private ReportType reportType() throws IOException {
      String s = text();
      for (ReportType r : ReportType.values()) {
        if (r.name().equals(s)) {
          return r;
        }
      }
      throw fail(at, "'" + s + "' is not a report type; use one of " + Arrays.toString(ReportType.values()));
    }

    private Set<Soc2Category> categories() throws IOException {
      String base = at;
      expectArray(base);
      EnumSet<Soc2Category> out = EnumSet.noneOf(Soc2Category.class);
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        at = base + "/" + i;
        count(i++);
        String token = text();
        Soc2Category found = null;
        for (Soc2Category c : Soc2Category.values()) {
          if (c.token().equals(token)) {
            found = c;
          }
        }
        if (found == null) {
          throw fail(at, "'" + token + "' is not a Trust Services Category; use "
              + Arrays.stream(Soc2Category.values()).map(Soc2Category::token).toList());
        }
        if (!out.add(found)) {
          throw fail(at, "category '" + token + "' is listed twice");
        }
      }
      at = base;
      return out;
    }

    private List<VendorSystem> systems() throws IOException {
      String base = at;
      expectArray(base);
      List<VendorSystem> out = new ArrayList<>();
      Set<String> names = new HashSet<>(); // a scan of the list per system was quadratic: 80,000 systems took 20 s
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String item = base + "/" + i;
        count(i++);
        at = item;
        Map<String, Object> m = object(item, SYSTEM_MEMBERS);
        JsonLocation loc = (JsonLocation) m.get("@");
        String name = (String) require(m, "name", item, loc, "the system");
        boolean phi = (Boolean) require(m, "handlesPhi", item, loc, "the system");
        boolean inScope = (Boolean) m.getOrDefault("inScope", Boolean.TRUE);
        if (!names.add(name)) {
          throw fail(loc, item + "/name", "system '" + name + "' is listed twice; list each system once");
        }
        out.add(new VendorSystem(name, phi, inScope));
      }
      at = base;
      return out;
    }

    private List<Deviation> exceptions() throws IOException {
      String base = at;
      expectArray(base);
      List<Deviation> out = new ArrayList<>();
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String item = base + "/" + i;
        count(i++);
        at = item;
        Map<String, Object> m = object(item, EXCEPTION_MEMBERS);
        JsonLocation loc = (JsonLocation) m.get("@");
        String criterion = (String) require(m, "criterion", item, loc, "the exception");
        String description = (String) require(m, "description", item, loc, "the exception");
        ElementRef ref;
        try {
          ref = criterion.contains(":") ? ElementRef.parse(criterion) : ElementRef.of(Soc2Category.FRAMEWORK, criterion);
        } catch (CrosswalkException e) {
          throw fail((JsonLocation) m.get("@criterion"), item + "/criterion", e.getMessage());
        }
        if (!ref.framework().equals(Soc2Category.FRAMEWORK)) {
          throw fail((JsonLocation) m.get("@criterion"), item + "/criterion",
              "'" + criterion + "' is not a SOC 2 criterion; write it as CC6.1 or soc2:CC6.1");
        }
        out.add(new Deviation(ref, description));
      }
      at = base;
      return out;
    }

    /**
     * Reads one flat object of string and boolean members; the map holds the values, plus the
     * object's location under {@code @} and each member's under {@code @name}.
     */
    private Map<String, Object> object(String pointer, List<String> allowed) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail(pointer, "expected an object with " + String.join(", ", allowed) + ", got "
            + JsonValues.describe(p.currentToken()));
      }
      Map<String, Object> m = new HashMap<>();
      m.put("@", p.currentTokenLocation());
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        at = pointer + "/" + JsonValues.escape(name);
        if (!allowed.contains(name)) {
          throw fail(at, "unknown member '" + name + "'; allowed: " + String.join(", ", allowed));
        }
        p.nextToken();
        m.put("@" + name, p.currentTokenLocation());
        boolean isFlag = name.equals("handlesPhi") || name.equals("inScope");
        m.put(name, isFlag ? bool() : text());
      }
      return m;
    }

    private Object require(Map<String, Object> m, String name, String pointer, JsonLocation loc, String what) {
      Object v = m.get(name);
      if (v == null) {
        throw fail(loc, pointer, what + " has no '" + name + "'; it is required");
      }
      return v;
    }

    private void expectArray(String pointer) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw fail(pointer, "expected an array, got " + JsonValues.describe(p.currentToken()));
      }
    }

    private void count(int index) {
      if (index >= limits.maxElements()) {
        throw fail(at, "more than " + limits.maxElements() + " items (ReadLimits.maxElements)");
      }
    }

    private CrosswalkFormatException fail(String pointer, String problem) {
      return fail(p.currentTokenLocation(), pointer, problem);
    }

    private CrosswalkFormatException fail(JsonLocation loc, String pointer, String problem) {
      return new CrosswalkFormatException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
          pointer, problem, null);
    }
  }

  /** The pointer of the object or array a context reads, without the member or item it is at. */
  private static String container(JsonStreamContext context) {
    StringBuilder pointer = new StringBuilder();
    for (JsonStreamContext c = context; c.getParent() != null && !c.getParent().inRoot(); c = c.getParent()) {
      JsonStreamContext parent = c.getParent();
      pointer.insert(0, "/" + (parent.inArray() ? String.valueOf(parent.getCurrentIndex())
          : JsonValues.escape(String.valueOf(parent.getCurrentName()))));
    }
    return pointer.toString();
  }
}
