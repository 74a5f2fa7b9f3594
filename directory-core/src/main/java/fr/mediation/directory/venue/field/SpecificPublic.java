package fr.mediation.directory.venue.field;

/** The publics a venue specifically addresses (field {@code publics_specifiquement_adresses}). */
public enum SpecificPublic implements StandardLabel {
  JEUNES("Jeunes"),
  ETUDIANTS("Étudiants"),
  FAMILLES_ET_OU_ENFANTS("Familles et/ou enfants"),
  SENIORS("Seniors"),
  FEMMES("Femmes");

  private final String label;

  SpecificPublic(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
