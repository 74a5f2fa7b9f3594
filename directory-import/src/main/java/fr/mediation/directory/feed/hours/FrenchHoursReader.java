package fr.mediation.directory.feed.hours;

import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.OpeningHours;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads opening hours written the way French hubs write them: a free text naming the days ("Du
 * lundi au vendredi : 9h-12h/14h-18h, fermé le mercredi après-midi"), one text per day ("9:00 -
 * 12:00 / 13:30 - 17:00", "fermé") or one per half-day. The result means exactly the text, or keeps
 * the days read with certainty and flags the others ({@link HoursReading}); every OSM text produced
 * is checked by the OSM parser ({@link OpeningHours}).
 */
public final class FrenchHoursReader {

  private FrenchHoursReader() {}

  /**
   * Reads a free text naming days and hours.
   *
   * @return empty when the text is blank or only says the venue is closed
   */
  public static Optional<HoursReading> text(String text) {
    if (blank(text)) {
      return Optional.empty();
    }
    String source = text.strip();
    HoursParser p = HoursParser.parse(HoursTokenizer.tokens(text));
    if (!p.global.isEmpty()) {
      return Optional.of(HoursReading.unreadable(source, "texte", String.join(", ", p.global)));
    }
    hoursBeforeDays(p.groups);
    boolean someDays = p.groups.stream().anyMatch(Group::hasDays);
    if (p.groups.stream().anyMatch(g -> !g.hasDays())) {
      return Optional.of(
          HoursReading.unreadable(
              source, "texte", someDays ? "horaires sans jour" : "jours non précisés"));
    }
    WeekSchedule week = new WeekSchedule(false);
    p.groups.forEach(week::add);
    if (p.holidaysOff) {
      week.holidaysOff();
    }
    return checked(week.reading(source));
  }

  /**
   * "9h-12h et 14h-17h du lundi au vendredi[, samedi 10h-12h]": a text opening with hours whose
   * days follow them (and have none of their own) gives them to those days.
   */
  private static void hoursBeforeDays(List<Group> groups) {
    if (groups.size() < 2) {
      return;
    }
    Group hours = groups.get(0);
    Group days = groups.get(1);
    boolean onlyHours =
        !hours.hasDays() && hours.hasSchedule() && hours.reasons.isEmpty() && hours.half == null;
    boolean onlyDays =
        days.hasDays()
            && !days.hasSchedule()
            && !days.closed
            && !days.exception
            && days.reasons.isEmpty()
            && days.half == null;
    if (onlyHours && onlyDays) {
      days.ranges.addAll(hours.ranges);
      groups.remove(0);
    }
  }

  /**
   * Reads one text per day (absent, blank: nothing said of that day, as "-").
   *
   * @return empty when no day holds hours or a flag
   */
  public static Optional<HoursReading> days(Map<DayOfWeek, String> cells) {
    WeekSchedule week = new WeekSchedule(false);
    Map<DayOfWeek, String> given = new EnumMap<>(DayOfWeek.class);
    cells.forEach(
        (day, cell) -> {
          if (!blank(cell)) {
            given.put(day, cell);
            cell(day, cell, false, week);
          }
        });
    return given.isEmpty() ? Optional.empty() : checked(week.reading(source(given), given));
  }

  /**
   * Reads two texts per day, the morning's and the afternoon's: a half-day said closed adds
   * nothing, the day is open during the other half's spans.
   *
   * @return empty when no half-day holds hours or a flag
   */
  public static Optional<HoursReading> halfDays(Map<DayOfWeek, List<String>> cells) {
    WeekSchedule week = new WeekSchedule(true);
    Map<DayOfWeek, String> given = new EnumMap<>(DayOfWeek.class);
    cells.forEach(
        (day, halves) -> {
          List<String> texts = halves.stream().filter(h -> !blank(h)).map(String::strip).toList();
          if (!texts.isEmpty()) {
            given.put(day, String.join(" / ", texts));
            texts.forEach(h -> cell(day, h, true, week));
          }
        });
    return given.isEmpty() ? Optional.empty() : checked(week.reading(source(given), given));
  }

  /** Reads one day's text into {@code week}. */
  private static void cell(DayOfWeek day, String cell, boolean half, WeekSchedule week) {
    HoursParser p = HoursParser.parse(HoursTokenizer.tokens(cell));
    if (!p.global.isEmpty()) {
      week.flag(day, String.join(", ", p.global));
      return;
    }
    if (p.holidaysOff) {
      week.holidaysOff();
    }
    for (Group g : p.groups) {
      if (!g.hasDays()) {
        g.days = new DaySpec(Set.of(day), Set.of());
      } else if (!g.days.days().equals(Set.of(day))) {
        week.flag(day, "un autre jour est cité");
        continue;
      }
      if (half && g.closed && !g.hasSchedule() && g.half == null && g.reasons.isEmpty()) {
        continue;
      }
      week.add(g);
    }
  }

  /** The reading, unless its OSM text does not parse (then nothing is certain). */
  static Optional<HoursReading> checked(HoursReading reading) {
    if (reading.osm() == null && reading.flags().isEmpty()) {
      return Optional.empty();
    }
    if (reading.osm() != null) {
      try {
        new OpeningHours(reading.osm());
      } catch (InvalidFieldException e) {
        return Optional.of(
            HoursReading.unreadable(reading.source(), "texte", "horaires non valides"));
      }
    }
    return Optional.of(reading);
  }

  /** "lundi : 9h-12h | mardi : fermé": the days' texts as one, for people. */
  static String source(Map<DayOfWeek, String> cells) {
    Map<DayOfWeek, String> ordered = new LinkedHashMap<>(new EnumMap<>(cells));
    return ordered.entrySet().stream()
        .map(e -> WeekSchedule.name(e.getKey()) + " : " + e.getValue().strip())
        .collect(Collectors.joining(" | "));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
