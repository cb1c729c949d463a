package dev.crosswalk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.CrosswalkFormatException;
import dev.crosswalk.core.CrosswalkValidationException;
import dev.crosswalk.core.ReadLimits;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.Requirement;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private final JsonLinesExporter exporter = JsonLinesExporter.create();
  private final JsonLinesReader reader = JsonLinesReader.create();

  @Test
  void oneTypedObjectPerLineInCanonicalOrder() {
    List<String> lines = exporter.toJsonLines(ExportFixtures.tiny()).lines().toList();
    assertEquals(3 + 1 + 7 + 1 + 2 + 1, lines.size());
    assertEquals("{\"type\":\"framework\",\"id\":\"controls\",\"name\":\"Controls\",\"edition\":\"1.0\","
        + "\"publisher\":\"us\",\"kind\":\"CONTROL_CATALOG\"}", lines.get(0));
    assertEquals("{\"type\":\"source\",\"id\":\"cfr\",\"title\":\"45 CFR 164\"}", lines.get(3));
    assertEquals("{\"type\":\"requirement\",\"id\":\"hipaa:164.312\",\"title\":\"Technical safeguards\","
        + "\"kind\":\"section\",\"assessable\":false}", lines.get(4));
    assertEquals("{\"type\":\"requirement\",\"id\":\"hipaa:164.312(a)(2)(i)\",\"title\":\"Unique user identification\","
        + "\"kind\":\"implementation-specification\",\"parent\":\"hipaa:164.312(a)(1)\","
        + "\"aliases\":[\"164.312(a)(2)(i)-old\"]}", lines.get(6));
    assertEquals("{\"type\":\"control\",\"id\":\"controls:LOG-01\",\"title\":\"Central logs\","
        + "\"description\":\"Logs go to one place.\",\"attributes\":{\"domain\":\"LOG\"}}", lines.get(11));
    assertEquals("{\"type\":\"mapping\",\"source\":\"hipaa:164.312(b)\",\"target\":\"soc2:CC7.2\","
        + "\"relationship\":\"SUBSET_OF\",\"rationale\":\"SEMANTIC\",\"strength\":8,"
        + "\"justification\":\"Monitoring covers audit controls.\",\"sources\":[\"cfr\"]}", lines.get(13));
    assertEquals("{\"type\":\"noCounterpart\",\"element\":\"hipaa:164.312(a)(2)(i)\",\"framework\":\"soc2\","
        + "\"reason\":\"Not in TSC.\",\"sources\":[\"cfr\"]}", lines.get(14));
  }

  /** The tiny fixture; crosswalk-data round-trips the bundled data, and the properties random crosswalks. */
  @Test
  void roundTripsTiny() {
    Crosswalk tiny = ExportFixtures.tiny();
    assertEquals(tiny, reader.read(exporter.toJsonLines(tiny), "tiny.jsonl"));
    byte[] bytes = exporter.toBytes(tiny);
    assertEquals(tiny, reader.read(new ByteArrayInputStream(bytes), "tiny.jsonl"));
  }

  @Test
  void extensionsAreWrittenCanonicallyOnOneLine() {
    Crosswalk c = Fixtures.tiny()
        .addRequirement(Requirement.builder("soc2:CC1.1", "Integrity").kind("criterion")
            .extensions(new Extensions("{\n  \"z\": 1.50,\n  \"a\": [true, null]\n}")).build())
        .build();
    String line = exporter.toJsonLines(c).lines().filter(l -> l.contains("CC1.1")).findFirst().orElseThrow();
    assertTrue(line.endsWith("\"extensions\":{\"a\":[true,null],\"z\":1.50}}"), line);
  }

  @Test
  void linesMayComeInAnyOrder() {
    List<String> lines = new java.util.ArrayList<>(exporter.toJsonLines(ExportFixtures.tiny()).lines().toList());
    java.util.Collections.reverse(lines);
    assertEquals(ExportFixtures.tiny(), reader.read(String.join("\n", lines) + "\n", "reversed.jsonl"));
  }

  @Test
  void strictErrorsNameTheLine() {
    String good = "{\"type\":\"source\",\"id\":\"cfr\",\"title\":\"CFR\"}\n";
    assertProblem(good + "{\"type\":\"source\",\"id\":\"x\",\"title\":\"X\",\"note\":\"n\"}\n", 2, "/note",
        "unknown member 'note'");
    assertProblem(good + "{\"id\":\"x\",\"title\":\"X\"}\n", 2, "", "no 'type'");
    assertProblem(good + "{\"type\":\"widget\"}\n", 2, "/type", "must be one of");
    assertProblem(good + "\n" + good, 2, "", "line 2 is blank");
    assertProblem(good.strip() + " " + good, 1, "", "more than one value on line 1");
    assertProblem(good + "{\"type\":\"source\",\n\"id\":\"x\",\"title\":\"X\"}\n", 2, "", "ends on line 3");
    assertProblem(good + "[1]\n", 2, "", "expected a JSON object");
    assertProblem(good + "{\"type\":\"source\",\"id\":\"x\",\"id\":\"y\",\"title\":\"X\"}\n", 2, "", "Duplicate field");
    assertProblem(good + "{\"type\":\"source\",\"id\":\"x\"}\n", 2, "", "no 'title'");
    assertProblem(good + "{\"type\":\"source\",\"id\":\"x\",\"title\":7}\n", 2, "/title", "expected a string, got a number (7)");
    assertProblem(good + "{\"type\":\"source\",\"id\":\"X Y\",\"title\":\"t\"}\n", 2, "", "invalid source");
    assertProblem(good + "{\"type\":\"source\",\"id\":\"x\",\"title\":\"t\"", 2, "", "end-of-input");
    assertProblem(good + "{\"type\":\"mapping\",\"source\":\"a:b\",\"target\":\"c:d\",\"relationship\":\"EQUAL\","
        + "\"rationale\":\"SEMANTIC\",\"strength\":2.5,\"justification\":\"j\",\"sources\":[\"cfr\"]}\n",
        2, "/strength", "integer");
  }

  @Test
  void inconsistentContentIsAValidationErrorWithLines() {
    String jsonl = "{\"type\":\"requirement\",\"id\":\"nope:1\",\"title\":\"T\",\"kind\":\"standard\"}\n";
    CrosswalkValidationException e = assertThrows(CrosswalkValidationException.class,
        () -> reader.read(jsonl, "v.jsonl"));
    assertTrue(e.getMessage().contains("v.jsonl:1:1"), e.getMessage());
  }

  @Test
  void limitsApply() {
    String jsonl = exporter.toJsonLines(ExportFixtures.tiny());
    JsonLinesReader few = JsonLinesReader.create().withLimits(ReadLimits.DEFAULT.withMaxElements(3));
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> few.read(jsonl, "l.jsonl"));
    assertEquals(4, e.line());
    JsonLinesReader shallow = JsonLinesReader.create().withLimits(ReadLimits.DEFAULT.withMaxNestingDepth(2));
    String deep = "{\"type\":\"framework\",\"id\":\"f\",\"name\":\"n\",\"edition\":\"e\",\"publisher\":\"p\","
        + "\"kind\":\"STANDARD\",\"extensions\":{\"a\":{\"b\":{}}}}\n";
    e = assertThrows(CrosswalkFormatException.class, () -> shallow.read(deep, "d.jsonl"));
    assertEquals(1, e.line());
  }

  private void assertProblem(String jsonl, long line, String pointer, String problem) {
    CrosswalkFormatException e = assertThrows(CrosswalkFormatException.class, () -> reader.read(jsonl, "t.jsonl"),
        jsonl);
    assertEquals("t.jsonl", e.source());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(pointer, e.pointer(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
  }
}
