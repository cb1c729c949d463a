package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.oscal.OscalCatalogReader;
import dev.crosswalk.core.testing.ReaderConventions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reader follows one convention, so that no combination of settings is silently dropped:
 * an immutable instance from {@code create()}, configured by instance {@code with*} methods that
 * return a new reader keeping the other settings, and read through {@code read} (and, for readers
 * of crosswalk items, {@code readInto}) taking a file, a stream and its name, or a text and its
 * name ({@link ReaderConventions}). The readers are found by scanning the sources for public
 * classes named {@code *Reader}; the modules built on core check theirs with the same rules.
 */
class ReaderConventionTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT.withMaxElements(7).withMaxStringLength(99);

  /** The public {@code *Reader} classes of core, from the sources. */
  static List<Class<?>> readers() throws IOException, ClassNotFoundException {
    Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(f -> f.getFileName().toString().endsWith("Reader.java")).sorted().toList()) {
        String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
            .replaceAll("\\.java$", "");
        Class<?> c = Class.forName(name);
        if (Modifier.isPublic(c.getModifiers())) {
          out.add(c);
        }
      }
    }
    return out;
  }

  @Test
  void everyReaderIsCreatedConfiguredAndReadTheSameWay() throws Exception {
    List<Class<?>> readers = readers();
    assertTrue(readers.size() >= 8, "found the readers: " + readers);
    List<String> problems = new ArrayList<>();
    for (Class<?> reader : readers) {
      problems.addAll(ReaderConventions.problems(reader));
    }
    assertEquals(List.of(), problems);
  }

  /** The review's example: a setting made before {@code withLimits} is kept. */
  @Test
  void withLimitsKeepsTheOtherSettings() {
    CrosswalkReader reader = CrosswalkReader.create().withParallelism(1).withLimits(LIMITS);
    assertEquals(1, reader.parallelism());
    assertEquals(LIMITS, reader.limits());
    assertEquals(LIMITS, CrosswalkReader.create().withLimits(LIMITS).withParallelism(3).limits());

    String catalog = """
        {"catalog": {"uuid": "u", "metadata": {"title": "A Catalog", "version": "1"},
         "groups": [{"id": "g", "title": "G"}]}}""";
    Crosswalk read = OscalCatalogReader.create().withFrameworkId("mine").withLimits(LIMITS).read(catalog, "c.json");
    assertEquals(Set.of("mine"), read.frameworks().keySet());
  }

  /** A stream's name tells the format to the readers of two syntaxes, as a file's name does. */
  @Test
  void aStreamsNameTellsItsFormat() {
    String json = "{\"decisions\": [{\"requirement\": \"hipaa:164.312(a)(2)(iv)\", \"decision\": \"implemented\"}]}";
    String csv = "requirement,decision,text\nhipaa:164.312(a)(2)(iv),implemented,\n";
    var reader = dev.crosswalk.core.readiness.DecisionsReader.create();
    assertEquals(reader.read(json, "d.json"), reader.read(csv, "d.CSV"));
    assertEquals(reader.read(stream(json), "d.JSON"), reader.read(stream(csv), "d.csv"));
    CrosswalkFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CrosswalkFormatException.class,
        () -> reader.read(stream(json), "stdin"));
    assertTrue(e.getMessage().startsWith("stdin: cannot tell the format"), e.getMessage());
  }

  /** A text with an unpaired surrogate is refused where it is, not read as {@code ?}. */
  @Test
  void aTextWithAnUnpairedSurrogateIsRefusedWhereItIs() {
    String csv = "requirement,decision,text\nhipaa:1,alternative,a \ud800 b\n";
    CrosswalkFormatException e = org.junit.jupiter.api.Assertions.assertThrows(CrosswalkFormatException.class,
        () -> dev.crosswalk.core.readiness.DecisionsReader.create().read(csv, "d.csv"));
    assertEquals(2, e.line(), e.getMessage());
    assertEquals(23, e.column(), e.getMessage());
    assertTrue(e.problem().contains("unpaired surrogate U+D800"), e.getMessage());
  }

  private static InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
