package fr.mediation.directory.api.venue.parameter;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An ISO 8601 instant with its offset: {@code 2026-11-01T00:00:00Z}. */
public final class InstantConverter implements ParameterConverter<Instant> {

  public static final InstantConverter INSTANT = new InstantConverter();

  private InstantConverter() {}

  @Override
  public Instant convert(String name, String raw) {
    try {
      return OffsetDateTime.parse(raw.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ParameterConverter.refused(name, raw, "instant");
    }
  }
}
