package fr.mediation.directory.geo;

/**
 * How precisely a {@link GeocodedPosition} locates what was asked, from the finest to the coarsest:
 * compare with {@link #isAtLeast(Precision)}.
 */
public enum Precision {
  /** The address itself (house number). */
  ADDRESS,
  /** The street, not the number. */
  STREET,
  /** The centre of the commune (or of the municipal arrondissement). */
  COMMUNE,
  /**
   * The centre of the most populated of the communes sharing a postcode: the place may be in
   * another commune of that postcode, usually within a few kilometres.
   */
  POSTCODE;

  /** Whether this is as fine as {@code other} or finer: {@code COMMUNE.isAtLeast(POSTCODE)}. */
  public boolean isAtLeast(Precision other) {
    return ordinal() <= other.ordinal();
  }
}
