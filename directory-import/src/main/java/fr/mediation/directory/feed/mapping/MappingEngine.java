package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.FeedFormatException;
import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.feed.hours.HoursReading;
import fr.mediation.directory.feed.mapping.FeedMapping.Replacement;
import fr.mediation.directory.feed.mapping.FeedMapping.Rule;
import fr.mediation.directory.feed.mapping.FeedMapping.Source;
import fr.mediation.directory.feed.mapping.FeedMapping.Transforms;
import fr.mediation.directory.geo.Communes;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a {@link FeedMapping} to a hub's file: every record becomes a {@link MappedRow} of the
 * standard's fields, with the warnings and errors of the mapping itself. Validation of the fields
 * is left to {@link fr.mediation.directory.venue.VenueRecord}, as for the standard's own files.
 */
public final class MappingEngine {

  /** Texts that always mean "no value", compared as {@link #key(String)}. */
  static final Set<String> ALWAYS_NULL = Set.of("", "nan", "null", "none", "na", "undefined");

  private static final Set<String> TRUE = Set.of("1", "oui", "yes", "true", "vrai", "x", "o", "y");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

  private MappingEngine() {}

  /**
   * Maps every record of {@code content}, a file of the hub described by {@code mapping}.
   *
   * @throws FeedFormatException when the file cannot be read as the mapping says
   */
  public static List<MappedRow> map(byte[] content, FeedMapping mapping) {
    List<SourceRecord> records = SourceRecords.read(content, mapping);
    List<MappedRow> rows = new ArrayList<>(records.size());
    for (SourceRecord record : records) {
      rows.add(map(record, mapping));
    }
    return rows;
  }

  /** Maps one record. */
  static MappedRow map(SourceRecord record, FeedMapping mapping) {
    String skipped = SkipRules.reason(mapping.skip(), record, ALWAYS_NULL);
    if (skipped != null) {
      return MappedRow.skipped(
          new SourceRow(record.number(), idOnly(record, mapping)), record.values(), skipped);
    }
    Map<StandardField, String> values = new EnumMap<>(StandardField.class);
    List<FieldWarning> warnings = new ArrayList<>();
    List<InvalidFieldException> errors = new ArrayList<>();
    Context context = new Context(record, warnings, errors);
    for (var entry : mapping.fields().entrySet()) {
      StandardField field = entry.getKey();
      List<String> items = evaluate(entry.getValue(), field, context);
      String text =
          field.isList()
              ? String.join("|", items)
              : String.join(separator(entry.getValue()), items);
      if (field == StandardField.HORAIRES && !(entry.getValue().source() instanceof Source.Hours)) {
        text = HoursRules.checkOsm(text, warnings);
      }
      if (!text.isBlank()) {
        values.put(field, text.strip());
      }
    }
    Positions.fix(values, mapping, warnings);
    PlaceCompletion.complete(values, Communes::get, warnings);
    return new MappedRow(
        new SourceRow(record.number(), values), warnings, errors, record.values(), context.hours);
  }

  /** The id of a skipped record, for the report: its other fields are not built. */
  private static Map<StandardField, String> idOnly(SourceRecord record, FeedMapping mapping) {
    Map<StandardField, String> values = new EnumMap<>(StandardField.class);
    Rule id = mapping.fields().get(StandardField.ID);
    String text =
        String.join(
            " ",
            evaluate(
                id, StandardField.ID, new Context(record, new ArrayList<>(), new ArrayList<>())));
    if (!text.isBlank()) {
      values.put(StandardField.ID, text.strip());
    }
    return values;
  }

  /**
   * How {@code rule}, a rule of {@code horaires}, reads the hours of {@code record} (null: none
   * read), with its warnings added to {@code warnings}.
   */
  static HoursReading readHours(Rule rule, SourceRecord record, List<FieldWarning> warnings) {
    Context context = new Context(record, warnings, new ArrayList<>());
    evaluate(rule, StandardField.HORAIRES, context);
    return context.hours;
  }

  private static String separator(Rule rule) {
    return rule.source() instanceof Source.Columns c ? c.separator() : " ";
  }

  private static final class Context {
    final SourceRecord record;
    final List<FieldWarning> warnings;
    final List<InvalidFieldException> errors;
    HoursReading hours;

    Context(SourceRecord record, List<FieldWarning> warnings, List<InvalidFieldException> errors) {
      this.record = record;
      this.warnings = warnings;
      this.errors = errors;
    }

    SourceRecord record() {
      return record;
    }

    List<FieldWarning> warnings() {
      return warnings;
    }

    List<InvalidFieldException> errors() {
      return errors;
    }
  }

