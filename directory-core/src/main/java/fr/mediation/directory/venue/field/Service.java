package fr.mediation.directory.venue.field;

/** The kinds of help a venue offers (field {@code services}), with the standard's labels. */
public enum Service implements StandardLabel {
  AIDE_AUX_DEMARCHES_ADMINISTRATIVES(
      "Aide aux démarches administratives",
      "Faire ses démarches en ligne : CAF, impôts, retraite, santé, France Travail, carte grise…"),
  MAITRISE_DES_OUTILS_NUMERIQUES_DU_QUOTIDIEN(
      "Maîtrise des outils numériques du quotidien",
      "Apprendre à se servir d'un ordinateur, d'un téléphone ou d'une tablette : courriels, internet, photos, applications."),
  INSERTION_PROFESSIONNELLE_VIA_LE_NUMERIQUE(
      "Insertion professionnelle via le numérique",
      "Chercher un emploi ou une formation sur internet, faire son CV, répondre à une offre."),
  UTILISATION_SECURISEE_DU_NUMERIQUE(
      "Utilisation sécurisée du numérique",
      "Se protéger des arnaques et des virus, choisir ses mots de passe, protéger ses données."),
  PARENTALITE_ET_EDUCATION_AVEC_LE_NUMERIQUE(
      "Parentalité et éducation avec le numérique",
      "Suivre la scolarité de ses enfants en ligne et les accompagner dans leur usage des écrans."),
  LOISIRS_ET_CREATIONS_NUMERIQUES(
      "Loisirs et créations numériques",
      "Découvrir des activités : photo, vidéo, musique, jeux, impression 3D, fabrication."),
  COMPREHENSION_DU_MONDE_NUMERIQUE(
      "Compréhension du monde numérique",
      "Comprendre comment fonctionnent internet, les réseaux sociaux et l'intelligence artificielle."),
  ACCES_INTERNET_ET_MATERIEL_INFORMATIQUE(
      "Accès internet et matériel informatique",
      "Utiliser sur place un ordinateur, une imprimante, un scanner ou le wifi."),
  ACQUISITION_DE_MATERIEL_INFORMATIQUE_A_PRIX_SOLIDAIRE(
      "Acquisition de matériel informatique à prix solidaire",
      "Acheter un ordinateur, une tablette ou un téléphone reconditionné à petit prix.");

  private final String label;
  private final String explanation;

  Service(String label, String explanation) {
    this.label = label;
    this.explanation = explanation;
  }

  /** What the label means, in plain French, for people who do not know the standard's words. */
  public String explanation() {
    return explanation;
  }

  @Override
  public String label() {
    return label;
  }
}
