package fr.mediation.directory.venue.field;

/**
 * The short presentation of a venue (field {@code presentation_resume}): whitespace collapsed,
 * non-blank, at most 280 characters (the standard's {@code maxLength}).
 */
public record Summary(String value) {

  /** The standard's maximum length, in characters. */
  public static final int MAX_LENGTH = 280;

  public Summary {
    value = Texts.freeText(StandardField.PRESENTATION_RESUME, value, MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
