package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.venue.InvalidRowException;
import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.StandardField;
import java.util.List;
import java.util.Map;

/** Whether a field's value would pass the standard's validation, asked of {@link VenueRecord}. */
final class FieldValues {

  private FieldValues() {}

  /**
   * Whether {@code items}, the value of {@code field} as the mapping built it, is valid for that
   * field on its own. Hours are not checked here: their rules have their own reading and warnings.
   */
  static boolean valid(StandardField field, List<String> items) {
    if (field == StandardField.HORAIRES) {
      return true;
    }
    String text = String.join(field.isList() ? "|" : " ", items).strip();
    try {
      VenueRecord.parse(Map.of(field, text));
      return true;
    } catch (InvalidRowException e) {
      return e.errors().stream().noneMatch(error -> error.field() == field);
    }
  }
}
