package fr.mediation.directory.feed;

import fr.mediation.directory.venue.field.StandardField;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a source, as text keyed by the standard's fields, before validation. Every source
 * adapter, whatever the hub's format, produces these.
 *
 * @param number the row's number in the file, 1 for the first data row
 * @param values the raw value of each field it holds, kept in the standard's column order
 */
public record SourceRow(int number, Map<StandardField, String> values) {
  public SourceRow {
    EnumMap<StandardField, String> ordered = new EnumMap<>(StandardField.class);
    ordered.putAll(values);
    values = Collections.unmodifiableMap(ordered);
  }
}
