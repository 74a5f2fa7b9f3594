package fr.mediation.directory.venue.field;

/**
 * The trainings and labels a venue holds (field {@code formations_labels}); labels verbatim,
 * including "Étapes numériques(La Poste)" without a space.
 */
public enum TrainingLabel implements StandardLabel {
  FORME_A_MON_ESPACE_SANTE("Formé à « Mon Espace Santé »"),
  FORME_A_DUPLEX_ILLETTRISME("Formé à « DUPLEX » (illettrisme)"),
  ARNIA_MEDNUM_BFC("Arnia/MedNum BFC (Bourgogne-Franche-Comté)"),
  COLLECTIF_RESSOURCES_ET_ACTEURS_REEMPLOI("Collectif ressources et acteurs réemploi (Normandie)"),
  ETAPES_NUMERIQUES("Étapes numériques(La Poste)"),
  FABRIQUES_DE_TERRITOIRE("Fabriques de Territoire"),
  LES_ECLAIREURS_DU_NUMERIQUE("Les Éclaireurs du numérique (Drôme)"),
  MES_PAPIERS("Mes Papiers (Métropole de Lyon)"),
  ORDI_3_0("ORDI 3.0"),
  SUD_LABS("SUD LABS (PACA)");

  private final String label;

  TrainingLabel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
