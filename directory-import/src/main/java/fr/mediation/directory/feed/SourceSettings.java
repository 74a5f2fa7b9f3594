package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappingException;
import fr.mediation.directory.source.Source;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/**
 * What a source is, as an administrator declares it (through the admin API or a declaration file),
 * validated field by field before anything is stored.
 */
public record SourceSettings(
    String id,
    String name,
    String publisher,
    String licence,
    String format,
    String mapping,
    String delivery,
    String url,
    Integer pullEveryMinutes,
    Double maxRetireShare,
    String pushKeySha256,
    Integer expectedPeriodDays) {

  /** A setting with a value that cannot be used; names the setting. */
  public static class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String setting;
    private final String value;
    private final String messageFr;

    InvalidSettingException(String setting, String value, String message, String messageFr) {
      super(message);
      this.setting = setting;
      this.value = value;
      this.messageFr = messageFr;
    }

    public String setting() {
      return setting;
    }

    public String value() {
      return value;
    }

    public String messageFr() {
      return messageFr;
    }
  }

  /**
   * Checks every setting.
   *
   * @throws InvalidSettingException naming the first setting that cannot be used
   */
  public Source.Delivery validate() {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]{1,99}")) {
      throw new InvalidSettingException(
          "id",
          id,
          "id must be 2 to 100 lower-case letters, digits or dashes.",
          "id doit faire 2 à 100 caractères : lettres minuscules, chiffres ou tirets.");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidSettingException("name", name, "name is required.", "name est obligatoire.");
    }
    Source.Delivery kind = deliveryKind();
    if (!FeedFormats.exists(format)) {
      throw new InvalidSettingException(
          "format",
          format,
          "format must be standard-v1-csv, standard-v1-json, custom or a bundled format or hub"
              + " mapping.",
          "format doit valoir standard-v1-csv, standard-v1-json, custom, ou un format ou une"
              + " correspondance de hub fournis.");
    }
    if (FeedFormats.CUSTOM.equals(format)) {
      try {
        FeedMappings.read(new StringReader(mapping == null ? "" : mapping), "mapping");
      } catch (MappingException e) {
        throw new InvalidSettingException(
            "mapping",
            null,
            e.getMessage(),
            "La correspondance (mapping) est invalide : " + e.getMessage());
      }
    }
    if (kind == Source.Delivery.PULL) {
      URI uri;
      try {
        uri = URI.create(String.valueOf(url));
      } catch (IllegalArgumentException e) {
        uri = null;
      }
      if (uri == null
          || uri.getScheme() == null
          || !uri.getScheme().matches("https?")
          || uri.getHost() == null) {
        throw new InvalidSettingException(
            "url",
            url,
            "A pull source needs an http(s) url.",
            "Une source tirée (pull) demande une url http(s).");
      }
      if (pullEveryMinutes == null || pullEveryMinutes < 5) {
        throw new InvalidSettingException(
            "pull_every_minutes",
            String.valueOf(pullEveryMinutes),
            "pull_every_minutes must be at least 5.",
            "pull_every_minutes doit valoir au moins 5.");
      }
    }
    if (maxRetireShare != null && (maxRetireShare <= 0 || maxRetireShare > 1)) {
      throw new InvalidSettingException(
          "max_retire_share",
          String.valueOf(maxRetireShare),
          "max_retire_share must be greater than 0 and at most 1.",
          "max_retire_share doit être supérieur à 0 et au plus 1.");
    }
    if (expectedPeriodDays != null && (expectedPeriodDays < 1 || expectedPeriodDays > 3660)) {
      throw new InvalidSettingException(
          "expected_period_days",
          String.valueOf(expectedPeriodDays),
          "expected_period_days must be between 1 and 3660.",
          "expected_period_days doit être compris entre 1 et 3660.");
    }
    if (pushKeySha256 != null && !pushKeySha256.matches("[0-9a-f]{64}")) {
      throw new InvalidSettingException(
          "push_key_sha256",
          pushKeySha256,
          "push_key_sha256 must be the SHA-256 of the key, 64 lower-case hexadecimal digits.",
          "push_key_sha256 doit être l'empreinte SHA-256 de la clé : 64 chiffres hexadécimaux.");
    }
    return kind;
  }

  private Source.Delivery deliveryKind() {
    try {
      Source.Delivery kind =
          Source.Delivery.valueOf(String.valueOf(delivery).strip().toUpperCase(Locale.ROOT));
      if (kind != Source.Delivery.BUNDLED) {
        return kind;
      }
    } catch (IllegalArgumentException e) {
      // below
    }
    throw new InvalidSettingException(
        "delivery",
        delivery,
        "delivery must be pull or push.",
        "delivery doit valoir pull ou push.");
  }

  /** Writes these settings into {@code source} (validated first). */
  public Source applyTo(Source source, Instant now) {
    Source.Delivery kind = validate();
    source.describe(
        name.strip(),
        publisher,
        licence,
        format,
        mapping,
        kind,
        url,
        pullEveryMinutes,
        maxRetireShare == null ? Source.DEFAULT_MAX_RETIRE_SHARE : maxRetireShare,
        now);
    if (pushKeySha256 != null) {
      source.setKeySha256(pushKeySha256);
    }
    source.setExpectedPeriodDays(expectedPeriodDays);
    return source;
  }
}
