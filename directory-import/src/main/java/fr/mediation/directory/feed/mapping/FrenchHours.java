package fr.mediation.directory.feed.mapping;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns opening hours written the way French hubs write them into the OpenStreetMap {@code
 * opening_hours} syntax: per-day texts ({@code 9h-12h / 14h-17h}, {@code de 9h à 12h}, {@code
 * fermé}) or a free text naming the days ({@code du lundi au vendredi de 9h à 17h}). No library
 * reads French notations; the result is validated by the OSM parser afterwards.
 */
public final class FrenchHours {

  private static final String[] OSM_DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

  /** A time: 9h, 9h30, 09:30, 9 h 30, 9.30, midi. */
  private static final String TIME =
      "(?:(\\d{1,2})\\s*(?:h|:|\\.)\\s*(\\d{2})?|(\\d{1,2})(?=\\s*(?:-|–|à|a\\b))|(midi))";

  private static final Pattern RANGE =
      Pattern.compile(
          "(?<![\\d/])"
              + TIME
              + "\\s*(?:-|–|à|a|au|jusqu'a|jusqu a)\\s*"
              + "(?:(\\d{1,2})\\s*(?:h|:|\\.)?\\s*(\\d{2})?|(midi))");

  private static final Pattern CLOSED = Pattern.compile("\\b(ferme|fermee|closed|ferm)\\b");

  private static final Pattern DAY =
      Pattern.compile(
          "\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)s?\\b\\.?");

  private static final Map<String, DayOfWeek> DAYS = new LinkedHashMap<>();

  static {
    String[][] names = {
      {"lundi", "lun"},
      {"mardi", "mar"},
      {"mercredi", "mer"},
      {"jeudi", "jeu"},
      {"vendredi", "ven"},
      {"samedi", "sam"},
      {"dimanche", "dim"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        DAYS.put(name, DayOfWeek.of(i + 1));
      }
    }
  }

  private FrenchHours() {}

  /** What one day's text says. */
  sealed interface DayHours {
    /** The day is closed. */
    record Closed() implements DayHours {}

    /** The day's time ranges, as OSM ranges "09:00-12:00". */
    record Open(List<String> ranges) implements DayHours {}
  }

  /**
   * The hours of one day in the text {@code text}; empty when the text is blank or cannot be
   * understood.
   */
  static Optional<DayHours> day(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = normalise(text);
    List<String> ranges = ranges(t);
    if (!ranges.isEmpty()) {
      return Optional.of(new DayHours.Open(ranges));
    }
    if (CLOSED.matcher(t).find()) {
      return Optional.of(new DayHours.Closed());
    }
    return Optional.empty();
  }

