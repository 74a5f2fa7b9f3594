package fr.mediation.directory.api.venue.parameter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An ISO 8601 date-time: with an offset ({@code 2026-11-28T10:00:00+01:00}) an instant, without one
 * ({@code 2026-11-28T10:00}) a wall-clock time.
 */
public final class DateTimeConverter implements ParameterConverter<DateTimeConverter.When> {

  public static final DateTimeConverter DATE_TIME = new DateTimeConverter();

  /** Exactly one of an instant and a local date-time. */
  public record When(Instant instant, LocalDateTime local) {}

  private DateTimeConverter() {}

  @Override
  public When convert(String name, String raw) {
    String value = raw.strip();
    try {
      return new When(OffsetDateTime.parse(value).toInstant(), null);
    } catch (DateTimeParseException e) {
      try {
        return new When(null, LocalDateTime.parse(value));
      } catch (DateTimeParseException notLocal) {
        throw ParameterConverter.refused(name, raw, "dateTime");
      }
    }
  }
}
