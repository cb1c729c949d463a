package dev.crosswalk.core.internal;

import com.google.common.collect.ImmutableSortedSet;
import dev.crosswalk.core.model.NoCounterpart;
import dev.crosswalk.core.model.Citation;
import dev.crosswalk.core.model.ElementRef;
import dev.crosswalk.core.model.ItemKind;
import java.util.SortedSet;

/** The {@link ItemCodec} of no-counterpart records (a reason), identified by element and framework. */
final class NoCounterpartCodec extends ElementNoteCodec<NoCounterpart> {
  NoCounterpartCodec() {
    super(ItemKind.NO_COUNTERPART, NoCounterpart.class, "reason");
  }

  /** Citations with a locator came in 1.1. */
  @Override
  String sinceOf(NoCounterpart n) {
    return Items.hasLocator(n.citations()) ? V1_1 : super.sinceOf(n);
  }

  @Override
  ElementRef element(NoCounterpart item) {
    return item.element();
  }

  @Override
  String framework(NoCounterpart item) {
    return item.framework();
  }

  @Override
  String text(NoCounterpart item) {
    return item.reason();
  }

  @Override
  SortedSet<Citation> citations(NoCounterpart item) {
    return item.citations();
  }

  @Override
  NoCounterpart make(ElementRef element, String framework, String text, ImmutableSortedSet<Citation> citations) {
    return new NoCounterpart(element, framework, text, citations);
  }
}
