package fr.mediation.directory.venue.field;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.UrlValidator;

/**
 * One http(s) web address, for the fields {@code site_web}, {@code fiche_acces_libre} and {@code
 * prise_rdv}. Trimmed; "www.exemple.fr" or "exemple.fr/page" get "https://" in front; the scheme is
 * lowercased; validated with commons-validator (internationalised domain names and accented paths
 * accepted).
 */
public record WebUrl(StandardField field, String value) {

  private static final UrlValidator VALIDATOR = new UrlValidator(new String[] {"http", "https"});

  private static final Pattern SCHEME = Pattern.compile("^(?i)(https?)://");

  /** Something like "www.exemple.fr", "exemple.fr/page" or "exemple.fr:8080": a bare domain. */
  private static final Pattern BARE_DOMAIN =
      Pattern.compile(
          "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?::\\d+)?(?:[/?#].*)?$");

  public WebUrl {
    Objects.requireNonNull(field, "field");
    if (Texts.isBlank(value)) {
      throw Texts.blank(field, value);
    }
    String url = normalise(value);
    if (!VALIDATOR.isValid(asciiPath(url))) {
      throw new InvalidFieldException(
          field, value, InvalidFieldException.message("webUrl.invalid"));
    }
    value = url;
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalise(String raw) {
    String url = Texts.collapse(raw);
    Matcher scheme = SCHEME.matcher(url);
    if (scheme.find()) {
      return scheme.group(1).toLowerCase(Locale.ROOT) + "://" + url.substring(scheme.end());
    }
    if (BARE_DOMAIN.matcher(url).matches()) {
      return "https://" + url;
    }
    return url;
  }

  /**
   * The address with non-ASCII characters after the host percent-encoded, as browsers send them:
   * UrlValidator only accepts ASCII paths. The host is left alone (UrlValidator handles IDNs).
   */
  private static String asciiPath(String url) {
    int authority = url.indexOf("://");
    if (authority < 0) {
      return url;
    }
    int pathStart = authority + 3;
    while (pathStart < url.length() && "/?#".indexOf(url.charAt(pathStart)) < 0) {
      pathStart++;
    }
    StringBuilder ascii = new StringBuilder(url.substring(0, pathStart));
    url.substring(pathStart)
        .codePoints()
        .forEach(
            codePoint -> {
              if (codePoint < 0x80) {
                ascii.appendCodePoint(codePoint);
              } else {
                for (byte b :
                    new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                  ascii.append('%').append(String.format("%02X", b & 0xFF));
                }
              }
            });
    return ascii.toString();
  }
}
