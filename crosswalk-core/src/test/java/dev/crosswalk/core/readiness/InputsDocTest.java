package dev.crosswalk.core.readiness;

import static dev.crosswalk.core.readiness.Inputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosswalk.core.query.ControlInventory;
import dev.crosswalk.core.query.Decisions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples of {@code docs/inputs.md} read, and each JSON example equals the CSV one after it. */
class InputsDocTest {
  private static final Pattern BLOCK = Pattern.compile("```(json|csv)\n(.*?)```", Pattern.DOTALL);

  private static List<String> blocks() throws IOException {
    Path doc = Path.of(System.getProperty("basedir", ".")).resolve("../docs/inputs.md");
    Matcher m = BLOCK.matcher(Files.readString(doc));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(2));
    }
    return out;
  }

  @Test
  void theDocumentedExamplesReadAndAgree() throws IOException {
    List<String> blocks = blocks();
    assertEquals(4, blocks.size(), "decisions JSON and CSV, inventory JSON and CSV");
    Decisions decisions = DecisionsReader.create().read(utf8(blocks.get(0)), "inputs.md decisions.json");
    assertEquals(3, decisions.decisions().size());
    assertEquals(decisions, DecisionsReader.create().read(utf8(blocks.get(1)), "inputs.md decisions.csv"));
    ControlInventory inventory = InventoryReader.create().read(utf8(blocks.get(2)), "inputs.md inventory.json");
    assertEquals(3, inventory.controls().size());
    assertEquals(inventory, InventoryReader.create().read(utf8(blocks.get(3)), "inputs.md inventory.csv"));
  }
}
