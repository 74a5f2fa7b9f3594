package fr.mediation.directory.venue.hours;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.TimeSpan;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A venue's opening hours (OSM {@code opening_hours}) evaluated in its own zone: open at an
 * instant, the next opening or closing, and the weekly intervals the index stores.
 *
 * <p>Evaluated subset of the OSM syntax, the one the hubs' data uses: weekdays and weekday ranges
 * (with {@code [n]} nth-of-month), time spans (overnight ones such as {@code 22:00-02:00}
 * included), {@code 24/7}, {@code PH} (French public holidays of the venue's zone), month and date
 * ranges, years, ISO week numbers, {@code off}/{@code closed} and additional rules ({@code ,}).
 * Later rules override earlier ones for the days they name, as the specification says. Not
 * evaluated (the span or rule is ignored): school holidays {@code SH}, sunrise/sunset, open-ended
 * times ({@code 18:00+}), easter-relative dates, fallback rules ({@code ||}), and comments.
 *
 * <p>Temporary closures and exceptional hours recorded beside the hours ({@link Closure}) override
 * them on their dates ({@link #withClosures}).
 *
 * <p>Whether a rule applies on a date (its days, nth weekdays, weeks, years and dates) is {@link
 * RuleSelectors}'s; here, the rule loop that uses it.
 */
public final class OpeningSchedule {

  /** Minutes in a day and in a week. */
  public static final int DAY = 1440;

  public static final int WEEK = 7 * DAY;

  private final List<Rule> rules;
  private final HolidayZone zone;
  private final boolean mentionsHolidays;

  /** Periods recorded beside the hours, which override them on their dates. */
  private final List<Closure> closures;

  private OpeningSchedule(List<Rule> rules, HolidayZone zone) {
    this(rules, zone, List.of());
  }

  private OpeningSchedule(List<Rule> rules, HolidayZone zone, List<Closure> closures) {
    this.rules = rules;
    this.zone = zone;
    this.closures = closures;
    this.mentionsHolidays =
        rules.stream()
            .anyMatch(
                r ->
                    r.getHolidays() != null
                        && r.getHolidays().stream().anyMatch(h -> h.getType() == Holiday.Type.PH));
  }

  /**
   * Schedules already read (venues repeat the same few hours; the parsed rules are only read): zone
   * and text to schedule.
   */
  private static final Cache<String, Optional<OpeningSchedule>> CACHE =
      Caffeine.newBuilder().maximumSize(8192).build();

  /** The schedule of {@code horaires} in {@code zone}; empty when blank or not valid OSM. */
  public static Optional<OpeningSchedule> of(String horaires, HolidayZone zone) {
    if (horaires == null || horaires.isBlank()) {
      return Optional.empty();
    }
    return CACHE.get(zone.ordinal() + "\u0000" + horaires, key -> read(horaires, zone));
  }

  private static Optional<OpeningSchedule> read(String horaires, HolidayZone zone) {
    try {
      List<Rule> rules = new OpeningHours(horaires).rules();
      return rules.isEmpty() ? Optional.empty() : Optional.of(new OpeningSchedule(rules, zone));
    } catch (InvalidFieldException e) {
      return Optional.empty();
    }
  }

  /**
   * This schedule with {@code closures} applied: on a date a closure covers, the venue is closed,
   * or open on the closure's own hours only.
   */
  public OpeningSchedule withClosures(List<Closure> closures) {
    return closures.isEmpty() ? this : new OpeningSchedule(rules, zone, List.copyOf(closures));
  }

  /**
   * The schedule of {@code horaires} in {@code zone} with {@code closures} applied; without hours,
   * a schedule of the closures alone, valid only on their dates ({@link #knownOn}).
   */
  public static Optional<OpeningSchedule> of(
      String horaires, HolidayZone zone, List<Closure> closures) {
    Optional<OpeningSchedule> base = of(horaires, zone);
    if (closures.isEmpty()) {
      return base;
    }
    return Optional.of(
        base.orElseGet(() -> new OpeningSchedule(List.of(), zone, List.of()))
            .withClosures(closures));
  }

  /** Whether the schedule says something on {@code date}: it has rules, or a closure covers it. */
  public boolean knownOn(LocalDate date) {
    return !rules.isEmpty() || Closure.on(closures, date).isPresent();
  }

  public HolidayZone zone() {
    return zone;
  }

  /** Whether a rule names public holidays ({@code PH}), e.g. {@code PH off}. */
  public boolean mentionsHolidays() {
    return mentionsHolidays;
  }

  /** Whether the venue is open at {@code instant}. */
  public boolean isOpenAt(ZonedDateTime instant) {
    LocalDateTime local = instant.withZoneSameInstant(zone.zone()).toLocalDateTime();
    return isOpenAt(local);
  }

  /** Whether the venue is open at this local date-time (in its zone). */
  public boolean isOpenAt(LocalDateTime local) {
    int minute = local.getHour() * 60 + local.getMinute();
    LocalDate date = local.toLocalDate();
    for (int[] span : intervalsOn(date, zone.isHoliday(date))) {
      if (span[0] <= minute && minute < span[1]) {
        return true;
      }
    }
    LocalDate before = date.minusDays(1);
    for (int[] span : intervalsOn(before, zone.isHoliday(before))) {
      if (span[1] > DAY && minute < span[1] - DAY) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next instant, after {@code instant}, at which the venue opens or closes; empty when the
   * state does not change in the next 8 days (always open, or never open).
   */
  public Optional<ZonedDateTime> nextChange(ZonedDateTime instant) {
    ZonedDateTime from = instant.withZoneSameInstant(zone.zone());
    LocalDateTime local = from.toLocalDateTime().withSecond(0).withNano(0);
    BitSet minutes = openMinutes(local.toLocalDate().minusDays(1), 10);
    int start = DAY + local.getHour() * 60 + local.getMinute();
    boolean open = minutes.get(start);
    int next = open ? minutes.nextClearBit(start) : minutes.nextSetBit(start);
    if (next < 0 || next >= 10 * DAY - DAY) {
      return Optional.empty();
    }
    LocalDateTime at = local.toLocalDate().minusDays(1).atStartOfDay().plusMinutes(next);
    return Optional.of(at.atZone(zone.zone()));
  }

  /** Open minutes of {@code days} days from {@code first} (index 0 = first's midnight). */
  private BitSet openMinutes(LocalDate first, int days) {
    BitSet open = new BitSet((days + 1) * DAY);
    for (int d = -1; d < days; d++) {
      LocalDate date = first.plusDays(d);
      for (int[] span : intervalsOn(date, zone.isHoliday(date))) {
        int from = Math.max(0, d * DAY + span[0]);
        int to = Math.min(days * DAY, d * DAY + span[1]);
        if (to > from) {
          open.set(from, to);
        }
      }
    }
    return open;
  }

  /**
   * The weekly open intervals of the week of {@code date}, as {@code [from, to)} minutes of the
   * week from Monday 00:00, ordinary days (public holidays not applied); an interval that runs past
   * Sunday midnight is split and its end moved to Monday.
   */
  public List<int[]> weeklyIntervals(LocalDate date) {
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<int[]> week = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      for (int[] span : intervalsOn(monday.plusDays(d), false)) {
        int from = d * DAY + span[0];
        int to = d * DAY + span[1];
        if (to <= WEEK) {
          week.add(new int[] {from, to});
        } else {
          week.add(new int[] {from, WEEK});
          week.add(new int[] {0, to - WEEK});
        }
      }
    }
    return merge(week);
  }

  /**
   * The open intervals of a public holiday, as minutes of the day (an interval may end after 1440,
   * the next morning), when the rules name {@code PH}; assumes a Monday for the weekday rules.
   */
  public List<int[]> holidayIntervals(LocalDate date) {
    return intervalsOn(date, true);
  }

  /**
   * The intervals opened on {@code date} (minutes from its midnight, an end after 1440 running into
   * the next day), the rules applied in order.
   */
  List<int[]> intervalsOn(LocalDate date, boolean holiday) {
    if (!closures.isEmpty()) {
      Optional<Closure> closure = Closure.on(closures, date);
      if (closure.isPresent()) {
        return closure
            .get()
            .schedule(zone)
            .map(s -> s.intervalsOn(date, holiday))
            .orElse(List.of());
      }
    }
    BitSet open = new BitSet(2 * DAY);
    for (Rule rule : rules) {
      if (rule.isFallBack() || !RuleSelectors.appliesTo(rule, date, holiday)) {
        continue;
      }
      boolean off = RuleSelectors.isOff(rule);
      if (!rule.isAdditive()) {
        open.clear();
      }
      if (rule.isTwentyfourseven() || rule.getTimes() == null || rule.getTimes().isEmpty()) {
        if (off) {
          open.clear();
        } else {
          open.set(0, DAY);
        }
        continue;
      }
      for (TimeSpan span : rule.getTimes()) {
        if (span.getStartEvent() != null
            || span.getEndEvent() != null
            || span.isOpenEnded()
            || span.getEnd() < 0) {
          continue;
        }
        int from = span.getStart();
        int to = span.getEnd();
        if (to <= from) {
          to += DAY;
        }
        to = Math.min(to, 2 * DAY);
        if (off) {
          open.clear(from, to);
        } else {
          open.set(from, to);
        }
      }
    }
    List<int[]> spans = new ArrayList<>();
    for (int from = open.nextSetBit(0); from >= 0; from = open.nextSetBit(from)) {
      int to = open.nextClearBit(from);
      spans.add(new int[] {from, to});
      from = to;
    }
    return spans;
  }

  private static List<int[]> merge(List<int[]> spans) {
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      if (!merged.isEmpty() && merged.getLast()[1] >= span[0]) {
        merged.getLast()[1] = Math.max(merged.getLast()[1], span[1]);
      } else {
        merged.add(span.clone());
      }
    }
    return merged;
  }

  /** Minutes from Monday 00:00 of {@code local}'s week. */
  public static int minuteOfWeek(LocalDateTime local) {
    return (local.getDayOfWeek().getValue() - 1) * DAY + local.getHour() * 60 + local.getMinute();
  }

  /** Minutes from midnight. */
  public static int minuteOfDay(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }
}
