package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.venue.field.InvalidFieldException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a hub's file turned into a row of the standard, with what the mapping warned about,
 * the errors it found itself (an unknown value where the mapping says {@code reject}), and the
 * record as the hub wrote it (for the report of rejected rows).
 */
public record MappedRow(
    SourceRow row,
    List<FieldWarning> warnings,
    List<InvalidFieldException> errors,
    Map<String, String> raw) {
  public MappedRow {
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
    raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
  }

  /** A row of a file already in the standard: nothing to warn about, its columns are its raw. */
  public static MappedRow standard(SourceRow row) {
    Map<String, String> raw = new LinkedHashMap<>();
    row.values().forEach((field, value) -> raw.put(field.key(), value));
    return new MappedRow(row, List.of(), List.of(), raw);
  }
}
