package fr.mediation.directory.venue.field;

import java.util.regex.Pattern;

/**
 * The name of the venue's commune (field {@code commune}): whitespace collapsed, non-blank, at most
 * 100 characters, with at least one letter.
 */
public record Commune(String value) {

  /** The maximum length, in characters. */
  public static final int MAX_LENGTH = 100;

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  public Commune {
    String collapsed = Texts.freeText(StandardField.COMMUNE, value, MAX_LENGTH);
    if (!LETTER.matcher(collapsed).find()) {
      throw new InvalidFieldException(
          StandardField.COMMUNE, value, InvalidFieldException.message("commune.invalid"));
    }
    value = collapsed;
  }

  @Override
  public String toString() {
    return value;
  }
}
