package fr.mediation.directory.venue.field;

/** How to get to a venue's services (field {@code modalites_acces}). */
public enum AccessMode implements StandardLabel {
  SE_PRESENTER("Se présenter"),
  TELEPHONER("Téléphoner"),
  CONTACTER_PAR_MAIL("Contacter par mail"),
  PRENDRE_UN_RDV_EN_LIGNE("Prendre un RDV en ligne"),
  CE_LIEU_N_ACCUEILLE_PAS_DE_PUBLIC("Ce lieu n'accueille pas de public"),
  ENVOYER_UN_MAIL_AVEC_UNE_FICHE_DE_PRESCRIPTION("Envoyer un mail avec une fiche de prescription");

  private final String label;

  AccessMode(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
