package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The predicates on opening hours, beside the index fields they read ({@link IndexFields#OPEN},
 * {@link IndexFields#OPEN_HOLIDAY}): weekly intervals in minutes of the week, holidays' intervals
 * in minutes of the day, each venue on its own zone's clock.
 */
final class OpenHoursPredicates {

  private OpenHoursPredicates() {}

  /** Venues open at the time {@code open} says: at an instant, a local time, on Saturday. */
  static SearchPredicate open(SearchPredicateFactory f, VenueQuery.Open open) {
    if (open.at() == null && open.atLocal() == null && !open.saturday()) {
      return f.matchAll().toPredicate();
    }
    return f.and()
        .with(
            and -> {
              if (open.at() != null) {
                and.add(openAt(f, open.at()));
              }
              if (open.atLocal() != null) {
                and.add(openAtLocal(f, open.atLocal()));
              }
              if (open.saturday()) {
                int saturday = 5 * OpeningSchedule.DAY;
                and.add(
                    f.nested(IndexFields.OPEN)
                        .add(f.range().field(openField(IndexFields.TO)).greaterThan(saturday))
                        .add(
                            f.range()
                                .field(openField(IndexFields.FROM))
                                .lessThan(saturday + OpeningSchedule.DAY)));
              }
            })
        .toPredicate();
  }

  /** Open at an instant: one clause per zone, with the zone's local time and holidays. */
  private static SearchPredicate openAt(SearchPredicateFactory f, Instant at) {
    return f.or()
        .with(
            or -> {
              for (HolidayZone zone : HolidayZone.values()) {
                LocalDateTime local = LocalDateTime.ofInstant(at, zone.zone());
                or.add(
                    f.and(
                        f.match()
                            .field(IndexFields.HOLIDAY_ZONE)
                            .matching(zone.key())
                            .toPredicate(),
                        openLocally(f, local, zone.isHoliday(local.toLocalDate()))));
              }
            })
        .toPredicate();
  }

  /**
   * Open at the same wall-clock time everywhere; holidays as each zone has them. A national holiday
   * is one in every zone: then no zone is ordinary, and the query has the holiday clause alone.
   */
  private static SearchPredicate openAtLocal(SearchPredicateFactory f, LocalDateTime local) {
    List<String> holidayZones = new ArrayList<>();
    List<String> ordinaryZones = new ArrayList<>();
    for (HolidayZone zone : HolidayZone.values()) {
      (zone.isHoliday(local.toLocalDate()) ? holidayZones : ordinaryZones).add(zone.key());
    }
    if (holidayZones.isEmpty()) {
      return openLocally(f, local, false);
    }
    if (ordinaryZones.isEmpty()) {
      return openLocally(f, local, true);
    }
    return f.or(
            f.and(
                f.terms().field(IndexFields.HOLIDAY_ZONE).matchingAny(holidayZones).toPredicate(),
                openLocally(f, local, true)),
            f.and(
                f.terms().field(IndexFields.HOLIDAY_ZONE).matchingAny(ordinaryZones).toPredicate(),
                openLocally(f, local, false)))
        .toPredicate();
  }

  /**
   * Open at this local time: by the usual hours when no closure covers the day, by the exceptional
   * hours of the period that covers it otherwise.
   */
  private static SearchPredicate openLocally(
      SearchPredicateFactory f, LocalDateTime local, boolean holiday) {
    int day = (int) local.toLocalDate().toEpochDay();
    int minute = OpeningSchedule.minuteOfWeek(local);
    String closedFrom = IndexFields.CLOSED + "." + IndexFields.FROM;
    String closedTo = IndexFields.CLOSED + "." + IndexFields.TO;
    SearchPredicate closedThatDay =
        f.nested(IndexFields.CLOSED)
            .add(f.range().field(closedFrom).atMost(day))
            .add(f.range().field(closedTo).atLeast(day))
            .toPredicate();
    String temporary = IndexFields.TEMPORARY + ".";
    String temporaryOpen = temporary + IndexFields.OPEN;
    SearchPredicate exceptional =
        f.nested(IndexFields.TEMPORARY)
            .add(f.range().field(temporary + IndexFields.FROM).atMost(day))
            .add(f.range().field(temporary + IndexFields.TO).atLeast(day))
            .add(
                f.nested(temporaryOpen)
                    .add(f.range().field(temporaryOpen + "." + IndexFields.FROM).atMost(minute))
                    .add(f.range().field(temporaryOpen + "." + IndexFields.TO).greaterThan(minute)))
            .toPredicate();
    return f.or(
            f.and(f.not(closedThatDay).toPredicate(), usualHours(f, local, holiday)).toPredicate(),
            exceptional)
        .toPredicate();
  }

  private static SearchPredicate usualHours(
      SearchPredicateFactory f, LocalDateTime local, boolean holiday) {
    int minute = OpeningSchedule.minuteOfWeek(local);
    SearchPredicate weekly =
        f.nested(IndexFields.OPEN)
            .add(f.range().field(openField(IndexFields.FROM)).atMost(minute))
            .add(f.range().field(openField(IndexFields.TO)).greaterThan(minute))
            .toPredicate();
    if (!holiday) {
      return weekly;
    }
    int ofDay = OpeningSchedule.minuteOfDay(local.toLocalTime());
    String from = IndexFields.OPEN_HOLIDAY + "." + IndexFields.FROM;
    String to = IndexFields.OPEN_HOLIDAY + "." + IndexFields.TO;
    return f.or(
            f.and(
                f.match().field(IndexFields.HOURS_HOLIDAYS).matching(false).toPredicate(), weekly),
            f.and(
                f.match().field(IndexFields.HOURS_HOLIDAYS).matching(true),
                f.nested(IndexFields.OPEN_HOLIDAY)
                    .add(f.range().field(from).atMost(ofDay))
                    .add(f.range().field(to).greaterThan(ofDay))))
        .toPredicate();
  }

  private static String openField(String name) {
    return IndexFields.OPEN + "." + name;
  }
}
