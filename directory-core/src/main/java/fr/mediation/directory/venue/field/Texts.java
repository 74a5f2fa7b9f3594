package fr.mediation.directory.venue.field;

import java.util.regex.Pattern;

/** Text clean-up shared by the value objects: whitespace collapsing and length checks. */
final class Texts {

  /** Any run of whitespace, including non-breaking and other Unicode spaces. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /** Invisible characters that sneak in from word processors and spreadsheets. */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");

  /** Whitespace and invisible characters at either end. */
  private static final Pattern EDGES =
      Pattern.compile("^[\\s\\p{Z}\\u200B\\uFEFF]+|[\\s\\p{Z}\\u200B\\uFEFF]+$");

  private Texts() {}

  /** Trims and collapses every run of whitespace to one space; {@code null} stays {@code null}. */
  static String collapse(String raw) {
    if (raw == null) {
      return null;
    }
    String visible = INVISIBLE.matcher(raw).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }

  /** Removes leading and trailing whitespace, non-breaking spaces included. */
  static String trim(String raw) {
    return raw == null ? null : EDGES.matcher(raw).replaceAll("");
  }

  /** Removes every whitespace character, including non-breaking spaces. */
  static String removeSpaces(String raw) {
    return raw == null
        ? null
        : SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll("");
  }

  /** Whether the text is {@code null}, empty or only whitespace (Unicode spaces included). */
  static boolean isBlank(String raw) {
    return raw == null || collapse(raw).isEmpty();
  }

  /** The number of characters as people count them (code points, not UTF-16 units). */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * A free-text value: collapsed, non-blank and at most {@code maxLength} characters.
   *
   * @throws InvalidFieldException when blank (missing for required fields) or too long
   */
  static String freeText(StandardField field, String raw, int maxLength) {
    String value = collapse(raw);
    if (value == null || value.isEmpty()) {
      throw blank(field, raw);
    }
    if (length(value) > maxLength) {
      throw new InvalidFieldException(
          field,
          raw,
          "Expected at most " + maxLength + " characters.",
          maxLength + " caractères au maximum.");
    }
    return value;
  }

  /** The exception for a blank value: "missing" for a required field. */
  static InvalidFieldException blank(StandardField field, String raw) {
    if (field.required()) {
      return InvalidFieldException.missing(field);
    }
    return new InvalidFieldException(
        field, raw, "Expected a non-blank value.", "Une valeur non vide est attendue.");
  }
}
