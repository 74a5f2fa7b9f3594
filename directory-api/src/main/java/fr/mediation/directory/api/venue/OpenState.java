package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Whether a venue is open now and when that changes, from its hours in its own zone.
 *
 * @param open {@code null} when the hours are unknown
 * @param nextChange ISO 8601 with offset, {@code null} when unknown or not within a week
 */
record OpenState(Boolean open, String nextChange) {

  static OpenState of(VenueFields venue) {
    return at(venue, ZonedDateTime.now());
  }

  static OpenState at(VenueFields venue, ZonedDateTime now) {
    // Hours not read exactly give no state: never "open now" on a guess.
    return at(venue.getCodeInsee(), venue.getCodePostal(), venue.hoursForOpenState(), now);
  }

  /** The state at {@code now} of a venue of commune {@code insee} (or {@code postcode}). */
  static OpenState at(String insee, String postcode, String hours, ZonedDateTime now) {
    HolidayZone zone = HolidayZone.of(insee, postcode);
    Optional<OpeningSchedule> schedule = OpeningSchedule.of(hours, zone);
    if (schedule.isEmpty()) {
      return new OpenState(null, null);
    }
    return new OpenState(
        schedule.get().isOpenAt(now),
        schedule
            .get()
            .nextChange(now)
            .map(t -> t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
            .orElse(null));
  }
}
