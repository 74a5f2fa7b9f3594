package fr.mediation.directory.web.page;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Plain French wording of times, days and distances. */
final class FrenchText {

  private FrenchText() {}

  /** "9 h", "17 h 30". */
  static String time(int minutes) {
    int m = minutes % (24 * 60);
    int h = m / 60;
    int min = m % 60;
    return min == 0 ? h + " h" : h + " h " + (min < 10 ? "0" : "") + min;
  }

  /** An end of opening: "12 h", and "minuit" rather than "0 h" for the end of the day. */
  static String endTime(int minutes) {
    return minutes == 24 * 60 ? "minuit" : time(minutes);
  }

  static String day(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.FRENCH);
  }

  static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "aujourd'hui à 14 h", "demain à 9 h", "lundi à 9 h". */
  static String when(LocalDateTime at, LocalDate today) {
    String t = time(at.getHour() * 60 + at.getMinute());
    if (at.toLocalDate().equals(today)) {
      return "aujourd'hui à " + t;
    }
    if (at.toLocalDate().equals(today.plusDays(1))) {
      return "demain à " + t;
    }
    return day(at.getDayOfWeek()) + " à " + t;
  }

  /** "à 800 m", "à 1,2 km", "à 35 km". */
  static String distance(double km) {
    if (km < 1) {
      return "à " + Math.max(10, Math.round(km * 100) * 10) + " m";
    }
    if (km < 10) {
      return "à " + String.format(Locale.FRENCH, "%.1f", km) + " km";
    }
    return "à " + Math.round(km) + " km";
  }
}
