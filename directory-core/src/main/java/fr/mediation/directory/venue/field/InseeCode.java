package fr.mediation.directory.venue.field;

import fr.mediation.directory.geo.Departements;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The official geographic code of the venue's commune (field {@code code_insee}), following the
 * standard's pattern {@code ^([013-9]\d|2[AB1-9])\d{3}$}: "75056", "2A004", "97411".
 */
public record InseeCode(String value) {

  /** The standard's own pattern. */
  private static final Pattern STANDARD = Pattern.compile("^([013-9]\\d|2[AB1-9])\\d{3}$");

  public InseeCode {
    if (Texts.isBlank(value)) {
      throw Texts.blank(StandardField.CODE_INSEE, value);
    }
    String code = Texts.removeSpaces(value).toUpperCase(Locale.ROOT);
    if (!STANDARD.matcher(code).matches()) {
      throw new InvalidFieldException(
          StandardField.CODE_INSEE, value, InvalidFieldException.message("inseeCode.invalid"));
    }
    value = code;
  }

  /** The département: "75", "2A", or 3 digits overseas ("971", "988"). */
  public String departement() {
    return Departements.codeOf(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
