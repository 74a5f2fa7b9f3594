package fr.mediation.directory.feed;

import fr.mediation.directory.venue.field.InvalidFieldException;
import java.util.List;

/** A row that was not accepted, with the reason for each of its invalid fields. */
public record RejectedRow(int number, String localId, List<InvalidFieldException> errors) {
  public RejectedRow {
    errors = List.copyOf(errors);
  }
}