  /**
   * OSM hours from one text per day.
   *
   * @param days each day's text (absent or blank: no information for that day)
   * @return the OSM hours, or empty when no day holds understandable hours
   * @throws IllegalArgumentException naming the day whose text cannot be understood
   */
  public static Optional<String> fromDays(Map<DayOfWeek, String> days) {
    Map<DayOfWeek, List<String>> open = new EnumMap<>(DayOfWeek.class);
    for (var entry : days.entrySet()) {
      String text = entry.getValue();
      if (text == null || text.isBlank()) {
        continue;
      }
      DayHours hours =
          day(text)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Cannot read the hours of "
                              + entry
                                  .getKey()
                                  .getDisplayName(java.time.format.TextStyle.FULL, Locale.FRENCH)
                              + ": '"
                              + text.strip()
                              + "'"));
      if (hours instanceof DayHours.Open(List<String> ranges)) {
        open.computeIfAbsent(entry.getKey(), d -> new ArrayList<>()).addAll(ranges);
      }
    }
    return open.isEmpty() ? Optional.empty() : Optional.of(osm(open));
  }

  /**
   * OSM hours from a free text naming days and hours: "Lundi : 9h-12h ; mardi et jeudi : 14h-18h",
   * "du lundi au vendredi de 9h à 17h".
   *
   * @return the OSM hours, or empty when the text holds no day with hours
   */
  public static Optional<String> fromText(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = normalise(text);
    Map<DayOfWeek, List<String>> open = new EnumMap<>(DayOfWeek.class);
    List<DayOfWeek> current = new ArrayList<>();
    List<DayOfWeek> pending = new ArrayList<>();
    DayOfWeek rangeStart = null;
    int position = 0;
    Matcher day = DAY.matcher(t);
    Matcher range = RANGE.matcher(t);
    while (position < t.length()) {
      boolean dayFound = day.find(position);
      boolean rangeFound = range.find(position);
      if (!dayFound && !rangeFound) {
        break;
      }
      if (dayFound && (!rangeFound || day.start() < range.start())) {
        DayOfWeek d = DAYS.get(day.group(1));
        String between = t.substring(position, day.start());
        if (rangeStart != null && between.matches("\\s*(au|a|-|–|jusqu'au)\\s*")) {
          for (int i = rangeStart.getValue() + 1; i <= d.getValue(); i++) {
            pending.add(DayOfWeek.of(i));
          }
        } else {
          pending.add(d);
        }
        rangeStart = d;
        position = day.end();
      } else {
        if (!pending.isEmpty()) {
          current = pending;
          pending = new ArrayList<>();
        }
        String osmRange = osmRange(range);
        if (osmRange != null) {
          for (DayOfWeek d : current) {
            List<String> ranges = open.computeIfAbsent(d, k -> new ArrayList<>());
            if (!ranges.contains(osmRange)) {
              ranges.add(osmRange);
            }
          }
        }
        rangeStart = null;
        position = range.end();
      }
    }
    return open.isEmpty() ? Optional.empty() : Optional.of(osm(open));
  }

  private static List<String> ranges(String t) {
    List<String> ranges = new ArrayList<>();
    Matcher m = RANGE.matcher(t);
    while (m.find()) {
      String r = osmRange(m);
      if (r != null && !ranges.contains(r)) {
        ranges.add(r);
      }
    }
    return ranges;
  }

  private static String osmRange(Matcher m) {
    int startH;
    int startM;
    if (m.group(4) != null) {
      startH = 12;
      startM = 0;
    } else if (m.group(1) != null) {
      startH = Integer.parseInt(m.group(1));
      startM = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    } else {
      startH = Integer.parseInt(m.group(3));
      startM = 0;
    }
    int endH;
    int endM;
    if (m.group(7) != null) {
      endH = 12;
      endM = 0;
    } else {
      endH = Integer.parseInt(m.group(5));
      endM = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    }
    if (startH > 24 || endH > 24 || startM > 59 || endM > 59) {
      return null;
    }
    if (endH * 60 + endM <= startH * 60 + startM) {
      // Venues of public help do not open overnight: "14h-6h" is a typo we do not guess at.
      return null;
    }
    return String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", startH, startM, endH, endM);
  }

  /** OSM text: days with the same ranges grouped ("Mo-Fr 09:00-12:00,14:00-17:00; Sa ..."). */
  static String osm(Map<DayOfWeek, List<String>> open) {
    Map<List<String>, List<DayOfWeek>> bySchedule = new LinkedHashMap<>();
    for (var entry : open.entrySet()) {
      bySchedule.computeIfAbsent(entry.getValue(), k -> new ArrayList<>()).add(entry.getKey());
    }
    List<String> rules = new ArrayList<>();
    for (var entry : bySchedule.entrySet()) {
      rules.add(days(entry.getValue()) + " " + String.join(",", entry.getKey()));
    }
    return String.join("; ", rules);
  }

  private static String days(List<DayOfWeek> days) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < days.size()) {
      int j = i;
      while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
        j++;
      }
      String first = OSM_DAYS[days.get(i).getValue() - 1];
      String last = OSM_DAYS[days.get(j).getValue() - 1];
      if (j == i) {
        parts.add(first);
      } else if (j == i + 1) {
        parts.add(first + "," + last);
      } else {
        parts.add(first + "-" + last);
      }
      i = j + 1;
    }
    return String.join(",", parts);
  }

  private static String normalise(String text) {
    String t =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace('\u00a0', ' ')
            .replace('’', '\'');
    return t.replaceAll("\\s+", " ");
  }
}
