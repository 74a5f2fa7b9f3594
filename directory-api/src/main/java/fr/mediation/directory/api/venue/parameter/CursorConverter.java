package fr.mediation.directory.api.venue.parameter;

import fr.mediation.directory.venue.search.Cursor;

/**
 * The {@code next_cursor} of a previous page of the same order ({@link Cursor}): kept as given once
 * checked, since the search reads it again.
 */
public final class CursorConverter implements ParameterConverter<String> {

  private final String order;

  /**
   * @param order the order the cursor must come from: a sort's name, or {@code id} (change feed)
   */
  public CursorConverter(String order) {
    this.order = order;
  }

  @Override
  public String convert(String name, String raw) {
    String cursor = raw.strip();
    try {
      Cursor.decode(cursor, order);
    } catch (IllegalArgumentException e) {
      throw ParameterConverter.refused(name, raw, "cursor");
    }
    return cursor;
  }
}
