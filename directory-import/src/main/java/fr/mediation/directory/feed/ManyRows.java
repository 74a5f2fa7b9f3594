package fr.mediation.directory.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows with one statement of many {@code VALUES} rather than a JDBC batch of one-row
 * statements: PostgreSQL plans and executes each statement of a batch on its own, which made most
 * of the cost of writing a file's 100,000 rows there.
 */
final class ManyRows {

  private ManyRows() {}

  /**
   * Inserts {@code rows} (values in the order of {@code columns}: texts, which may be null, and
   * whole numbers) into {@code table}, in one statement.
   */
  static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String one = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values "
            + String.join(", ", Collections.nCopies(rows.size(), one));
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int i = 1;
      for (Object[] row : rows) {
        for (Object value : row) {
          switch (value) {
            case null -> insert.setNull(i, Types.VARCHAR);
            case Integer n -> insert.setInt(i, n);
            case Long n -> insert.setLong(i, n);
            default -> insert.setString(i, (String) value);
          }
          i++;
        }
      }
      insert.executeUpdate();
    }
  }
}
