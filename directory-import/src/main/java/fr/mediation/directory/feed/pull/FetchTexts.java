package fr.mediation.directory.feed.pull;

import fr.mediation.directory.message.Message;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * The words of a {@link FeedFetcher}'s failures, read from the package's bundle ({@code
 * messages.properties}, {@code messages_fr.properties}): addresses without credentials, statuses,
 * durations and sizes as people read them.
 */
final class FetchTexts {

  static final String BUNDLE = "fr.mediation.directory.feed.pull.messages";

  private static final long MIB = 1024 * 1024;

  private FetchTexts() {}

  /** Message {@code key} of the bundle with {@code arguments}. */
  static Message text(String key, Object... arguments) {
    return Message.of(BUNDLE, key, arguments);
  }

  /**
   * Message {@code key} about an HTTP {@code status} from {@code shown}: the status, its English
   * name (" Not Found"), the address and its French name (" (introuvable)") are its arguments.
   */
  static Message status(String key, int status, String shown) {
    String en = "";
    String fr = "";
    try {
      Message name = text("status." + status);
      en = " " + name.en();
      fr = " (" + name.fr() + ")";
    } catch (MissingResourceException unusual) {
      // a status without a name: its number alone
    }
    return text(key, String.valueOf(status), en, shown, fr);
  }

  /** The URL as shown in reasons: without credentials. */
  static String display(URI url) {
    String text = url.toString();
    String userInfo = url.getRawUserInfo();
    return userInfo == null ? text : text.replace(userInfo + "@", "");
  }

  /** "2 s", or "300 ms" when not whole seconds. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** A size in bytes below 1 MiB, else in MiB (one decimal when not whole). */
  static Message size(long bytes) {
    if (bytes < MIB) {
      return text("size.bytes", String.valueOf(bytes));
    }
    return text("size.mib", mebibytes(bytes, Locale.ROOT), mebibytes(bytes, Locale.FRANCE));
  }

  private static String mebibytes(long bytes, Locale locale) {
    return bytes % MIB == 0
        ? Long.toString(bytes / MIB)
        : String.format(locale, "%.1f", bytes / (double) MIB);
  }

  /** The exception's class and message, for the English reason. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  /** The first of {@code thrown}'s causes (itself included) of {@code type}, or null. */
  static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
