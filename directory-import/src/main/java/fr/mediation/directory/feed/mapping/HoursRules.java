package fr.mediation.directory.feed.mapping;

import ch.poole.openinghoursparser.Rule;
import fr.mediation.directory.feed.hours.FrenchHoursReader;
import fr.mediation.directory.feed.hours.HoursReading;
import fr.mediation.directory.feed.mapping.FeedMapping.Replacement;
import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import fr.mediation.directory.feed.mapping.FeedMapping.Transforms;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.OpeningHours;
import fr.mediation.directory.venue.field.StandardField;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code hours} source of a mapping: the hub's texts are cleaned by the rule's {@code replace}
 * and {@code null_values} first, then read by {@link FrenchHoursReader}; what could not be read
 * exactly is warned about, naming every flagged day.
 */
final class HoursRules {

  /** One time in a time column: "9:00", "09h30", "09:00:00". */
  private static final Pattern TIME = Pattern.compile("^(\\d{1,2})\\s*[:hH]\\s*(\\d{2})(?::00)?$");

  private HoursRules() {}

  /**
   * Reads the hours of one record.
   *
   * @param column the record's text of a column
   * @return null when the columns say nothing
   */
  static HoursReading read(
      Source.Hours h, UnaryOperator<String> column, Transforms t, List<FieldWarning> warnings) {
    UnaryOperator<String> cell = name -> clean(column.apply(name), t);
    Optional<HoursReading> reading;
    if (h.textColumn() != null) {
      reading = FrenchHoursReader.text(cell.apply(h.textColumn()));
    } else if (h.halfDays().isEmpty() && h.times().isEmpty()) {
      Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
      h.days().forEach((day, name) -> days.put(day, cell.apply(name)));
      reading = FrenchHoursReader.days(days);
    } else {
      // Parts of days: each adds its spans; a part said closed adds nothing.
      Map<DayOfWeek, List<String>> parts = new EnumMap<>(DayOfWeek.class);
      h.days().forEach((day, name) -> part(parts, day, cell.apply(name)));
      h.halfDays().forEach((day, names) -> names.forEach(n -> part(parts, day, cell.apply(n))));
      h.times()
          .forEach(
              (day, pairs) ->
                  pairs.forEach(
                      p -> part(parts, day, span(cell.apply(p.get(0)), cell.apply(p.get(1))))));
      reading = FrenchHoursReader.halfDays(parts);
    }
    reading
        .filter(r -> !r.complete())
        .ifPresent(
            r ->
                warnings.add(
                    new FieldWarning(
                        StandardField.HORAIRES,
                        r.source(),
                        (r.osm() == null
                                ? "Hours left out, kept as the hub's text: "
                                : "Hours partly read (" + r.osm() + "), the hub's text kept: ")
                            + r.flagsText(),
                        (r.osm() == null
                                ? "Horaires illisibles, texte du hub conservé : "
                                : "Horaires lus en partie ("
                                    + r.osm()
                                    + "), texte du hub conservé : ")
                            + r.flagsText())));
    return reading.orElse(null);
  }

  private static void part(Map<DayOfWeek, List<String>> parts, DayOfWeek day, String text) {
    parts.computeIfAbsent(day, d -> new ArrayList<>()).add(text);
  }

  /** "09:00" and "12:00" as "09:00-12:00"; an opening without closing stays unreadable. */
  private static String span(String opens, String closes) {
    if (opens == null && closes == null) {
      return null;
    }
    return time(opens) + " - " + time(closes);
  }

  private static String time(String text) {
    if (text == null) {
      return "?";
    }
    Matcher m = TIME.matcher(text.strip());
    return m.matches() ? m.group(1) + ":" + m.group(2) : text.strip();
  }

  private static String clean(String text, Transforms t) {
    if (text == null || t.nullValues().contains(MappingEngine.key(text))) {
      return null;
    }
    String cleaned = text;
    for (Replacement r : t.replace()) {
      cleaned = r.pattern().matcher(cleaned).replaceAll(r.with());
    }
    return cleaned.isBlank() || t.nullValues().contains(MappingEngine.key(cleaned))
        ? null
        : cleaned;
  }

  /**
   * Hours a mapping builds without {@code hours} (a column or a template already in OSM): a rule
   * that names days without times ("Su", which OSM reads as open all day) is refused with a
   * warning, as the hub never means that.
   *
   * @return the text, or "" when refused
   */
  static String checkOsm(String text, List<FieldWarning> warnings) {
    if (text.isBlank()) {
      return text;
    }
    List<Rule> rules;
    try {
      rules = new OpeningHours(text).rules();
    } catch (InvalidFieldException e) {
      return text; // validation reports it as for any invalid value
    }
    for (Rule r : rules) {
      boolean bareDays =
          (r.getTimes() == null || r.getTimes().isEmpty())
              && r.getModifier() == null
              && !r.isTwentyfourseven()
              && r.getComment() == null;
      if (bareDays) {
        warnings.add(
            new FieldWarning(
                StandardField.HORAIRES,
                text,
                "Hours naming days without times (OSM would read them as open all day), left"
                    + " out.",
                "Horaires citant des jours sans heures (lus comme ouverts toute la journée),"
                    + " ignorés."));
        return "";
      }
    }
    return text;
  }
}
