package fr.mediation.directory.venue.field;

import java.util.List;

/**
 * How a venue accompanies people (field {@code modalites_accompagnement}); the longer wordings of
 * the standard's description are accepted as aliases.
 */
public enum SupportMode implements StandardLabel {
  EN_AUTONOMIE("En autonomie"),
  ACCOMPAGNEMENT_INDIVIDUEL("Accompagnement individuel"),
  DANS_UN_ATELIER_COLLECTIF(
      "Dans un atelier collectif",
      "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique"),
  A_DISTANCE("À distance", "À distance (par téléphone ou en visioconférence)");

  private final String label;
  private final List<String> aliases;

  SupportMode(String label, String... aliases) {
    this.label = label;
    this.aliases = List.of(aliases);
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }
}
