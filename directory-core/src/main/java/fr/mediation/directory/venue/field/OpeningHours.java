package fr.mediation.directory.venue.field;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.Util;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The venue's opening hours (field {@code horaires}) in the OpenStreetMap {@code opening_hours}
 * syntax, e.g. "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00".
 *
 * <p>Checked with OpeningHoursParser in its non-strict mode: its strict mode rejects valid OSM such
 * as overnight spans ("Fr 22:00-02:00"), while the non-strict one still rejects free text ("lundi
 * 9h-12h") and repairs small slips ("Mo-Fr 09h00-12h00", "mo-fr 9:00-12:00"). The value kept is the
 * parser's canonical form when it reads back to itself, otherwise the trimmed input. Line breaks
 * between rules are read as "; ".
 */
public record OpeningHours(String value) {

  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

  public OpeningHours {
    value = normalise(value);
  }

  private static String normalise(String value) {
    if (Texts.isBlank(value)) {
      throw Texts.blank(StandardField.HORAIRES, value);
    }
    return CANONICAL.get(value, OpeningHours::canonical);
  }

  /** The canonical text of valid hours {@code value}; throws when they are not valid. */
  private static String canonical(String value) {
    String input = LINE_BREAKS.matcher(value.strip()).replaceAll("; ");
    List<Rule> rules;
    try {
      rules = parse(input);
    } catch (OpeningHoursParseException | RuntimeException | TokenMgrError e) {
      InvalidFieldException error = invalid(value);
      error.initCause(e);
      throw error;
    }
    if (rules.stream().allMatch(Rule::isEmpty)) {
      throw invalid(value);
    }
    String canonical = Util.rulesToOpeningHoursString(rules);
    List<Rule> reread = parseOrNull(canonical);
    boolean stable = reread != null && canonical.equals(Util.rulesToOpeningHoursString(reread));
    return stable ? canonical : input;
  }

  /**
   * Valid hours already normalised (feeds repeat the same few schedules on many rows): raw text to
   * normalised value. Only valid texts are kept.
   */
  private static final Cache<String, String> CANONICAL =
      Caffeine.newBuilder().maximumSize(4096).build();

  /**
   * The parsed rules, freshly parsed on each call (the parser's rules are mutable), for
   * computations such as "open now".
   */
  public List<Rule> rules() {
    List<Rule> rules = parseOrNull(value);
    return rules == null ? List.of() : List.copyOf(rules);
  }

  @Override
  public String toString() {
    return value;
  }

  private static List<Rule> parse(String text) throws OpeningHoursParseException {
    return new OpeningHoursParser(new StringReader(text)).rules(false);
  }

  private static List<Rule> parseOrNull(String text) {
    try {
      return parse(text);
    } catch (OpeningHoursParseException | RuntimeException | TokenMgrError e) {
      return null;
    }
  }

  private static InvalidFieldException invalid(String raw) {
    return new InvalidFieldException(
        StandardField.HORAIRES, raw, InvalidFieldException.message("hours.invalid"));
  }
}
