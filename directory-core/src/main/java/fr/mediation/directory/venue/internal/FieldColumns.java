package fr.mediation.directory.venue.internal;

import fr.mediation.directory.venue.VenueRecord;
import fr.mediation.directory.venue.field.Field;
import fr.mediation.directory.venue.field.Fields;
import fr.mediation.directory.venue.field.StandardField;
import fr.mediation.directory.venue.field.StandardLabel;
import fr.mediation.directory.venue.field.StandardLabels;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Binds each field of the registry {@link Fields} to the entity's column of the same name (the key
 * in camel case: {@code code_postal} → {@code codePostal}), once, at class loading: the import
 * writes thousands of rows a second, so each row goes through resolved {@link VarHandle}s, not
 * reflection. The standard's {@code id} has no column: it is the entity's own.
 */
public final class FieldColumns {

  /** One field and the handle on its column. */
  private record Column(Field<?> field, VarHandle handle) {}

  private final List<Column> columns;

  private FieldColumns(List<Column> columns) {
    this.columns = columns;
  }

  /**
   * The columns of {@code type} for every registered field, through {@code lookup} (which must see
   * its private fields).
   *
   * @throws IllegalStateException naming the first field without a column
   */
  public static FieldColumns bind(MethodHandles.Lookup lookup, Class<?> type) {
    List<Column> columns = new ArrayList<>();
    for (Field<?> field : Fields.all()) {
      if (field.standard() == StandardField.ID) {
        continue;
      }
      String name = columnName(field.standard());
      try {
        columns.add(new Column(field, lookup.unreflectVarHandle(type.getDeclaredField(name))));
      } catch (NoSuchFieldException | IllegalAccessException e) {
        throw new IllegalStateException(
            "Field of the standard " + field.key() + " has no column " + name + " in " + type, e);
      }
    }
    return new FieldColumns(List.copyOf(columns));
  }

  /** The Java name of the column of {@code field}: its key in camel case. */
  public static String columnName(StandardField field) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : field.key().toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** Writes every field of {@code record} into the columns of {@code entity}. */
  public void write(Object entity, VenueRecord record) {
    for (Column column : columns) {
      column.handle.set(entity, stored(column.field, record));
    }
  }

  private static <T> Object stored(Field<T> field, VenueRecord record) {
    Object value = field.stored(record.get(field));
    return value == null ? field.empty() : value;
  }

  /**
   * Writes into the columns of {@code entity} the fields of {@code row}, a row of the standard that
   * {@link #putTexts} wrote for valid values, read back without validating them again.
   */
  public void restore(Object entity, Map<StandardField, String> row) {
    for (Column column : columns) {
      column.handle.set(entity, column.field.storedFromText(row.get(column.field.standard())));
    }
  }

  /** Copies every field's column from {@code from} to {@code to}. */
  public void copy(Object from, Object to) {
    for (Column column : columns) {
      column.handle.set(to, column.handle.get(from));
    }
  }

  /** Puts the standard's text of each non-blank column of {@code entity} into {@code row}. */
  public void putTexts(Object entity, Map<StandardField, String> row) {
    for (Column column : columns) {
      String text = text(column.handle.get(entity));
      if (text != null && !text.isBlank()) {
        row.put(column.field.standard(), text);
      }
    }
  }

  /**
   * The standard's text of the column of {@code field} in {@code entity}, {@code null} if blank.
   */
  public String text(Object entity, StandardField field) {
    for (Column column : columns) {
      if (column.field.standard() == field) {
        String text = text(column.handle.get(entity));
        return text == null || text.isBlank() ? null : text;
      }
    }
    throw new IllegalArgumentException("No column for " + field.key());
  }

  /** The standard's text of a column's value: labels {@code |}-joined, dates and numbers as is. */
  @SuppressWarnings("unchecked")
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> labels) {
      return StandardLabels.join((Collection<? extends StandardLabel>) labels);
    }
    return value.toString();
  }
}
