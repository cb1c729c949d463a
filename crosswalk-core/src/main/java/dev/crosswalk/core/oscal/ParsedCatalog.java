package dev.crosswalk.core.oscal;

import dev.crosswalk.core.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link CatalogParser} read from an OSCAL catalog, as written: the metadata and the groups
 * and controls in document order, not yet checked against the model. {@link CatalogResolver}
 * makes a framework and its elements of it. Not API.
 *
 * @param catalogOrigin where the {@code catalog} member is
 * @param metadataSeen whether the catalog has {@code metadata}
 * @param metadataOrigin where the metadata is, when seen
 * @param title the metadata's title
 * @param version the metadata's version
 * @param metadataProps the metadata's props, in order
 * @param canonicalHref the href of the first {@code canonical} link of the metadata
 * @param parties the name of each party, by uuid, in order
 * @param responsibleParties the party uuids of each role
 * @param resourceHrefs the first rlink of each back-matter resource, by uuid
 * @param nodes every group and control, parents before children
 */
record ParsedCatalog(Origin catalogOrigin, boolean metadataSeen, Origin metadataOrigin, Optional<String> title,
    Optional<String> version, List<Prop> metadataProps, Optional<String> canonicalHref, Map<String, String> parties,
    Map<String, List<String>> responsibleParties, Map<String, String> resourceHrefs, List<Node> nodes) {

  /** A prop as read. */
  record Prop(String name, String ns, String value, Optional<String> className, Origin origin) {}

  /** A part as read: name, label, prose and sub-parts. */
  record Part(String name, String ns, Optional<String> label, Optional<String> prose, List<Part> parts) {}

  /** A group or control as read; resolved into a requirement or control by {@link CatalogResolver}. */
  static final class Node {
    final boolean group;
    final Node parent;
    final Origin origin;
    Optional<String> id = Optional.empty();
    Optional<String> title = Optional.empty();
    final List<Prop> props = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    /** Links of a withdrawn control: rel ({@code incorporated-into}, {@code moved-to}) and href. */
    final List<List<String>> withdrawnTo = new ArrayList<>();
    /** The node's ref, set by the resolver; empty for a group with neither label nor id. */
    Optional<String> ref = Optional.empty();

    Node(boolean group, Node parent, Origin origin) {
      this.group = group;
      this.parent = parent;
      this.origin = origin;
    }
  }

  /** The label prop: the OSCAL-namespace {@code label} without a class, else the first one. */
  static Optional<Prop> labelOf(List<Prop> props) {
    Optional<Prop> first = Optional.empty();
    for (Prop pr : props) {
      if (pr.name().equals("label") && pr.ns().equals(Oscal.OSCAL_NS)) {
        if (pr.className().isEmpty()) {
          return Optional.of(pr);
        }
        if (first.isEmpty()) {
          first = Optional.of(pr);
        }
      }
    }
    return first;
  }
}
