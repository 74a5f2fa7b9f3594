package fr.mediation.directory.venue.field;

/** The particular needs a venue can support (field {@code prise_en_charge_specifique}). */
public enum SpecificSupport implements StandardLabel {
  SURDITE("Surdité"),
  HANDICAPS_MOTEURS("Handicaps moteurs"),
  HANDICAPS_MENTAUX("Handicaps mentaux"),
  ILLETTRISME("Illettrisme"),
  LANGUES_ETRANGERES_ANGLAIS("Langues étrangères (anglais)"),
  LANGUES_ETRANGERES_AUTRES("Langues étrangères (autres)"),
  DEFICIENCE_VISUELLE("Déficience visuelle");

  private final String label;

  SpecificSupport(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
