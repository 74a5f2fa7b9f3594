package fr.mediation.directory.venue.field;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text clean-up shared by the value objects: whitespace collapsing, lists' parts, length checks.
 */
final class Texts {

  private Texts() {}

  /** Trims and collapses every run of whitespace to one space; {@code null} stays {@code null}. */
  static String collapse(String raw) {
    if (raw == null) {
      return null;
    }
    // One pass (this runs on several fields of every imported row): invisible characters dropped,
    // each run of whitespace (Unicode spaces included) turned into one space, ends trimmed.
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  /** Removes leading and trailing whitespace, non-breaking spaces included. */
  static String trim(String raw) {
    if (raw == null) {
      return null;
    }
    int start = 0;
    int end = raw.length();
    while (start < end && isSpaceOrInvisible(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpaceOrInvisible(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  /** Removes every whitespace character, including non-breaking spaces. */
  static String removeSpaces(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isSpaceOrInvisible(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the text is {@code null}, empty or only whitespace (Unicode spaces included). */
  static boolean isBlank(String raw) {
    if (raw == null) {
      return true;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (!isSpaceOrInvisible(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The non-empty parts of a list written with {@code separators}; none when it is blank. */
  static List<String> parts(String raw, Pattern separators) {
    if (isBlank(raw)) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    for (String part : separators.split(raw.strip())) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  private static boolean isSpaceOrInvisible(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || isInvisible(c);
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
          field, raw, InvalidFieldException.message("text.atMost", maxLength));
    }
    return value;
  }

  /** The exception for a blank value: "missing" for a required field. */
  static InvalidFieldException blank(StandardField field, String raw) {
    if (field.required()) {
      return InvalidFieldException.missing(field);
    }
    return new InvalidFieldException(field, raw, InvalidFieldException.message("text.blank"));
  }

  /**
   * A free text kept as given but stripped, at most {@code maxLength} characters (the standard's
   * other free-text fields, whose line breaks matter).
   *
   * @throws InvalidFieldException when too long
   */
  static String limited(StandardField field, String raw, int maxLength) {
    String text = raw.strip();
    if (text.length() > maxLength) {
      throw new InvalidFieldException(
          field,
          text.substring(0, 40) + "…",
          InvalidFieldException.message("text.tooLong", maxLength, text.length()));
    }
    return text;
  }
}
