package dev.crosswalk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.core.export.CsvExporter;
import dev.crosswalk.core.export.ExportFormat;
import dev.crosswalk.core.export.JsonLinesExporter;
import dev.crosswalk.core.format.CrosswalkReader;
import dev.crosswalk.core.format.CrosswalkWriter;
import dev.crosswalk.core.format.DataManifest;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.Extensions;
import dev.crosswalk.core.model.Fixtures;
import dev.crosswalk.core.model.Framework;
import dev.crosswalk.core.model.FrameworkKind;
import dev.crosswalk.core.model.Joint;
import dev.crosswalk.core.model.Mapping;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Rationale;
import dev.crosswalk.core.model.Relationship;
import dev.crosswalk.core.model.Requirement;
import dev.crosswalk.core.oscal.OscalIds;
import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.ControlStatus;
import dev.crosswalk.core.query.Decision;
import dev.crosswalk.core.query.Decisions;
import dev.crosswalk.core.query.InventoryControl;
import dev.crosswalk.core.query.Queries;
import dev.crosswalk.core.query.Scope;
import dev.crosswalk.core.query.Totals;
import dev.crosswalk.core.query.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A bad argument value or bad input is a {@link CrosswalkException} subtype, never an {@link
 * IllegalArgumentException}, {@link IllegalStateException} or {@link java.io.UncheckedIOException}
 * (each path here threw one of those before), and a {@code null} argument is a {@link
 * NullPointerException}.
 */
class ExceptionConventionTest {
  private static final ElementRef A1 = ElementRef.parse("a:1");

  /** Asserts that {@code call} throws exactly {@code type}, which is a crosswalk exception. */
  private static <T extends CrosswalkException> T fails(Class<T> type, Executable call) {
    T e = assertThrows(type, call);
    assertEquals(type, e.getClass(), e.toString());
    return e;
  }

  @Test
  void malformedIdsTokensAndKeysAreInvalidReferences() {
    fails(InvalidReferenceException.class, () -> Requirement.builder("a:1", "t").kind("Standard").build());
    fails(InvalidReferenceException.class, () -> Requirement.builder("a:1", "t").kind("").build());
    fails(InvalidReferenceException.class,
        () -> Framework.of("f", "F", "1", "p", FrameworkKind.STANDARD).withAttributes(Map.of("1st", "x")));
    fails(InvalidReferenceException.class, () -> Citation.of("Not An Id"));
  }

  @Test
  void modelValuesThatBreakTheirRulesAreInvalidValues() {
    fails(InvalidValueException.class, () -> Requirement.builder("a:1", " ").build());
    fails(InvalidValueException.class, () -> Citation.of("s", "two\nlines"));
    fails(InvalidValueException.class, () -> Citation.of("s", " padded"));
    fails(InvalidValueException.class, () -> Citation.of("s", "x".repeat(10_000)));
    InvalidValueException strength = fails(InvalidValueException.class,
        () -> Mapping.curated("a:1", "b:2", Relationship.EQUAL, Rationale.SEMANTIC, 11, "x", List.of("s")));
    assertTrue(strength.getMessage().contains("must be 1-10"), strength.getMessage());
    fails(InvalidValueException.class,
        () -> Mapping.curated("a:1", "b:2", Relationship.EQUAL, Rationale.SEMANTIC, 5, "x", List.of()));
    fails(InvalidValueException.class, () -> NoCounterpart.of(A1, "a", "no match", List.of("s")));
    fails(InvalidValueException.class, () -> NoCounterpart.of(A1, "b", "no match", List.of()));
    fails(InvalidValueException.class,
        () -> new Addition(A1, "a", "adds", Citation.ofSources(List.of("s"))));
    fails(InvalidValueException.class, () -> Requirement.builder("a:1", "t").alias("1").build());
    fails(InvalidValueException.class, () -> new Extensions("[]"));
    fails(InvalidValueException.class, () -> Joint.of(A1));
    fails(InvalidValueException.class, () -> Joint.of(A1, A1));
    fails(InvalidValueException.class, () -> Joint.of(A1, ElementRef.parse("b:2")));
    fails(InvalidValueException.class, () -> Joint.ofMembers(List.of()));
  }

