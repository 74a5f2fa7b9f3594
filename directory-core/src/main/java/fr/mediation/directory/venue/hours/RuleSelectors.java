package fr.mediation.directory.venue.hours;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import ch.poole.openinghoursparser.YearRange;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Whether an OSM {@code opening_hours} rule applies on a date, for {@link OpeningSchedule}: one
 * small method for each kind of selector (weekdays and nth weekdays, ISO weeks, years, dates) and
 * whether the rule closes ({@code off}, {@code closed}).
 */
final class RuleSelectors {

  private RuleSelectors() {}

  static boolean isOff(Rule rule) {
    RuleModifier modifier = rule.getModifier();
    return modifier != null
        && (modifier.getModifier() == RuleModifier.Modifier.OFF
            || modifier.getModifier() == RuleModifier.Modifier.CLOSED);
  }

  static boolean appliesTo(Rule rule, LocalDate date, boolean holiday) {
    if (!matchesYears(rule.getYears(), date)
        || !matchesWeeks(rule.getWeeks(), date)
        || !matchesDates(rule.getDates(), date)) {
      return false;
    }
    List<Holiday> holidays = rule.getHolidays() == null ? List.of() : rule.getHolidays();
    List<WeekDayRange> days = rule.getDays() == null ? List.of() : rule.getDays();
    if (holidays.isEmpty() && days.isEmpty()) {
      return true;
    }
    boolean onHoliday = holiday && holidays.stream().anyMatch(h -> h.getType() == Holiday.Type.PH);
    return onHoliday || days.stream().anyMatch(d -> matchesDay(d, date));
  }

  private static boolean matchesDay(WeekDayRange range, LocalDate date) {
    int day = date.getDayOfWeek().getValue() - 1;
    int start = range.getStartDay().ordinal();
    int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
    boolean inRange = start <= end ? start <= day && day <= end : day >= start || day <= end;
    if (!inRange) {
      return false;
    }
    List<Nth> nths = range.getNths();
    if (nths == null || nths.isEmpty()) {
      return true;
    }
    int fromStart = (date.getDayOfMonth() - 1) / 7 + 1;
    int fromEnd = -((date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1);
    for (Nth nth : nths) {
      int first = nth.getStartNth();
      int last = nth.getEndNth() == Nth.INVALID_NTH ? first : nth.getEndNth();
      int position = first < 0 ? fromEnd : fromStart;
      if (position >= Math.min(first, last) && position <= Math.max(first, last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesYears(List<YearRange> years, LocalDate date) {
    if (years == null || years.isEmpty()) {
      return true;
    }
    int year = date.getYear();
    for (YearRange range : years) {
      int start = range.getStartYear();
      int end =
          range.isOpenEnded()
              ? Integer.MAX_VALUE
              : range.getEndYear() == YearRange.UNDEFINED_YEAR ? start : range.getEndYear();
      if (year >= start && year <= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesWeeks(List<WeekRange> weeks, LocalDate date) {
    if (weeks == null || weeks.isEmpty()) {
      return true;
    }
    int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    for (WeekRange range : weeks) {
      int start = range.getStartWeek();
      int end = range.getEndWeek() == WeekRange.UNDEFINED_WEEK ? start : range.getEndWeek();
      int interval = Math.max(1, range.getInterval());
      if (week >= start && week <= end && (week - start) % interval == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesDates(List<DateRange> dates, LocalDate date) {
    if (dates == null || dates.isEmpty()) {
      return true;
    }
    for (DateRange range : dates) {
      if (range.getStartDate().getYear() != YearRange.UNDEFINED_YEAR) {
        // A dated range (2026 Dec 24-2027 Jan 02) may run into the next year.
        if (Closure.period(range, date.getYear(), null).map(p -> p.covers(date)).orElse(false)) {
          return true;
        }
        continue;
      }
      Integer start = dayOfYear(range.getStartDate(), date, false);
      if (start == null) {
        continue;
      }
      Integer end =
          range.getEndDate() == null
              ? (range.getStartDate().undefinedDay()
                  ? dayOfYear(range.getStartDate(), date, true)
                  : start)
              : dayOfYear(range.getEndDate(), date, true);
      if (end == null) {
        continue;
      }
      int today = date.getMonthValue() * 100 + date.getDayOfMonth();
      boolean in = start <= end ? start <= today && today <= end : today >= start || today <= end;
      if (in) {
        return true;
      }
    }
    return false;
  }

  /** A date bound as month*100+day, or {@code null} when not evaluated (easter, nth weekday). */
  private static Integer dayOfYear(DateWithOffset bound, LocalDate date, boolean end) {
    if (bound.getVarDate() != null || bound.getNthWeekDay() != null || bound.getMonth() == null) {
      return null;
    }
    if (bound.getYear() != YearRange.UNDEFINED_YEAR && bound.getYear() != date.getYear()) {
      return null;
    }
    int month = bound.getMonth().ordinal() + 1;
    int day =
        bound.undefinedDay()
            ? (end ? java.time.YearMonth.of(date.getYear(), month).lengthOfMonth() : 1)
            : bound.getDay();
    return month * 100 + day;
  }
}
