package fr.mediation.directory.venue.field;

/** Whether a venue moves, like a digital bus, or stays put (field {@code itinerance}). */
public enum Mobility implements StandardLabel {
  ITINERANT("Itinérant"),
  FIXE("Fixe");

  private final String label;

  Mobility(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
