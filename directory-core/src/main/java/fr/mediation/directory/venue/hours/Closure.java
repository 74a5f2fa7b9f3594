package fr.mediation.directory.venue.hours;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.Util;
import ch.poole.openinghoursparser.YearRange;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.OpeningHours;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A temporary closure of a venue ("fermé pour congés du 22 décembre au 2 janvier") or a period of
 * exceptional hours ("horaires d'été"): from and to are inclusive dates in the venue's own zone;
 * {@code hours} (OSM syntax) are the hours during the period, {@code null} when closed throughout.
 * A closure whose end is past has no effect.
 *
 * @param reason the reason, in French, as the hub or the administrator wrote it (may be null)
 */
public record Closure(LocalDate from, LocalDate to, String hours, String reason) {

  private static final JsonProvider JSON = JsonProvider.provider();

  public Closure {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("A closure needs from <= to: " + from + ", " + to);
    }
  }

  /** Whether the venue is closed (or on its exceptional hours) on {@code date}. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** Whether the period is over on {@code today}: it then has no effect and is not shown. */
  public boolean isOver(LocalDate today) {
    return to.isBefore(today);
  }

  /** Whether the venue is closed throughout the period (no exceptional hours). */
  public boolean closedThroughout() {
    return hours == null;
  }

  /** The exceptional hours' schedule in {@code zone}, empty when closed throughout. */
  public Optional<OpeningSchedule> schedule(HolidayZone zone) {
    return hours == null ? Optional.empty() : OpeningSchedule.of(hours, zone);
  }

  /** The closures of {@code all} not over on {@code today}, the earliest first. */
  public static List<Closure> current(List<Closure> all, LocalDate today) {
    return all.stream()
        .filter(c -> !c.isOver(today))
        .sorted(Comparator.comparing(Closure::from))
        .toList();
  }

  /** The closure covering {@code date}, if any (the latest recorded one wins). */
  public static Optional<Closure> on(List<Closure> all, LocalDate date) {
    Closure found = null;
    for (Closure c : all) {
      if (c.covers(date)) {
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }

  /** Closures as stored: a JSON array of {@code {du, au, horaires, motif}}. */
  public static List<Closure> parse(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (var reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      List<Closure> closures = new ArrayList<>(array.size());
      for (JsonValue value : array) {
        JsonObject o = value.asJsonObject();
        closures.add(
            new Closure(
                LocalDate.parse(o.getString("du")),
                LocalDate.parse(o.getString("au")),
                o.getString("horaires", null),
                o.getString("motif", null)));
      }
      return List.copyOf(closures);
    }
  }

  /** The stored form of {@code closures}; {@code null} when there are none. */
  public static String format(List<Closure> closures) {
    if (closures == null || closures.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Closure c : closures) {
      JsonObjectBuilder o =
          JSON.createObjectBuilder().add("du", c.from.toString()).add("au", c.to.toString());
      if (c.hours != null) {
        o.add("horaires", c.hours);
      }
      if (c.reason != null) {
        o.add("motif", c.reason);
      }
      array.add(o);
    }
    return array.build().toString();
  }

  /**
   * The periods that the hub's own hours (OSM) express as date-range rules, such as {@code 2026 Dec
   * 24-2027 Jan 02 off} (closed) or {@code 2026 Jul 01-2026 Aug 31 Mo-Fr 10:00-12:00} (exceptional
   * hours); a range without years ({@code Dec 24-Jan 02 off}) recurs every year and is given for
   * the years around {@code today}. Rules that also name weeks, years or holidays are left to the
   * schedule itself. Periods over on {@code today} are left out.
   */
  public static List<Closure> inHours(String horaires, LocalDate today) {
    if (horaires == null || horaires.isBlank()) {
      return List.of();
    }
    // Every search hit shows its venue's periods: read each text once a day, not at each hit.
    return IN_HOURS.get(new HoursOnDay(horaires, today), k -> readInHours(k.horaires(), k.day()));
  }

  /** A text of hours read on a day (periods over on that day are left out). */
  private record HoursOnDay(String horaires, LocalDate day) {}

  /** The periods read from the hours most often shown; values are immutable lists of records. */
  private static final Cache<HoursOnDay, List<Closure>> IN_HOURS =
      Caffeine.newBuilder().maximumSize(8192).build();

  private static List<Closure> readInHours(String horaires, LocalDate today) {
    List<Rule> rules;
    try {
      rules = new OpeningHours(horaires).rules();
    } catch (InvalidFieldException e) {
      return List.of();
    }
    List<Closure> closures = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.getDates() == null
          || rule.getDates().isEmpty()
          || rule.isAdditive()
          || rule.isFallBack()
          || (rule.getYears() != null && !rule.getYears().isEmpty())
          || (rule.getWeeks() != null && !rule.getWeeks().isEmpty())
          || (rule.getHolidays() != null && !rule.getHolidays().isEmpty())) {
        continue;
      }
      boolean off = isOff(rule);
      String hours = null;
      if (!off || (rule.getTimes() != null && !rule.getTimes().isEmpty())) {
        if (off) {
          continue; // closed at some times of those days only: the schedule says it exactly
        }
        List<DateRange> dates = rule.getDates();
        rule.setDates(null);
        hours = Util.rulesToOpeningHoursString(List.of(rule));
        rule.setDates(dates);
        if (hours.isBlank()) {
          continue;
        }
      } else if (rule.getDays() != null && !rule.getDays().isEmpty()) {
        continue;
      }
      for (DateRange range : rule.getDates()) {
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
          Optional<Closure> closure = period(range, year, hours);
          if (closure.isPresent()
              && !closure.get().isOver(today)
              && !closures.contains(closure.get())) {
            closures.add(closure.get());
          }
          if (range.getStartDate().getYear() != YearRange.UNDEFINED_YEAR) {
            break;
          }
        }
      }
    }
    return List.copyOf(closures);
  }

  /** The dates of {@code range} (its start in {@code year} when it names none), when evaluated. */
  static Optional<Closure> period(DateRange range, int year, String hours) {
    DateWithOffset start = range.getStartDate();
    if (!plain(start)) {
      return Optional.empty();
    }
    int startYear = start.getYear() == YearRange.UNDEFINED_YEAR ? year : start.getYear();
    LocalDate from = date(start, startYear, false);
    LocalDate to;
    DateWithOffset end = range.getEndDate();
    if (end == null) {
      to = date(start, startYear, true);
    } else {
      if (!plain(end)) {
        return Optional.empty();
      }
      if (end.getYear() != YearRange.UNDEFINED_YEAR) {
        to = date(end, end.getYear(), true);
      } else {
        to = date(end, startYear, true);
        if (to.isBefore(from)) {
          to = date(end, startYear + 1, true);
        }
      }
    }
    return to.isBefore(from) ? Optional.empty() : Optional.of(new Closure(from, to, hours, null));
  }

  private static boolean plain(DateWithOffset bound) {
    return bound.getVarDate() == null
        && bound.getNthWeekDay() == null
        && bound.getMonth() != null
        && bound.getWeekDayOffset() == null
        && bound.getDayOffset() == 0;
  }

  /** A bound's date in {@code year}; a month without day is its first or last day. */
  static LocalDate date(DateWithOffset bound, int year, boolean end) {
    YearMonth month = YearMonth.of(year, bound.getMonth().ordinal() + 1);
    if (bound.undefinedDay()) {
      return end ? month.atEndOfMonth() : month.atDay(1);
    }
    return month.atDay(Math.min(bound.getDay(), month.lengthOfMonth()));
  }

  static boolean isOff(Rule rule) {
    RuleModifier modifier = rule.getModifier();
    return modifier != null
        && (modifier.getModifier() == RuleModifier.Modifier.OFF
            || modifier.getModifier() == RuleModifier.Modifier.CLOSED);
  }
}
