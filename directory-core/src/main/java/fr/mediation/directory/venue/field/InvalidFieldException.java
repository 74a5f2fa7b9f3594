package fr.mediation.directory.venue.field;

import fr.mediation.directory.message.Message;
import java.util.Objects;

/**
 * A value that does not fit a field of the standard. Carries the field, the offending value and
 * what was expected, in English (the exception message) and in French (for people: import reports,
 * API errors).
 *
 * <p>Message shape: {@code Invalid postal code: '7500'. Expected 5 digits.}
 */
public class InvalidFieldException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final StandardField field;
  private final String value;
  private final String expected;
  private final String expectedFr;

  /**
   * @param field the field of the standard
   * @param value the value as received (may be {@code null} when the field is missing)
   * @param expected what was expected, in English, as a sentence: "Expected 5 digits."
   * @param expectedFr the same in French: "5 chiffres attendus."
   */
  public InvalidFieldException(
      StandardField field, String value, String expected, String expectedFr) {
    super(message(field, value, expected));
    this.field = Objects.requireNonNull(field, "field");
    this.value = value;
    this.expected = expected;
    this.expectedFr = expectedFr;
  }

  /**
   * @param field the field of the standard
   * @param value the value as received (may be {@code null} when the field is missing)
   * @param expected what was expected, in both languages, from the bundle of this package
   */
  public InvalidFieldException(StandardField field, String value, Message expected) {
    this(field, value, expected.en(), expected.fr());
  }

  /** The message {@code key} of this package's bundle, with {@code arguments}. */
  static Message message(String key, Object... arguments) {
    return Message.of(InvalidFieldException.class.getPackageName() + ".messages", key, arguments);
  }

  /** A required field that is absent or blank. */
  public static InvalidFieldException missing(StandardField field) {
    return new InvalidFieldException(field, null, message("field.required"));
  }

  private static String message(StandardField field, String value, String expected) {
    if (value == null || value.isBlank()) {
      return "Missing " + field.englishName() + ". " + expected;
    }
    return "Invalid " + field.englishName() + ": '" + value + "'. " + expected;
  }

  public StandardField field() {
    return field;
  }

  /** The value as received; {@code null} when it was missing. */
  public String value() {
    return value;
  }

  /** What was expected, in English. */
  public String expected() {
    return expected;
  }

  /** What was expected, in French. */
  public String expectedFr() {
    return expectedFr;
  }

  /**
   * The message in French, e.g. {@code Valeur invalide pour le champ code postal : « 7500 ». 5
   * chiffres attendus.}
   */
  public String frenchMessage() {
    if (value == null || value.isBlank()) {
      return "Champ " + field.frenchName() + " manquant. " + expectedFr;
    }
    return "Valeur invalide pour le champ "
        + field.frenchName()
        + " : « "
        + value
        + " ». "
        + expectedFr;
  }
}
