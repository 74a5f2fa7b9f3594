package fr.mediation.directory.feed.hours;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The week the statements of a text describe, day by day, then written in OSM: days with the same
 * spans grouped ("Mo-Fr 09:00-12:00,14:00-17:00"), occurrences in the month as their own rules
 * ("Sa[2,4] 10:00-12:00"), days that could not be read left out and flagged.
 */
final class WeekSchedule {

  private static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

  /** What is known of one day of the week. */
  private static final class Day {
    final TreeSet<TimeRange> ranges = new TreeSet<>();
    boolean rangesFromOneDayStatement;
    boolean closed;
    final Set<Group.Half> closedHalves = new LinkedHashSet<>();
    final Map<Set<Integer>, TreeSet<TimeRange>> monthly = new LinkedHashMap<>();
    final Set<String> reasons = new LinkedHashSet<>();
  }

  private final Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
  private boolean holidaysOff;

  /** Whether spans given to a day by two statements add up (parts of a day's columns). */
  private final boolean additive;

  /**
   * @param additive whether a day's spans given by two statements add up (the columns of a day's
   *     parts), or make the day unclear (a free text naming a day twice)
   */
  WeekSchedule(boolean additive) {
    this.additive = additive;
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d, new Day());
    }
  }

  void holidaysOff() {
    holidaysOff = true;
  }

  /** Flags {@code day} with a reason. */
  void flag(DayOfWeek day, String reason) {
    days.get(day).reasons.add(reason);
  }

  void add(Group g) {
    Set<DayOfWeek> named = g.days.days();
    if (!g.reasons.isEmpty()) {
      named.forEach(d -> days.get(d).reasons.addAll(g.reasons));
      return;
    }
    if (!g.hasSchedule() && !g.closed && !g.exception) {
      named.forEach(d -> flag(d, "jour cité sans horaires"));
      return;
    }
    for (DayOfWeek d : named) {
      Day day = days.get(d);
      if (!g.days.weekly()) {
        if (g.closed || !g.hasSchedule()) {
          flag(d, "fermeture un jour du mois");
        } else {
          day.monthly.computeIfAbsent(g.days.occurrences(), k -> new TreeSet<>()).addAll(g.ranges);
        }
      } else if (g.exception) {
        day.ranges.clear();
        day.ranges.addAll(g.ranges);
        day.rangesFromOneDayStatement = true;
        day.closed = day.ranges.isEmpty();
      } else if (g.closed) {
        if (g.half == null) {
          day.closed = true;
        } else {
          day.closedHalves.add(g.half);
        }
      } else {
        if (!day.ranges.isEmpty() && !additive) {
          // "Mardi-jeudi 9h-12h / Mercredi 14h-17h": more hours, other hours or a typo?
          flag(d, "jour cité deux fois");
        }
        day.ranges.addAll(g.ranges);
        day.rangesFromOneDayStatement |= named.size() == 1;
      }
    }
  }

  /** The reading: OSM for the days read with certainty, flags for the others. */
  HoursReading reading(String source) {
    return reading(source, Map.of());
  }

  /**
   * The reading, each flagged day's reason prefixed with its own text when the hub gave one text
   * per day ({@code cells}).
   */
  HoursReading reading(String source, Map<DayOfWeek, String> cells) {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    List<HoursReading.Flag> flags = new ArrayList<>();
    for (var e : days.entrySet()) {
      Day day = e.getValue();
      resolve(day);
      if (!day.reasons.isEmpty()) {
        String cell = cells.get(e.getKey());
        String reason = String.join(", ", day.reasons);
        flags.add(
            new HoursReading.Flag(
                name(e.getKey()), cell == null ? reason : "« " + cell.strip() + " » : " + reason));
      } else if (!day.closed && !day.ranges.isEmpty()) {
        weekly.put(e.getKey(), List.copyOf(day.ranges));
      }
    }
    List<String> rules = new ArrayList<>();
    Map<List<TimeRange>, List<DayOfWeek>> bySpans = new LinkedHashMap<>();
    weekly.forEach((d, r) -> bySpans.computeIfAbsent(r, k -> new ArrayList<>()).add(d));
    bySpans.forEach((r, d) -> rules.add(dayList(d) + " " + spans(r)));
    for (var e : days.entrySet()) {
      Day day = e.getValue();
      if (!day.reasons.isEmpty()) {
        continue;
      }
      for (var m : day.monthly.entrySet()) {
        TreeSet<TimeRange> all = new TreeSet<>(m.getValue());
        all.addAll(weekly.getOrDefault(e.getKey(), List.of()));
        String nth = m.getKey().stream().map(String::valueOf).collect(Collectors.joining(","));
        rules.add(OSM_DAYS[e.getKey().ordinal()] + "[" + nth + "] " + spans(all));
      }
    }
    if (holidaysOff && !rules.isEmpty()) {
      rules.add("PH off");
    }
    return new HoursReading(rules.isEmpty() ? null : String.join("; ", rules), flags, source);
  }

  private static void resolve(Day day) {
    if (day.closed && !day.ranges.isEmpty() && day.rangesFromOneDayStatement) {
      day.reasons.add("dit ouvert et fermé");
    }
    for (Group.Half half : day.closedHalves) {
      TreeSet<TimeRange> kept = new TreeSet<>();
      for (TimeRange r : day.ranges) {
        boolean morning = r.start() < 12 * 60 && r.end() <= 14 * 60;
        boolean afternoon = r.start() >= 12 * 60;
        if (!morning && !afternoon) {
          day.reasons.add("demi-journée fermée dans une plage continue");
        }
        if (half == Group.Half.MORNING ? !morning : !afternoon) {
          kept.add(r);
        }
      }
      day.ranges.clear();
      day.ranges.addAll(kept);
    }
  }

  static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.FRENCH);
  }

  private static String spans(Set<TimeRange> ranges) {
    return ranges.stream().map(TimeRange::toString).collect(Collectors.joining(","));
  }

  private static String spans(List<TimeRange> ranges) {
    return spans(new TreeSet<>(ranges));
  }

  /** "Mo-Fr", "Mo,We,Fr", "Mo,Tu" from days in week order. */
  static String dayList(List<DayOfWeek> list) {
    TreeMap<Integer, DayOfWeek> sorted = new TreeMap<>();
    list.forEach(d -> sorted.put(d.getValue(), d));
    List<DayOfWeek> ds = new ArrayList<>(sorted.values());
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < ds.size()) {
      int j = i;
      while (j + 1 < ds.size() && ds.get(j + 1).getValue() == ds.get(j).getValue() + 1) {
        j++;
      }
      String first = OSM_DAYS[ds.get(i).ordinal()];
      String last = OSM_DAYS[ds.get(j).ordinal()];
      parts.add(j == i ? first : first + (j == i + 1 ? "," : "-") + last);
      i = j + 1;
    }
    return String.join(",", parts);
  }
}
