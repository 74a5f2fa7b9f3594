package fr.mediation.directory.venue.field;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The venue's reference identifier (field {@code pivot}): a SIRET, a SIREN, an RNA number, another
 * registry number of New Caledonia or French Polynesia (RIDET, TAHITI), or "00000000000000" when
 * unknown. Spaces, dots and dashes are removed and letters uppercased; SIRET and SIREN must pass
 * the Luhn checksum (SIRETs of La Poste, SIREN 356000000, use a digit sum multiple of 5 instead).
 */
public record Pivot(String value) {

  /** The kind of identifier, as told by its shape. */
  public enum Kind {
    /** 14 digits: an establishment in the SIRENE registry. */
    SIRET,
    /** 9 digits: a company in the SIRENE registry. */
    SIREN,
    /** "W" and 9 characters: the national registry of associations. */
    RNA,
    /** 9 to 14 characters starting with a letter: RIDET, TAHITI or another registry. */
    OTHER,
    /** "00000000000000": the producer does not know the identifier. */
    UNKNOWN
  }

  /** The value the standard's producers use when the identifier is not known. */
  public static final String UNKNOWN_VALUE = "00000000000000";

  private static final String LA_POSTE_SIREN = "356000000";
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}.\\-\\u2010\\u2011\\u2013]");
  private static final Pattern FOURTEEN_DIGITS = Pattern.compile("\\d{14}");
  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
  private static final Pattern RNA = Pattern.compile("W[0-9A-Z]{9}");
  private static final Pattern OTHER = Pattern.compile("[A-Z][0-9A-Z]{8,13}");

  public Pivot {
    if (Texts.isBlank(value)) {
      throw InvalidFieldException.missing(StandardField.PIVOT);
    }
    String compact = SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    if (classify(compact) == null) {
      throw new InvalidFieldException(
          StandardField.PIVOT, value, InvalidFieldException.message("pivot.invalid"));
    }
    value = compact;
  }

  /** The kind of identifier. */
  public Kind kind() {
    return classify(value);
  }

  /** Whether the producer said the identifier is unknown. */
  public boolean isUnknown() {
    return kind() == Kind.UNKNOWN;
  }

  /** The kind of a compact, uppercase identifier; {@code null} when it is not a valid one. */
  private static Kind classify(String compact) {
    if (compact.equals(UNKNOWN_VALUE)) {
      return Kind.UNKNOWN;
    }
    if (FOURTEEN_DIGITS.matcher(compact).matches()) {
      boolean valid =
          luhn(compact) || (compact.startsWith(LA_POSTE_SIREN) && digitSum(compact) % 5 == 0);
      return valid ? Kind.SIRET : null;
    }
    if (NINE_DIGITS.matcher(compact).matches()) {
      return luhn(compact) && digitSum(compact) > 0 ? Kind.SIREN : null;
    }
    if (RNA.matcher(compact).matches()) {
      return Kind.RNA;
    }
    if (OTHER.matcher(compact).matches()) {
      return Kind.OTHER;
    }
    return null;
  }

  /** The Luhn checksum used by SIREN and SIRET numbers. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  private static int digitSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }

  @Override
  public String toString() {
    return value;
  }
}
