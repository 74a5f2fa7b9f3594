package fr.mediation.directory.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys of the two tables an import writes a row of for every row of its file: a
 * listing's federation row ({@code venue_federation}, written with the listing, in the same
 * entity's insert) and a staged row ({@code import_staged_row}, written by its run's import and
 * deleted with it). Each insert checked its key against the other table by a query of its own,
 * which made half of the database's time for a narrow row. A listing is never deleted (it is
 * retired), so the cascade had nothing to do.
 *
 * <p>Written in Java because the constraints were declared inline, unnamed: each database named
 * them its own way, and they are found by the driver's metadata.
 */
public class V39__WritesWithoutRowChecks extends BaseJavaMigration {

  /** The tables whose rows no longer check a key against another table. */
  static final List<String> TABLES = List.of("venue_federation", "import_staged_row");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    for (String table : TABLES) {
      for (String key : foreignKeys(connection, table)) {
        try (Statement drop = connection.createStatement()) {
          drop.execute("alter table " + table + " drop constraint \"" + key + "\"");
        }
      }
    }
  }

  /** The names of the foreign keys of {@code table}, in the connection's schema. */
  static Set<String> foreignKeys(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    Set<String> names = new LinkedHashSet<>();
    // H2 stores unquoted names in upper case, PostgreSQL in lower case.
    for (String name : Set.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet keys = meta.getImportedKeys(null, connection.getSchema(), name)) {
        while (keys.next()) {
          names.add(keys.getString("FK_NAME"));
        }
      }
    }
    return names;
  }
}
