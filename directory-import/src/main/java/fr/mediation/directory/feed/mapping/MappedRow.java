package fr.mediation.directory.feed.mapping;

import fr.mediation.directory.feed.SourceRow;
import fr.mediation.directory.feed.hours.HoursReading;
import fr.mediation.directory.venue.field.InvalidFieldException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record of a hub's file turned into a row of the standard, with what the mapping warned about,
 * the errors it found itself (an unknown value where the mapping says {@code reject}), the record
 * as the hub wrote it (for the report of rejected rows), and how its hours were read (null when the
 * mapping reads none); and, for a record the mapping's {@code skip} leaves out, why (in French;
 * null when the record is kept).
 */
public record MappedRow(
    SourceRow row,
    List<FieldWarning> warnings,
    List<InvalidFieldException> errors,
    Map<String, String> raw,
    HoursReading hours,
    String skipped) {
  public MappedRow {
    warnings = warnings.isEmpty() ? List.of() : List.copyOf(warnings);
    errors = errors.isEmpty() ? List.of() : List.copyOf(errors);
    raw = raw == null ? null : Collections.unmodifiableMap(raw);
  }

  /** A row of a file already in the standard: nothing to warn about, its fields are its raw. */
  public static MappedRow standard(SourceRow row) {
    return new MappedRow(row, List.of(), List.of(), null, null, null);
  }

  /** A mapped row with how its hours were read (null: none read), kept by the mapping. */
  public MappedRow(
      SourceRow row,
      List<FieldWarning> warnings,
      List<InvalidFieldException> errors,
      Map<String, String> raw,
      HoursReading hours) {
    this(row, warnings, errors, raw, hours, null);
  }

  /** A record the mapping's {@code skip} leaves out, for {@code reason} (in French). */
  public static MappedRow skipped(SourceRow row, Map<String, String> raw, String reason) {
    return new MappedRow(row, List.of(), List.of(), raw, null, reason);
  }

  /** A mapped row without an hours reading (its hours, if any, came written in OSM). */
  public MappedRow(
      SourceRow row,
      List<FieldWarning> warnings,
      List<InvalidFieldException> errors,
      Map<String, String> raw) {
    this(row, warnings, errors, raw, null, null);
  }

  /** The record as the hub wrote it (for a file of the standard: its fields by key). */
  @Override
  public Map<String, String> raw() {
    if (raw != null) {
      return raw;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    row.values().forEach((field, value) -> fields.put(field.key(), value));
    return fields;
  }
}
