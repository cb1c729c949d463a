package dev.crosswalk.core.internal;

import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.Addition;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import java.util.SortedSet;

/** The {@link ItemCodec} of additions (a statement), identified by element and framework. */
final class AdditionCodec extends ElementNoteCodec<Addition> {
  AdditionCodec() {
    super(ItemKind.ADDITION, Addition.class, "statement");
  }

  @Override
  ElementRef element(Addition item) {
    return item.element();
  }

  @Override
  String framework(Addition item) {
    return item.framework();
  }

  @Override
  String text(Addition item) {
    return item.statement();
  }

  @Override
  SortedSet<Citation> citations(Addition item) {
    return item.citations();
  }

  @Override
  Addition make(ElementRef element, String framework, String text, ImmutableSortedSet<Citation> citations) {
    return new Addition(element, framework, text, citations);
  }
}
