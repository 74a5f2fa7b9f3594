package fr.mediation.directory.venue.field;

/**
 * The national schemes and programmes a venue belongs to (field {@code
 * dispositif_programmes_nationaux}); labels verbatim, including "Bibliothèques numérique de
 * référence".
 */
public enum NationalProgramme implements StandardLabel {
  AIDANTS_CONNECT("Aidants Connect"),
  BIBLIOTHEQUES_NUMERIQUE_DE_REFERENCE("Bibliothèques numérique de référence"),
  CERTIFICATION_PIX("Certification PIX"),
  CONSEILLERS_NUMERIQUES("Conseillers numériques"),
  EMMAUS_CONNECT("Emmaüs Connect"),
  FRANCE_SERVICES("France Services"),
  GRANDE_ECOLE_DU_NUMERIQUE("Grande école du numérique"),
  LA_CROIX_ROUGE("La Croix Rouge"),
  POINT_D_ACCES_NUMERIQUE_CAF("Point d'accès numérique CAF"),
  PROMENEURS_DU_NET("Promeneurs du net"),
  RELAIS_NUMERIQUE_EMMAUS_CONNECT("Relais numérique (Emmaüs Connect)");

  private final String label;

  NationalProgramme(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
