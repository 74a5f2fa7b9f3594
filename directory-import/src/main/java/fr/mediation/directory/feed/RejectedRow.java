package fr.mediation.directory.feed;

import fr.mediation.directory.venue.field.InvalidFieldException;
import java.util.List;
import java.util.Map;

/**
 * A row that was not accepted, with the reason for each of its invalid fields and the row as the
 * hub wrote it.
 */
public record RejectedRow(
    int number, String localId, List<InvalidFieldException> errors, Map<String, String> raw) {
  public RejectedRow {
    errors = List.copyOf(errors);
    raw = raw == null ? Map.of() : raw;
  }
}
