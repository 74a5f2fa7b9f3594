package fr.mediation.directory.venue.field;

/**
 * The venue's name (field {@code nom}): whitespace collapsed, non-blank, at most 250 characters.
 */
public record VenueName(String value) {

  /** The maximum length, in characters. */
  public static final int MAX_LENGTH = 250;

  public VenueName {
    value = Texts.freeText(StandardField.NOM, value, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
