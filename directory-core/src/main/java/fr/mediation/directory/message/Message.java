package fr.mediation.directory.message;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message in its two languages, read from a resource bundle beside the code that uses it: English
 * ({@code <name>.properties}: logs and exception messages) and French ({@code
 * <name>_fr.properties}: the {@code detail} and {@code title} people read). Values are {@link
 * MessageFormat} patterns: {@code {0}} is an argument, an apostrophe is written twice.
 *
 * @param en the English text
 * @param fr the French text
 */
public record Message(String en, String fr) {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** Message {@code key} of bundle {@code bundle} (a base name), with {@code arguments}. */
  public static Message of(String bundle, String key, Object... arguments) {
    return new Message(
        format(bundle, Locale.ROOT, key, arguments), format(bundle, Locale.FRENCH, key, arguments));
  }

  /**
   * Message {@code key} of bundle {@code bundle} around {@code inner}: its English text with {@code
   * inner}'s English text as argument, its French text with {@code inner}'s French one.
   */
  public static Message around(String bundle, String key, Message inner) {
    return new Message(
        format(bundle, Locale.ROOT, key, inner.en()),
        format(bundle, Locale.FRENCH, key, inner.fr()));
  }

  /** The French text of {@code key} alone (a problem's title). */
  public static String french(String bundle, String key, Object... arguments) {
    return format(bundle, Locale.FRENCH, key, arguments);
  }

  private static String format(String bundle, Locale locale, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).getString(key);
    return new MessageFormat(pattern, locale).format(arguments);
  }
}
