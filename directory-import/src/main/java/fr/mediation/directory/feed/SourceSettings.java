package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FeedMappings;
import fr.mediation.directory.feed.mapping.MappingException;
import fr.mediation.directory.feed.mapping.MappingSchema;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.source.Source;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
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

  /** The reasons a setting is refused: the {@code setting.*} messages of the feed's bundle. */
  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

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

    /** The setting {@code setting} refused, with the reason of its {@code setting.*} message. */
    static InvalidSettingException invalid(String setting, String value) {
      Message reason = Message.of(MESSAGES, "setting." + setting);
      return new InvalidSettingException(setting, value, reason.en(), reason.fr());
    }

    InvalidSettingException(MappingException cause) {
      this(Message.around(MESSAGES, "setting.mapping", cause.message()), cause);
    }

    private InvalidSettingException(Message reason, MappingException cause) {
      super(reason.en(), cause);
      this.setting = "mapping";
      this.value = null;
      this.messageFr = reason.fr();
    }

    /**
     * Where the mapping breaks the format's JSON Schema (JSON pointers, French messages); empty
     * when the setting is refused for another reason.
     */
    public List<MappingSchema.Violation> mappingViolations() {
      return getCause() instanceof MappingException e ? e.violations() : List.of();
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
      throw InvalidSettingException.invalid("id", id);
    }
    if (name == null || name.isBlank()) {
      throw InvalidSettingException.invalid("name", name);
    }
    Source.Delivery kind = deliveryKind();
    if (!FeedFormats.exists(format)) {
      throw InvalidSettingException.invalid("format", format);
    }
    if (FeedFormats.CUSTOM.equals(format)) {
      try {
        FeedMappings.read(new StringReader(mapping == null ? "" : mapping), "mapping");
      } catch (MappingException e) {
        throw new InvalidSettingException(e);
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
        throw InvalidSettingException.invalid("url", url);
      }
      if (pullEveryMinutes == null || pullEveryMinutes < 5) {
        throw InvalidSettingException.invalid(
            "pull_every_minutes", String.valueOf(pullEveryMinutes));
      }
    }
    if (maxRetireShare != null && (maxRetireShare <= 0 || maxRetireShare > 1)) {
      throw InvalidSettingException.invalid("max_retire_share", String.valueOf(maxRetireShare));
    }
    if (expectedPeriodDays != null && (expectedPeriodDays < 1 || expectedPeriodDays > 3660)) {
      throw InvalidSettingException.invalid(
          "expected_period_days", String.valueOf(expectedPeriodDays));
    }
    if (pushKeySha256 != null && !pushKeySha256.matches("[0-9a-f]{64}")) {
      throw InvalidSettingException.invalid("push_key_sha256", pushKeySha256);
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
    throw InvalidSettingException.invalid("delivery", delivery);
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
