package fr.mediation.directory.venue.field;

/**
 * The producer's own identifier of a venue (field {@code id}): trimmed, non-blank, at most 255
 * characters. Internal spaces are kept: the identifier is the producer's, not ours.
 */
public record LocalId(String value) {

  /** The maximum length, in characters. */
  public static final int MAX_LENGTH = 255;

  public LocalId {
    if (Texts.isBlank(value)) {
      throw InvalidFieldException.missing(StandardField.ID);
    }
    String trimmed = Texts.trim(value);
    if (Texts.length(trimmed) > MAX_LENGTH) {
      throw new InvalidFieldException(
          StandardField.ID, value, InvalidFieldException.message("text.atMost", MAX_LENGTH));
    }
    value = trimmed;
  }

  /**
   * The value a raw id gives, trimmed as the constructor trims it (non-breaking and zero-width
   * spaces included); null when it is blank. Its length is not checked.
   */
  public static String valueOf(String raw) {
    return Texts.isBlank(raw) ? null : Texts.trim(raw);
  }

  @Override
  public String toString() {
    return value;
  }
}
