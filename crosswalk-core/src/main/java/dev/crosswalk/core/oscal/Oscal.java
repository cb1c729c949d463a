package dev.crosswalk.core.oscal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names, vocabularies and text rules shared by the OSCAL writers and the reader. */
final class Oscal {
  /** The OSCAL version the documents declare. */
  static final String OSCAL_VERSION = "1.2.0";
  /** The namespace of OSCAL's own props; a prop without {@code ns} is in it. */
  static final String OSCAL_NS = "http://csrc.nist.gov/ns/oscal";
  /** The namespace of crosswalk's own props. */
  static final String NS = "https://crosswalk.dev/ns/oscal";
  /** The namespace of props that hold a requirement's or control's attributes, named by key. */
  static final String ATTRIBUTE_NS = "https://crosswalk.dev/ns/oscal/attribute";
  /** {@code last-modified} when the data holds no date. */
  static final String FALLBACK_DATE = "1970-01-01";
  /** The role whose party is the framework's publisher. */
  static final String PUBLISHER_ROLE = "publisher";

  // crosswalk prop names (ns NS)
  static final String KIND = "kind";
  static final String ASSESSABLE = "assessable";
  static final String ALIAS = "alias";
  static final String ELEMENT = "element";
  static final String EXTENSIONS = "extensions";
  static final String FRAMEWORK_ID = "framework-id";
  static final String FRAMEWORK_KIND = "framework-kind";
  static final String LICENSE = "license";
  static final String STRENGTH = "strength";
  static final String DERIVED_VIA = "derived-via";
  static final String SOURCE_ID = "source-id";
  static final String PUBLISHER = "publisher";
  static final String DATE = "date";
  static final String SOURCE_FRAMEWORK = "source-framework";
  static final String TARGET_FRAMEWORK = "target-framework";

  /** Characters escaped in Markdown text: the ones CommonMark or OSCAL insertions give a meaning inline. */
  private static final String MARKDOWN_SPECIAL = "\\`*_{}[]<>#|~&";
  private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9])([0-9]{4}-[0-9]{2}-[0-9]{2})(?![0-9])");
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Oscal() {}

  /** The OSCAL relationship token for a NIST IR 8477 relationship. */
  static String relationship(Relationship r) {
    return switch (r) {
      case EQUAL -> "equal-to";
      case SUBSET_OF -> "subset-of";
      case SUPERSET_OF -> "superset-of";
      case INTERSECTS_WITH -> "intersects-with";
      case NOT_RELATED -> "no-relationship";
    };
  }

  /** The OSCAL {@code matching-rationale} token for a rationale. */
  static String rationale(Rationale r) {
    return r.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Text as Markdown (OSCAL {@code markup-line} and {@code markup-multiline} are Markdown in
   * JSON): every character of {@link #MARKDOWN_SPECIAL} gets a backslash, so the text renders as
   * written and {@link #fromMarkdown} gives it back exactly.
   */
  /**
   * The URL when an OSCAL link may point at it: an {@code http} or {@code https} URL. A
   * {@code javascript:} or {@code data:} URL from an input would become a link a viewer might
   * follow, so it is not exported as one.
   */
  static Optional<String> webLink(Optional<String> url) {
    return url.filter(u -> {
      String lower = u.strip().toLowerCase(java.util.Locale.ROOT);
      return (lower.startsWith("https://") || lower.startsWith("http://")) && u.equals(u.strip());
    });
  }

  static String toMarkdown(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MARKDOWN_SPECIAL.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Markdown as text, as far as crosswalk reads it: a backslash before an ASCII punctuation
   * character is dropped (CommonMark's escape rule); everything else is kept as written.
   */
  static String fromMarkdown(String markdown) {
    if (markdown.indexOf('\\') < 0) {
      return markdown;
    }
    StringBuilder b = new StringBuilder(markdown.length());
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
        b.append(markdown.charAt(++i));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  /** The latest valid ISO-8601 calendar date ({@code yyyy-mm-dd}) in the texts, if any. */
  static Optional<String> latestDate(Collection<String> texts) {
    String latest = null;
    for (String text : texts) {
      Matcher m = ISO_DATE.matcher(text);
      while (m.find()) {
        String d = m.group(1);
        try {
          LocalDate.parse(d);
        } catch (DateTimeParseException e) {
          continue;
        }
        if (latest == null || d.compareTo(latest) > 0) {
          latest = d;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /** A date as an OSCAL {@code date-time-with-timezone} at midnight UTC. */
  static String dateTime(String isoDate) {
    return isoDate + "T00:00:00Z";
  }

  /** The name of the catalog file of a framework. */
  static String catalogFileName(String frameworkId) {
    return "oscal-catalog-" + frameworkId + ".json";
  }

  /** The name of the mapping collection file of an ordered framework pair; ids cannot hold {@code +}. */
  static String mappingFileName(String sourceFramework, String targetFramework) {
    return "oscal-mapping-" + sourceFramework + "+" + targetFramework + ".json";
  }

  /** A generator writing two-space indented JSON with {@code \n} line ends into a string. */
  static JsonGenerator generator(StringWriter out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pp.indentObjectsWith(indenter);
    pp.indentArraysWith(indenter);
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(pp);
    return g;
  }

}
