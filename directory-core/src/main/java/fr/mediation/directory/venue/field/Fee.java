package fr.mediation.directory.venue.field;

/** The financial conditions of access to a venue (field {@code frais_a_charge}). */
public enum Fee implements StandardLabel {
  GRATUIT("Gratuit"),
  GRATUIT_SOUS_CONDITION("Gratuit sous condition"),
  PAYANT("Payant");

  private final String label;

  Fee(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
