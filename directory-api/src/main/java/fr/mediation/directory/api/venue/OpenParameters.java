package fr.mediation.directory.api.venue;

import fr.mediation.directory.api.venue.parameter.BooleanConverter;
import fr.mediation.directory.api.venue.parameter.DateTimeConverter;
import fr.mediation.directory.venue.search.VenueQuery;
import java.time.Instant;

/** The "when" filters: open now, open at a date-time, open on Saturdays. */
final class OpenParameters {

  private OpenParameters() {}

  static VenueQuery.Open open(FilterParameters p) {
    boolean now = BooleanConverter.BOOLEAN.convert("ouvert_maintenant", p.openNow, false);
    boolean saturday = BooleanConverter.BOOLEAN.convert("ouvert_samedi", p.openSaturday, false);
    DateTimeConverter.When when = DateTimeConverter.DATE_TIME.convert("ouvert_le", p.openAt, null);
    Instant at =
        when != null && when.instant() != null ? when.instant() : now ? Instant.now() : null;
    var atLocal = when == null ? null : when.local();
    return at == null && atLocal == null && !saturday
        ? null
        : new VenueQuery.Open(at, atLocal, saturday);
  }
}
