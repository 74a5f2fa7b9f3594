package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code hours} source of a mapping file (days, half days, times, or free text). */
final class HoursSources {

  private static final Map<String, DayOfWeek> OSM_DAYS =
      Map.of(
          "Mo", DayOfWeek.MONDAY,
          "Tu", DayOfWeek.TUESDAY,
          "We", DayOfWeek.WEDNESDAY,
          "Th", DayOfWeek.THURSDAY,
          "Fr", DayOfWeek.FRIDAY,
          "Sa", DayOfWeek.SATURDAY,
          "Su", DayOfWeek.SUNDAY);

  private HoursSources() {}

  static Source.Hours read(Object yaml, String where) {
    // The schema allows text, or any of days, half_days and times, with days named Mo to Su and
    // spans of two columns.
    Map<String, Object> m = FeedMappings.map(yaml, where);
    Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    Map<DayOfWeek, List<String>> halfDays = new EnumMap<>(DayOfWeek.class);
    if (m.containsKey("days")) {
      FeedMappings.map(m.get("days"), where + ".days")
          .forEach((d, c) -> days.put(day(d), FeedMappings.text(c, where + ".days." + d)));
    }
    if (m.containsKey("half_days")) {
      FeedMappings.map(m.get("half_days"), where + ".half_days")
          .forEach(
              (d, c) -> halfDays.put(day(d), FeedMappings.texts(c, where + ".half_days." + d)));
    }
    Map<DayOfWeek, List<List<String>>> times = new EnumMap<>(DayOfWeek.class);
    if (m.containsKey("times")) {
      FeedMappings.map(m.get("times"), where + ".times")
          .forEach(
              (d, pairs) -> {
                String at = where + ".times." + d;
                List<List<String>> spans = new ArrayList<>();
                for (Object pair : FeedMappings.list(pairs, at)) {
                  spans.add(FeedMappings.texts(pair, at));
                }
                times.put(day(d), spans);
              });
    }
    String text = m.containsKey("text") ? FeedMappings.text(m.get("text"), where + ".text") : null;
    return new Source.Hours(days, halfDays, times, text);
  }

  private static DayOfWeek day(String osm) {
    return OSM_DAYS.get(osm);
  }
}
