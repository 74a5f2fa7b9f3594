package fr.mediation.directory.feed;

import fr.mediation.directory.feed.mapping.FieldWarning;
import fr.mediation.directory.feed.mapping.MappedRow;
import fr.mediation.directory.message.Message;
import fr.mediation.directory.venue.InvalidRowException;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.InvalidFieldException;
import fr.mediation.directory.venue.field.StandardField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule every import applies to a row: a missing or invalid required field, or an error of the
 * mapping itself, rejects it; an invalid optional value is left out with a warning and the venue is
 * kept.
 */
public final class RowValidator {

  private static final String MESSAGES = "fr.mediation.directory.feed.messages";

  private RowValidator() {}

  /** What became of one row: its record when accepted, else its errors; and its warnings. */
  public record Validation(
      VenueRecord record, List<InvalidFieldException> errors, List<FieldWarning> warnings) {

    /** Whether the row was accepted. */
    public boolean accepted() {
      return record != null;
    }
  }

  /** The character decoders put where they could not read a byte: never a venue's text. */
  static final char REPLACEMENT = '\uFFFD';

  /** Validates one mapped row. */
  public static Validation validate(MappedRow row) {
    List<InvalidFieldException> errors = new ArrayList<>(row.errors());
    List<FieldWarning> warnings = new ArrayList<>(row.warnings());
    Map<StandardField, String> values = new EnumMap<>(StandardField.class);
    values.putAll(row.row().values());
    for (StandardField field : List.copyOf(values.keySet())) {
      String value = values.get(field);
      if (value != null && value.indexOf(REPLACEMENT) >= 0) {
        InvalidFieldException e = replaced(field, value);
        if (field.required()) {
          errors.add(e);
        } else {
          values.remove(field);
          warnings.add(leftOut(e));
        }
      }
    }
    VenueRecord record = null;
    try {
      record = VenueRecord.parse(values);
    } catch (InvalidRowException e) {
      if (e.errors().stream().anyMatch(x -> x.field().required())) {
        errors.addAll(e.errors());
      } else {
        record = withoutInvalidOptionalFields(values, e, warnings);
      }
    }
    if (record != null && row.hours() != null && !row.hours().complete()) {
      // Hours not read exactly: the venue keeps the hub's text and is never said open on a guess.
      record = record.withHoursSource(row.hours().source());
    }
    return errors.isEmpty()
        ? new Validation(record, List.of(), warnings)
        : new Validation(null, errors, warnings);
  }

  private static VenueRecord withoutInvalidOptionalFields(
      Map<StandardField, String> values, InvalidRowException e, List<FieldWarning> warnings) {
    Map<StandardField, String> kept = new EnumMap<>(StandardField.class);
    kept.putAll(values);
    for (InvalidFieldException error : e.errors()) {
      kept.remove(error.field());
      if (error.field() == StandardField.LATITUDE || error.field() == StandardField.LONGITUDE) {
        kept.remove(StandardField.LATITUDE);
        kept.remove(StandardField.LONGITUDE);
      }
      warnings.add(leftOut(error));
    }
    return VenueRecord.parse(kept);
  }

  private static FieldWarning leftOut(InvalidFieldException error) {
    return new FieldWarning(
        error.field(),
        error.value(),
        error.getMessage() + " Left out; the venue is kept.",
        error.frenchMessage() + " Valeur ignorée ; le lieu est conservé.");
  }

  private static InvalidFieldException replaced(StandardField field, String value) {
    Message lost = Message.of(MESSAGES, "row.text.lost");
    return new InvalidFieldException(field, value, lost.en(), lost.fr());
  }
}
