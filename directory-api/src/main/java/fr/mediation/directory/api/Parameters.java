package fr.mediation.directory.api;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.message.Message;
import java.util.regex.Pattern;

/**
 * Query parameters read as text and parsed here, so that a wrong value gets a 400 naming the
 * parameter (JAX-RS's own conversion would answer 404).
 */
public final class Parameters {

  /** The texts of its answers, in English and French, beside this class. */
  private static final String MESSAGES = "fr.mediation.directory.api.messages";

  private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");

  private Parameters() {}

  /**
   * A whole number between {@code min} and {@code max}, or {@code absent} when the parameter is
   * missing or blank.
   */
  public static int integer(String name, String raw, int absent, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return absent;
    }
    String value = raw.strip();
    if (!INTEGER.matcher(value).matches()
        || Integer.parseInt(value) < min
        || Integer.parseInt(value) > max) {
      throw new InvalidParameterException(
          name,
          raw,
          Message.of(MESSAGES, "integer", name, String.valueOf(min), String.valueOf(max)));
    }
    return Integer.parseInt(value);
  }
}
