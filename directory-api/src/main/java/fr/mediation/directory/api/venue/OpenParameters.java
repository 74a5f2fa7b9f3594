package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.problem.InvalidParameterException;
import fr.mediation.directory.venue.search.VenueQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The "when" filters: open now, open at a date-time, open on Saturdays. */
final class OpenParameters {

  private OpenParameters() {}

  static VenueQuery.Open open(FilterParameters p) {
    boolean now = SearchParameters.bool("ouvert_maintenant", p.openNow, false);
    boolean saturday = SearchParameters.bool("ouvert_samedi", p.openSaturday, false);
    Instant at = now ? Instant.now() : null;
    LocalDateTime atLocal = null;
    if (SearchParameters.present(p.openAt)) {
      String value = p.openAt.strip();
      try {
        at = OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        try {
          atLocal = LocalDateTime.parse(value);
        } catch (DateTimeParseException notLocal) {
          throw new InvalidParameterException(
              "ouvert_le",
              p.openAt,
              "ouvert_le must be an ISO 8601 date-time such as 2026-11-28T10:00 or"
                  + " 2026-11-28T10:00:00+01:00.",
              "ouvert_le doit être une date et heure ISO 8601 comme 2026-11-28T10:00 ou"
                  + " 2026-11-28T10:00:00+01:00.");
        }
      }
    }
    return at == null && atLocal == null && !saturday
        ? null
        : new VenueQuery.Open(at, atLocal, saturday);
  }
}
