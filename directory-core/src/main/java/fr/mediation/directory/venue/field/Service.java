package fr.mediation.directory.venue.field;

/** The kinds of help a venue offers (field {@code services}), with the standard's labels. */
public enum Service implements StandardLabel {
  AIDE_AUX_DEMARCHES_ADMINISTRATIVES("Aide aux démarches administratives"),
  MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN("Maîtrise des outils numériques du quotidien"),
  INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE("Insertion professionnelle via le numérique"),
  UTILISATION_SECURISEE_DU_NUMERIQUE("Utilisation sécurisée du numérique"),
  PARENTALITE_ET_EDUCATION_AVEC_LE_NUMERIQUE("Parentalité et éducation avec le numérique"),
  LOISIRS_ET_CREATIONS_NUMERIQUES("Loisirs et créations numériques"),
  COMPREHENSION_DU_MONDE_NUMERIQUE("Compréhension du monde numérique"),
  ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE("Accès internet et matériel informatique"),
  ACQUISITION_DE_MATERIEL_INFORMATIQUE_A_PRIX_SOLIDAIRE(
      "Acquisition de matériel informatique à prix solidaire");

  private final String label;

  Service(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
