package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.venue.field.InvalidFieldException;
import java.util.List;

/**
 * One record of a hub's file turned into a row of the standard, with what the mapping warned about
 * and the errors it found itself (an unknown value where the mapping says {@code reject}).
 */
public record MappedRow(
    SourceRow row, List<FieldWarning> warnings, List<InvalidFieldException> errors) {
  public MappedRow {
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
  }
}
