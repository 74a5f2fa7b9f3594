package fr.mediation.directory.venue.field;

import java.util.List;

/**
 * A value of one of the standard's enumerations: its exact text in the standard, and a URL-friendly
 * code derived from it. Parse and join them with {@link StandardLabels}.
 */
public interface StandardLabel {

  /** The value exactly as the standard writes it, e.g. "Aide aux démarches administratives". */
  String label();

  /**
   * A URL-friendly slug of the label ({@link StandardLabels#slug(String)}), e.g.
   * "aide-aux-demarches-administratives".
   */
  default String code() {
    return StandardLabels.slug(label());
  }

  /** Other spellings accepted when parsing, e.g. longer wordings of the standard's description. */
  default List<String> aliases() {
    return List.of();
  }
}
