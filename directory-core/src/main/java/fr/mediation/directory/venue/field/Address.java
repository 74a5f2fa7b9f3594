package fr.mediation.directory.venue.field;

/**
 * The street part of the venue's address (field {@code adresse}): whitespace collapsed, non-blank,
 * at most 250 characters.
 */
public record Address(String value) {

  /** The maximum length, in characters. */
  public static final int MAX_LENGTH = 250;

  public Address {
    value = Texts.freeText(StandardField.ADRESSE, value, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