  @Test
  void settingsAndParsedValuesAreInvalidValues() {
    fails(InvalidValueException.class, () -> ReadLimits.DEFAULT.withMaxElements(0));
    fails(InvalidValueException.class, () -> new ReadLimits(64, 0, 1, 1));
    fails(InvalidValueException.class, () -> FormatVersion.parse("one"));
    fails(InvalidValueException.class, () -> new FormatVersion(-1, 0));
    fails(InvalidValueException.class, () -> CrosswalkReader.create().withParallelism(0));
    fails(InvalidValueException.class, () -> new DataManifest.DataFile("../up.json", "0".repeat(64)));
    fails(InvalidValueException.class, () -> new DataManifest.DataFile("a.json", "not a digest"));
    fails(InvalidValueException.class, () -> ExportFormat.of("xml"));
    fails(InvalidValueException.class, () -> CsvExporter.table(List.of("a", "b"), List.of(List.of("1"))));
    fails(InvalidValueException.class, () -> OscalIds.of(""));
  }

  @Test
  void aFailingStreamIsADataException() {
    Crosswalk crosswalk = Fixtures.tiny().build();
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }
    };
    CrosswalkDataException json = fails(CrosswalkDataException.class,
        () -> CrosswalkWriter.create().write(crosswalk, broken));
    assertTrue(json.getMessage().contains("disk full"), json.getMessage());
    fails(CrosswalkDataException.class, () -> JsonLinesExporter.create().write(crosswalk, broken));
  }

  @Test
  void queriesAskedWithoutWhatTheyNeedAreInvalidQueries() {
    fails(InvalidQueryException.class, () -> Scope.all().with("a", "kind", List.of()));
    fails(InvalidQueryException.class,
        () -> Scope.all().with("a", "kind", List.of("x")).and(Scope.all().with("a", "kind", List.of("y"))));
    Queries q = Queries.on(Fixtures.tiny().build());
    String target = Fixtures.tiny().build().frameworks().firstKey();
    fails(InvalidQueryException.class, () -> q.coverage().by(target).run());
    fails(InvalidQueryException.class, () -> q.coverage().of(target).run());
    fails(InvalidQueryException.class, () -> q.gaps().of(target).run());
    fails(InvalidQueryException.class, () -> q.gaps().of(target)
        .byControls(ControlInventory.of(InventoryControl.of("controls:C1", ControlStatus.IMPLEMENTED))).bothWays());
  }

  @Test
  void queryValuesThatBreakTheirRulesAreInvalidValues() {
    fails(InvalidValueException.class, () -> Verdict.rollUp(Verdict.NOT_APPLICABLE, List.of()));
    fails(InvalidValueException.class, () -> new Totals(-1, 0, 0, 0, 0));
    fails(InvalidValueException.class, () -> new Decision(A1, Decision.Kind.IMPLEMENTED, Optional.of("why")));
    fails(InvalidValueException.class, () -> Decision.alternative(A1, " "));
    fails(InvalidValueException.class, () -> Decisions.of(List.of(Decision.implemented(A1), Decision.implemented(A1))));
    InventoryControl c = InventoryControl.of("controls:C1", ControlStatus.IMPLEMENTED);
    fails(InvalidValueException.class, () -> ControlInventory.of(c, c));
  }

  @Test
  void aNullArgumentIsANullPointerException() {
    assertThrows(NullPointerException.class, () -> CrosswalkReader.create().withLimits(null));
    assertThrows(NullPointerException.class, () -> Requirement.builder("a:1", null).build());
    assertThrows(NullPointerException.class, () -> CrosswalkReader.create().read((String) null, "x"));
  }

  @Test
  void theCheckHelperFormatsItsMessageAsGuavaDoes() {
    InvalidValueException e = fails(InvalidValueException.class,
        () -> InvalidValueException.check(false, "%s is not %s", "x", 1));
    assertEquals("x is not 1", e.getMessage());
    InvalidValueException.check(true, "never %s", Set.of());
  }
}
