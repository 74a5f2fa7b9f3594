package fr.mediation.directory.venue.field;

import fr.mediation.directory.geo.Departements;
import java.util.regex.Pattern;

/**
 * A French postal code (field {@code code_postal}): exactly 5 digits once spaces are removed, not
 * starting with "00". Never left-padded: "7500" is an error, not "07500".
 */
public record PostalCode(String value) {

  private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

  public PostalCode {
    if (Texts.isBlank(value)) {
      throw InvalidFieldException.missing(StandardField.CODE_POSTAL);
    }
    String digits = Texts.removeSpaces(value);
    if (!FIVE_DIGITS.matcher(digits).matches()) {
      throw new InvalidFieldException(
          StandardField.CODE_POSTAL, value, InvalidFieldException.message("postalCode.digits"));
    }
    if (digits.startsWith("00")) {
      throw new InvalidFieldException(
          StandardField.CODE_POSTAL,
          value,
          InvalidFieldException.message("postalCode.startsWith00"));
    }
    value = digits;
  }

  /**
   * The département as far as the postal code tells: 3 digits overseas ("971", "976", "988"), else
   * the first 2 digits ("75", "20" for Corsica, whose 2A/2B the postal code cannot tell).
   */
  public String departement() {
    return Departements.codeOf(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
