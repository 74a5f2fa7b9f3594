package fr.mediation.directory.web.page;

import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.OpeningHours;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A venue's week read from its OSM {@code horaires} (weekdays and times only), for the hours table
 * and "Ouvert · ferme à 17 h". Rules on dates, weeks or holidays are left out ({@link #partial()}):
 * the API's own evaluation (issue 5, with French holidays) replaces this when it is present.
 */
final class WeeklyHours {

  /** An opening span in minutes from the day's midnight; {@code end} may pass 24:00. */
  record Span(int start, int end) {}

  private final Map<DayOfWeek, List<Span>> days = new EnumMap<>(DayOfWeek.class);
  private final boolean partial;

  private WeeklyHours(boolean partial) {
    this.partial = partial;
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, new ArrayList<>());
    }
  }

  /** The week of {@code horaires}, or {@code null} when it is blank or cannot be read. */
  static WeeklyHours parse(String horaires) {
    if (horaires == null || horaires.isBlank()) {
      return null;
    }
    List<Rule> rules;
    try {
      rules = new OpeningHours(horaires).rules();
    } catch (InvalidFieldException e) {
      return null;
    }
    boolean partial = false;
    List<Rule> weekly = new ArrayList<>();
    for (Rule rule : rules) {
      boolean dated =
          !empty(rule.getDates())
              || !empty(rule.getWeeks())
              || !empty(rule.getYears())
              || !empty(rule.getHolidays());
      if (dated) {
        partial = true;
      } else {
        weekly.add(rule);
      }
    }
    WeeklyHours week = new WeeklyHours(partial);
    for (Rule rule : weekly) {
      List<DayOfWeek> ruleDays = days(rule);
      boolean closed = closed(rule.getModifier());
      List<Span> spans = new ArrayList<>();
      if (rule.isTwentyfourseven()) {
        spans.add(new Span(0, 24 * 60));
      } else if (empty(rule.getTimes())) {
        if (!closed) {
          spans.add(new Span(0, 24 * 60));
        }
      } else {
        for (TimeSpan t : rule.getTimes()) {
          if (t.getStartEvent() != null || t.getEndEvent() != null) {
            week.partialFlag = true;
            continue;
          }
          int end = t.getEnd() == TimeSpan.UNDEFINED_TIME ? t.getStart() + 60 : t.getEnd();
          spans.add(new Span(t.getStart(), end <= t.getStart() ? end + 24 * 60 : end));
        }
      }
      for (DayOfWeek d : ruleDays) {
        List<Span> list = week.days.get(d);
        if (!rule.isAdditive() || closed) {
          list.clear();
        }
        if (!closed) {
          list.addAll(spans);
        }
      }
    }
    week.days.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.start(), b.start())));
    return week;
  }

  private boolean partialFlag;

  private static boolean closed(RuleModifier modifier) {
    return modifier != null
        && (modifier.getModifier() == RuleModifier.Modifier.OFF
            || modifier.getModifier() == RuleModifier.Modifier.CLOSED);
  }

  private static List<DayOfWeek> days(Rule rule) {
    if (empty(rule.getDays())) {
      return List.of(DayOfWeek.values());
    }
    List<DayOfWeek> result = new ArrayList<>();
    for (WeekDayRange range : rule.getDays()) {
      int start = range.getStartDay().ordinal();
      int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
      for (int i = start; ; i = (i + 1) % 7) {
        result.add(DayOfWeek.of(i + 1));
        if (i == end) {
          break;
        }
      }
    }
    return result;
  }

  private static boolean empty(List<?> list) {
    return list == null || list.isEmpty();
  }

  /** Whether some rules (dates, holidays, sunrise...) were left out. */
  boolean partial() {
    return partial || partialFlag;
  }

  List<Span> on(DayOfWeek day) {
    return days.get(day);
  }

  /** Whether the venue is open at {@code now} (local time of the venue). */
  boolean isOpen(LocalDateTime now) {
    return closingAfter(now) != null;
  }

  /** When the span open at {@code now} ends, or {@code null} when closed at {@code now}. */
  LocalDateTime closingAfter(LocalDateTime now) {
    int minute = now.getHour() * 60 + now.getMinute();
    for (Span s : on(now.getDayOfWeek())) {
      if (s.start() <= minute && minute < s.end()) {
        return now.toLocalDate().atStartOfDay().plusMinutes(s.end());
      }
    }
    for (Span s : on(now.getDayOfWeek().minus(1))) {
      if (s.end() > 24 * 60 && minute < s.end() - 24 * 60) {
        return now.toLocalDate().atStartOfDay().plusMinutes(s.end() - 24 * 60);
      }
    }
    return null;
  }

  /** The next opening after {@code now} within a week, or {@code null}. */
  LocalDateTime nextOpening(LocalDateTime now) {
    for (int d = 0; d <= 7; d++) {
      LocalDateTime day = now.toLocalDate().plusDays(d).atStartOfDay();
      for (Span s : on(day.getDayOfWeek())) {
        LocalDateTime start = day.plusMinutes(s.start());
        if (start.isAfter(now)) {
          return start;
        }
      }
    }
    return null;
  }

  /** Whether the venue opens at some time on {@code day}. */
  boolean opensOn(DayOfWeek day) {
    return !on(day).isEmpty();
  }

  /** The time zone of a venue from its postcode: overseas départements and collectivités. */
  static ZoneId zoneOf(String postcode) {
    if (postcode == null || postcode.length() < 3) {
      return ZoneId.of("Europe/Paris");
    }
    return ZoneId.of(
        switch (postcode.substring(0, 3)) {
          case "971", "977", "978" -> "America/Guadeloupe";
          case "972" -> "America/Martinique";
          case "973" -> "America/Cayenne";
          case "974" -> "Indian/Reunion";
          case "975" -> "America/Miquelon";
          case "976" -> "Indian/Mayotte";
          case "986" -> "Pacific/Wallis";
          case "987" -> "Pacific/Tahiti";
          case "988" -> "Pacific/Noumea";
          default -> "Europe/Paris";
        });
  }
}
