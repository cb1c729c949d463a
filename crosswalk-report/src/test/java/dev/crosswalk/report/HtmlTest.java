package dev.crosswalk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
  private static final String HOSTILE = "<script>alert(\"x\")</script> & 'q'";
  private static final String ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;";

  @Test
  void textAndAttributeValuesAreAlwaysEscaped() {
    String html = new Html(64).open("p").attr("title", HOSTILE).text(HOSTILE).close().document();
    assertEquals("<p title=\"" + ESCAPED + "\">" + ESCAPED + "</p>", html);
  }

  @Test
  void controlAndBidiCharactersAreMadeVisibleInTextAndAttributes() {
    String html = new Html(64).open("p").attr("title", "a\u202Eb").text("c\u001Bd\ne").close().document();
    assertEquals("<p title=\"a\\u202Eb\">c\\u001Bd\ne</p>", html);
  }

  @Test
  void proseIsWrittenAsItIsButCannotOpenATagOrAReference() {
    assertEquals("<p>each row's name</p>", new Html(16).open("p").prose("each row's name").close().document());
    assertThrows(IllegalArgumentException.class, () -> new Html(16).prose("a <b>"));
    assertThrows(IllegalArgumentException.class, () -> new Html(16).prose("a &amp; b"));
  }

  @Test
  void tagsAreBalancedAndVoidAndEmptyElementsHaveNoEndTag() {
    String html = new Html(64).open("div").empty("br").text("x").open("line").attr("x1", 4).closeEmpty()
        .charRef(0xD7).close().newline().document();
    assertEquals("<div><br>x<line x1=\"4\"/>&#215;</div>\n", html);
    assertThrows(IllegalStateException.class, () -> new Html(16).close());
    assertThrows(IllegalStateException.class, () -> new Html(16).open("p").document());
    assertThrows(IllegalStateException.class, () -> new Html(16).open("p").text("x").attr("id", "y"));
    assertThrows(IllegalStateException.class, () -> new Html(16).empty("br").closeEmpty());
  }

  @Test
  void tagAndAttributeNamesArePlainNames() {
    for (String bad : new String[] {"", "p onload", "a\"", "1a", "x>"}) {
      assertThrows(IllegalArgumentException.class, () -> new Html(16).open(bad), bad);
      assertThrows(IllegalArgumentException.class, () -> new Html(16).open("p").attr(bad, "v"), bad);
    }
    assertTrue(new Html(16).open("svg").attr("viewBox", "0 0 1 1").attr("data-ref", "r").close().document()
        .startsWith("<svg viewBox="));
  }

  @Test
  void rawMarkupComesOnlyFromTheModulesResources() {
    String html = new Html(4096).open("style").raw(ReadinessReport.STYLE).close().document();
    assertEquals("<style>" + ReadinessReport.STYLE.text() + "</style>", html);
  }
}
