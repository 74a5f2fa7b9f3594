package fr.mediation.directory.venue.search;

import fr.mediation.directory.venue.hours.Closure;
import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A venue's opening hours in the index, and the predicates that read them: "open now", "open at"
 * (each venue on its own zone's clock, with its zone's public holidays) and "open on Saturday".
 *
 * <p>Every interval is a value of a range field of the venue's one document ({@link
 * IntRangeField}): the usual week in minutes from Monday 00:00, a public holiday in minutes of the
 * day, closures in days since 1970-01-01, exceptional hours in minutes since 1970-01-01 00:00 on
 * the venue's local clock (each day of their period, so that a day and a minute are one value).
 */
public final class OpenHours {

  /** The usual weekly open intervals, minutes from Monday 00:00 (ordinary days). */
  static final String WEEK = "open_week";

  /** The open intervals of a public holiday, minutes of the day, when the hours name {@code PH}. */
  static final String HOLIDAY = "open_holiday";

  /**
   * Whether the hours name public holidays ({@code PH}); then {@link #HOLIDAY} applies on them,
   * else {@link #WEEK}.
   */
  static final String NAMES_HOLIDAYS = "hours_holidays";

  /**
   * The days the venue is closed or on exceptional hours, in days since 1970-01-01: its usual hours
   * do not apply on them.
   */
  static final String CLOSED = "closed_days";

  /** The exceptional hours of those days, in local minutes since 1970-01-01 00:00. */
  static final String EXCEPTIONAL = "exceptional_minutes";

  /**
   * How far ahead exceptional hours are written: a period that ends later is written up to then
   * (its days stay closed beyond, and the next rebuild of the venue's document writes them).
   */
  static final int HORIZON_DAYS = 2 * 366;

  private OpenHours() {}

  /** The fields of a venue's hours in the index, declared once for its schema. */
  public static final class Fields {
    private final IntRangeField week;
    private final IntRangeField holiday;
    private final IndexFieldReference<Boolean> namesHolidays;
    private final IntRangeField closed;
    private final IntRangeField exceptional;

    private Fields(IndexSchemaElement schema, IndexFieldTypeFactory types) {
      week = IntRangeField.declare(schema, types, WEEK);
      holiday = IntRangeField.declare(schema, types, HOLIDAY);
      namesHolidays =
          schema
              .field(
                  NAMES_HOLIDAYS, types.asBoolean().aggregable(Aggregable.YES).toIndexFieldType())
              .toReference();
      closed = IntRangeField.declare(schema, types, CLOSED);
      exceptional = IntRangeField.declare(schema, types, EXCEPTIONAL);
    }

    /**
     * Writes the venue's usual hours ({@code schedule}, when they could be read exactly) and its
     * closures not over {@code today} in its zone.
     */
    public void write(
        DocumentElement target,
        Optional<OpeningSchedule> schedule,
        List<Closure> closures,
        HolidayZone zone,
        LocalDate today) {
      schedule.ifPresent(s -> writeUsual(target, s, today));
      LocalDate horizon = today.plusDays(HORIZON_DAYS);
      for (Closure closure : closures) {
        int from = (int) closure.from().toEpochDay();
        int to = (int) closure.to().toEpochDay();
        closed.add(target, from, to + 1);
        Optional<OpeningSchedule> hours = closure.schedule(zone);
        if (hours.isPresent()) {
          LocalDate last = closure.to().isAfter(horizon) ? horizon : closure.to();
          writeExceptional(target, hours.get().weeklyIntervals(closure.from()), from, last);
        }
      }
    }

    private void writeUsual(DocumentElement target, OpeningSchedule schedule, LocalDate today) {
      // Rules bound to dates (months, weeks, nth weekdays) are read for the week of indexing.
      for (int[] span : schedule.weeklyIntervals(today)) {
        week.add(target, span[0], span[1]);
      }
      target.addValue(namesHolidays, schedule.mentionsHolidays());
      if (schedule.mentionsHolidays()) {
        for (int[] span : schedule.holidayIntervals(today)) {
          holiday.add(target, span[0], span[1]);
        }
      }
    }

    /**
     * The weekly intervals {@code spans} repeated on each week from the day {@code from} to {@code
     * last}, as local minutes since the epoch, cut to those days.
     */
    private void writeExceptional(
        DocumentElement target, List<int[]> spans, int from, LocalDate last) {
      int start = from * OpeningSchedule.DAY;
      int end = ((int) last.toEpochDay() + 1) * OpeningSchedule.DAY;
      LocalDate monday =
          LocalDate.ofEpochDay(from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      for (int week = (int) monday.toEpochDay() * OpeningSchedule.DAY;
          week < end;
          week += OpeningSchedule.WEEK) {
        for (int[] span : spans) {
          exceptional.add(target, Math.max(start, week + span[0]), Math.min(end, week + span[1]));
        }
      }
    }
  }

  /** Declares the fields of the hours in a venue's index schema. */
  public static Fields declare(IndexSchemaElement schema, IndexFieldTypeFactory types) {
    return new Fields(schema, types);
  }

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
                    IntRangeField.intersecting(f, WEEK, saturday, saturday + OpeningSchedule.DAY));
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
    int minuteOfDay = OpeningSchedule.minuteOfDay(local.toLocalTime());
    return f.or(
            f.and(
                    f.not(IntRangeField.containing(f, CLOSED, day)).toPredicate(),
                    usualHours(f, local, holiday))
                .toPredicate(),
            IntRangeField.containing(f, EXCEPTIONAL, day * OpeningSchedule.DAY + minuteOfDay))
        .toPredicate();
  }

  private static SearchPredicate usualHours(
      SearchPredicateFactory f, LocalDateTime local, boolean holiday) {
    SearchPredicate weekly = IntRangeField.containing(f, WEEK, OpeningSchedule.minuteOfWeek(local));
    if (!holiday) {
      return weekly;
    }
    int ofDay = OpeningSchedule.minuteOfDay(local.toLocalTime());
    return f.or(
            f.and(f.match().field(NAMES_HOLIDAYS).matching(false).toPredicate(), weekly),
            f.and(
                f.match().field(NAMES_HOLIDAYS).matching(true).toPredicate(),
                IntRangeField.containing(f, HOLIDAY, ofDay)))
        .toPredicate();
  }
}
