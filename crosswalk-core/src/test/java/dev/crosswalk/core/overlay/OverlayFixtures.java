package dev.crosswalk.core.overlay;

import dev.crosswalk.core.model.Crosswalk;
import dev.crosswalk.core.model.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A base crosswalk and overlays onto it, for the overlay tests. */
final class OverlayFixtures {
  /** How the tests name the base in messages. */
  static final String BASE_NAME = "bundled tiny";

  /**
   * A user's own control catalog with one source and mappings to the base's HIPAA and SOC 2
   * requirements. Line numbers matter to the tests: the first control starts on line 8, the
   * first mapping on line 13.
   */
  static final String MINE_JSON = """
      {
        "formatVersion": "1.0",
        "frameworks": [
          {"id": "mine", "name": "Our controls", "edition": "2026", "publisher": "Us", "kind": "CONTROL_CATALOG"}
        ],
        "sources": [{"id": "our-review", "title": "Internal control review 2026"}],
        "controls": [
          {"id": "mine:AC-1", "title": "Access reviews", "description": "Quarterly access reviews.",
           "attributes": {"domain": "IAM"}},
          {"id": "mine:LOG-9", "title": "Log retention", "description": "Logs are kept a year."}
        ],
        "mappings": [
          {"source": "mine:LOG-9", "target": "hipaa:164.312(b)", "relationship": "SUBSET_OF",
           "rationale": "FUNCTIONAL", "strength": 6, "justification": "Retention supports audit controls.",
           "sources": ["our-review"]},
          {"source": "mine:AC-1", "target": "soc2:CC6.1", "relationship": "INTERSECTS_WITH",
           "rationale": "FUNCTIONAL", "strength": 5, "justification": "Reviews are part of logical access.",
           "sources": ["our-review", "cfr"]}
        ]
      }
      """;

  /** Conflicts with three base items: a requirement, a control and a mapping. */
  static final String CLASHING = """
      {
        "formatVersion": "1.0",
        "requirements": [
          {"id": "hipaa:164.312(b)", "title": "Audit controls (our reading)", "kind": "standard",
           "parent": "hipaa:164.312"}
        ],
        "controls": [
          {"id": "controls:LOG-01", "title": "Central logs", "description": "All logs go to the SIEM."}
        ],
        "mappings": [
          {"source": "hipaa:164.312(b)", "target": "soc2:CC7.2", "relationship": "EQUAL",
           "rationale": "SEMANTIC", "strength": 9, "justification": "We read them as the same.",
           "sources": ["cfr"]}
        ]
      }
      """;

  private OverlayFixtures() {}

  /** The tiny HIPAA / SOC 2 base with a control catalog. */
  static Crosswalk base() {
    return Fixtures.tiny().build();
  }

  /** Reads JSON text as an overlay document named {@code name}. */
  static Overlay json(String json, String name) {
    return OverlayReader.create().read(new ByteArrayInputStream(utf8(json)), name);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
