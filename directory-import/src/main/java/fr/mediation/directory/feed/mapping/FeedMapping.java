package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.venue.field.StandardField;
import java.nio.charset.Charset;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hub's mapping onto the national standard, as read from its YAML file (format: {@code
 * docs/feed-mapping-v1.md}).
 */
public record FeedMapping(
    String name,
    Format format,
    Charset encoding,
    char delimiter,
    String recordsPath,
    CoordinateSystem coordinates,
    boolean fixSwappedCoordinates,
    Map<StandardField, Rule> fields,
    List<Skip> skip) {

  public FeedMapping {
    skip = List.copyOf(skip);
  }

  /**
   * A condition on one column that leaves a record out (a venue the hub marks inactive or as a
   * test): the column's text equals one of {@code equals} (compared ignoring case, accents and
   * punctuation), or {@code matches} finds the regular expression in it, or it is empty; {@code
   * reason} says why, in French, in the run's report.
   */
  public record Skip(
      String column, Set<String> equals, Pattern matches, boolean empty, String reason) {}

  /** The kind of file the hub publishes. */
  public enum Format {
    CSV,
    JSON
  }

  /** How the hub writes positions. */
  public enum CoordinateSystem {
    /** Latitude and longitude in degrees (GPS). */
    WGS84,
    /** Lambert-93 metres (EPSG:2154): x in the longitude rule, y in the latitude rule. */
    LAMBERT93
  }

  /** How one field is built: where its text comes from, then what is done to it. */
  public record Rule(Source source, Transforms transforms) {}

  /** Where a field's text comes from. */
  public sealed interface Source {
    /** One column. */
    record Column(String name) implements Source {}

    /** Several columns: list items, or joined with {@code separator}. */
    record Columns(List<String> names, String separator) implements Source {}

    /** Text with {column} placeholders. */
    record Template(String text) implements Source {}

    /** A constant. */
    record Constant(String value) implements Source {}

    /** Labels of the true-ish columns. */
    record Flags(Map<String, String> labelsByColumn) implements Source {}

    /** The first rule that gives something. */
    record First(List<Rule> rules) implements Source {}

    /**
     * Opening hours: one column per day, two per day (morning, afternoon), pairs of opening and
     * closing time columns per day ({@code times}: each pair a span), or one column of free text.
     */
    record Hours(
        Map<DayOfWeek, String> days,
        Map<DayOfWeek, List<String>> halfDays,
        Map<DayOfWeek, List<List<String>>> times,
        String textColumn)
        implements Source {

      /** Every column these hours read. */
      public List<String> columns() {
        List<String> all = new java.util.ArrayList<>(days.values());
        halfDays.values().forEach(all::addAll);
        times.values().forEach(pairs -> pairs.forEach(all::addAll));
        if (textColumn != null) {
          all.add(textColumn);
        }
        return all;
      }
    }
  }

  /** What to do with an item a dictionary does not know. */
  public enum Unknown {
    /** Kept as it is (then validated with the field). */
    KEEP,
    /** Left out, with a warning in the report. */
    DROP,
    /** Left out silently (values the hub uses that the standard has no use for). */
    IGNORE,
    /** The row is rejected. */
    REJECT
  }

  /**
   * The terms that give a label when found in free text (as whole words, ignoring case and
   * accents), unless the text holds them only inside one of the {@code except} phrases.
   */
  public record Keywords(List<String> terms, List<String> except) {}

  /** A regular-expression replacement. */
  public record Replacement(Pattern pattern, String with) {}

  /** What is done to a rule's text, in this order. */
  public record Transforms(
      List<Replacement> replace,
      Pattern split,
      Map<String, List<String>> values,
      Unknown unknown,
      List<DateTimeFormatter> formats,
      Integer pad,
      Set<String> nullValues,
      String defaultValue,
      Map<String, Keywords> keywords) {

    /** No transform but the values that always mean "empty". */
    public static Transforms none() {
      return new Transforms(
          List.of(),
          null,
          null,
          Unknown.KEEP,
          List.of(),
          null,
          MappingEngine.ALWAYS_NULL,
          null,
          null);
    }
  }
}
