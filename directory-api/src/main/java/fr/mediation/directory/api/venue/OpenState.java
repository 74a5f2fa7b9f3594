package fr.mediation.directory.api.venue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mediation.directory.venue.VenueFields;
import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Whether a venue is open now and when that changes, from its hours in its own zone.
 *
 * @param open {@code null} when the hours are unknown
 * @param nextChange ISO 8601 with offset, {@code null} when unknown or not within a week
 */
record OpenState(Boolean open, String nextChange) {

  /**
   * States computed lately, by zone, hours and closures, each with the span of time it holds for.
   * Many venues share their hours ("Mo-Fr 09:00-12:00,14:00-17:00"), and a search page computes the
   * state of each of its hits: computed once, a state serves every venue with the same hours until
   * it changes.
   */
  private static final Cache<Key, Known> KNOWN = Caffeine.newBuilder().maximumSize(16_384).build();

  private record Key(HolidayZone zone, String hours, List<Closure> closures) {}

  /** A state that holds from {@code from} (included) to {@code until} (excluded). */
  record Known(OpenState state, Instant from, Instant until) {

    boolean holdsAt(Instant instant) {
      return !instant.isBefore(from) && instant.isBefore(until);
    }
  }

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
    Key key = new Key(zone, hours, closures);
    Known known = KNOWN.getIfPresent(key);
    if (known != null && known.holdsAt(now.toInstant())) {
      return known.state();
    }
    known = computed(zone, hours, closures, now);
    KNOWN.put(key, known);
    return known.state();
  }

  /**
   * The state at {@code now}, computed, and how long it holds: from the start of {@code now}'s
   * minute (the schedule's unit) to its next change, and never past the zone's next midnight, since
   * whether the hours say anything of a day and how far ahead a change is looked for are decided
   * per local day.
   */
  static Known computed(HolidayZone zone, String hours, List<Closure> closures, ZonedDateTime now) {
    ZonedDateTime local = now.withZoneSameInstant(zone.zone());
    Instant from = local.truncatedTo(ChronoUnit.MINUTES).toInstant();
    Instant midnight = local.toLocalDate().plusDays(1).atStartOfDay(zone.zone()).toInstant();
    Optional<OpeningSchedule> schedule = OpeningSchedule.of(hours, zone, closures);
    if (schedule.isEmpty() || !schedule.get().knownOn(local.toLocalDate())) {
      return new Known(new OpenState(null, null), from, midnight);
    }
    Optional<ZonedDateTime> next = schedule.get().nextChange(now);
    Instant until = next.map(ZonedDateTime::toInstant).filter(midnight::isAfter).orElse(midnight);
    return new Known(
        new OpenState(
            schedule.get().isOpenAt(now),
            next.map(t -> t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .orElse(null)),
        from,
        until);
  }
}