  private static List<String> evaluate(Rule rule, StandardField field, Context context) {
    Transforms t = rule.transforms();
    List<String> items = new ArrayList<>();
    switch (rule.source()) {
      case Source.Column c -> items.add(context.record().get(c.name()));
      case Source.Columns c -> c.names().forEach(n -> items.add(context.record().get(n)));
      case Source.Template tpl -> items.add(render(tpl.text(), context.record(), t));
      case Source.Constant c -> items.add(c.value());
      case Source.Flags f ->
          f.labelsByColumn()
              .forEach(
                  (column, label) -> {
                    if (TRUE.contains(key(context.record().get(column)))) {
                      items.add(label);
                    }
                  });
      case Source.First f -> {
        // Unreadable hours let the next rule try; kept when none reads better. So does a value
        // invalid for its field: the first such value is kept (and reported) when none is valid.
        HoursReading unreadable = null;
        List<String> invalid = null;
        List<FieldWarning> invalidWarnings = List.of();
        List<InvalidFieldException> invalidErrors = List.of();
        for (Rule r : f.rules()) {
          context.hours = null;
          List<FieldWarning> warnings = new ArrayList<>();
          List<InvalidFieldException> errors = new ArrayList<>();
          Context attempt = new Context(context.record(), warnings, errors);
          List<String> result = evaluate(r, field, attempt);
          context.hours = attempt.hours;
          if (!result.isEmpty() && !FieldValues.valid(field, result)) {
            if (invalid == null) {
              invalid = result;
              invalidWarnings = warnings;
              invalidErrors = errors;
            }
            continue;
          }
          context.warnings().addAll(warnings);
          context.errors().addAll(errors);
          if (!result.isEmpty()) {
            items.addAll(result);
            unreadable = null;
            invalid = null;
            break;
          }
          if (unreadable == null) {
            unreadable = context.hours;
          }
        }
        if (unreadable != null) {
          context.hours = unreadable;
        }
        if (invalid != null) {
          items.addAll(invalid);
          context.warnings().addAll(invalidWarnings);
          context.errors().addAll(invalidErrors);
        }
      }
      case Source.Hours h -> {
        HoursReading reading = HoursRules.read(h, context.record()::get, t, context.warnings());
        if (reading != null) {
          context.hours = reading;
          if (reading.osm() != null) {
            items.add(reading.osm());
          }
        }
        // The hours' transforms were applied to the hub's texts, before reading.
        return items;
      }
    }
    List<String> out = new ArrayList<>();
    for (String item : items) {
      if (item == null || t.nullValues().contains(key(item))) {
        continue;
      }
      String text = item;
      for (Replacement r : t.replace()) {
        text = r.pattern().matcher(text).replaceAll(r.with());
      }
      if (t.keywords() != null) {
        out.addAll(KeywordRules.labels(text, t.keywords()));
        continue;
      }
      List<String> parts = t.split() == null ? List.of(text) : List.of(t.split().split(text, -1));
      for (String part : parts) {
        String p = part.strip();
        if (p.isEmpty() || t.nullValues().contains(key(p))) {
          continue;
        }
        out.addAll(translate(p, field, t, context));
      }
    }
    List<String> result = new ArrayList<>();
    for (String item : out) {
      String value = item;
      if (!t.formats().isEmpty()) {
        value = date(value, t.formats());
      }
      if (t.pad() != null) {
        value = pad(value, t.pad());
      }
      if (!value.isBlank() && !result.contains(value)) {
        result.add(value);
      }
    }
    if (result.isEmpty() && t.defaultValue() != null) {
      result.add(t.defaultValue());
    }
    return result;
  }

  private static List<String> translate(
      String item, StandardField field, Transforms t, Context context) {
    if (t.values() == null) {
      return List.of(item);
    }
    List<String> labels = t.values().get(key(item));
    if (labels != null) {
      return labels;
    }
    switch (t.unknown()) {
      case KEEP -> {
        return List.of(item);
      }
      case IGNORE -> {
        return List.of();
      }
      case DROP -> {
        context
            .warnings()
            .add(
                new FieldWarning(
                    field,
                    item,
                    "Value unknown to the hub's mapping, left out.",
                    "Valeur inconnue de la correspondance du hub, ignorée."));
        return List.of();
      }
      default -> {
        context
            .errors()
            .add(
                new InvalidFieldException(
                    field,
                    item,
                    "Expected one of the values the hub's mapping knows.",
                    "Valeur inconnue de la correspondance du hub."));
        return List.of();
      }
    }
  }

  private static String render(String template, SourceRecord record, Transforms t) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = record.get(m.group(1));
      if (value == null || t.nullValues().contains(key(value))) {
        value = "";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value.strip()));
    }
    m.appendTail(out);
    return out.toString()
        .replaceAll("\\s+", " ")
        .replaceAll("^[\\s,;\\-]+|[\\s,;\\-]+$", "")
        .strip();
  }

  private static String date(String value, List<DateTimeFormatter> formats) {
    for (DateTimeFormatter format : formats) {
      try {
        return LocalDate.from(format.parse(value.strip())).toString();
      } catch (java.time.DateTimeException e) {
        // next format
      }
    }
    return value;
  }

  private static String pad(String value, int digits) {
    String v = value.strip();
    if (v.matches("\\d+\\.0+")) {
      v = v.substring(0, v.indexOf('.'));
    }
    if (v.matches("\\d+") && v.length() < digits) {
      return "0".repeat(digits - v.length()) + v;
    }
    return v;
  }

  /** A text compared loosely: lower case, no accents, letters and digits only. */
  static String key(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }

  /** One record of a hub's file: its number and its columns' texts. */
  static final class SourceRecord {
    private final int number;
    private final Map<String, String> values;
    private Map<String, String> byKey;

    SourceRecord(int number, Map<String, String> values) {
      this.number = number;
      this.values = values;
    }

    int number() {
      return number;
    }

    /** The columns as the hub wrote them (values may be null). */
    Map<String, String> values() {
      Map<String, String> copy = new LinkedHashMap<>();
      values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
      return copy;
    }

    /** The column's text: by exact name, else ignoring case, accents and punctuation. */
    String get(String column) {
      String value = values.get(column);
      if (value != null || values.containsKey(column)) {
        return value;
      }
      if (byKey == null) {
        byKey = new LinkedHashMap<>();
        values.forEach((k, v) -> byKey.putIfAbsent(key(k), v));
      }
      return byKey.get(key(column));
    }
  }
}
