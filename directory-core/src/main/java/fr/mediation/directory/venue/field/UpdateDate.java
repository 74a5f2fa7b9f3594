package fr.mediation.directory.venue.field;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date the venue's data was last updated (field {@code date_maj}): from 2000-01-01 to tomorrow
 * (Paris time; one day of tolerance for time zones).
 */
public record UpdateDate(LocalDate value) implements Comparable<UpdateDate> {

  /** The earliest date accepted. */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** An ISO date, optionally followed by a time (with "T" or a space) and an offset, ignored. */
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ]([01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?"
              + "(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?");

  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  public UpdateDate {
    if (value == null) {
      throw InvalidFieldException.missing(StandardField.DATE_MAJ);
    }
    if (value.isBefore(EARLIEST)) {
      throw new InvalidFieldException(
          StandardField.DATE_MAJ,
          value.toString(),
          InvalidFieldException.message("date.beforeEarliest"));
    }
    if (value.isAfter(LocalDate.now(PARIS).plusDays(1))) {
      throw invalid(value.toString());
    }
  }

  /**
   * Reads "2024-04-02", or a date-time such as "2024-04-02T10:00:00Z" or "2024-04-02 10:00:00"
   * whose date is kept as written.
   */
  public static UpdateDate parse(String raw) {
    if (Texts.isBlank(raw)) {
      throw InvalidFieldException.missing(StandardField.DATE_MAJ);
    }
    Matcher matcher = ISO.matcher(raw.strip());
    if (!matcher.matches()) {
      throw invalid(raw);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(matcher.group(1), STRICT_DATE);
    } catch (DateTimeException e) {
      throw invalid(raw);
    }
    try {
      return new UpdateDate(date);
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException(StandardField.DATE_MAJ, raw, e.expected(), e.expectedFr());
    }
  }

  @Override
  public int compareTo(UpdateDate other) {
    return value.compareTo(other.value);
  }

  /** The ISO form, "2024-04-02". */
  @Override
  public String toString() {
    return value.toString();
  }

  private static InvalidFieldException invalid(String raw) {
    return new InvalidFieldException(
        StandardField.DATE_MAJ, raw, InvalidFieldException.message("date.future"));
  }
}
