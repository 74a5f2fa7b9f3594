package fr.mediation.directory.api.venue;

import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Whether a venue is open now and when that changes, from its hours in its own zone.
 *
 * @param open {@code null} when the hours are unknown
 * @param nextChange ISO 8601 with offset, {@code null} when unknown or not within a week
 */
record OpenState(Boolean open, String nextChange) {

  static OpenState at(VenueFields venue, ZonedDateTime now) {
    // Hours not read exactly give no state: never "open now" on a guess.
    return at(
        venue.getCodeInsee(),
        venue.getCodePostal(),
        venue.hoursForOpenState(),
        venue.closures(),
        now);
  }

  /**
   * The state at {@code now} of a venue of commune {@code insee} (or {@code postcode}), its
   * recorded closures and exceptional hours applied: a venue closed for the holidays is closed.
   */
  static OpenState at(
      String insee, String postcode, String hours, List<Closure> closures, ZonedDateTime now) {
    HolidayZone zone = HolidayZone.of(insee, postcode);
    Optional<OpeningSchedule> schedule = OpeningSchedule.of(hours, zone, closures);
    if (schedule.isEmpty()
        || !schedule.get().knownOn(now.withZoneSameInstant(zone.zone()).toLocalDate())) {
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
