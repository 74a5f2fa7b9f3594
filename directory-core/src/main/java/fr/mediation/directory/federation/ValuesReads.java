package fr.mediation.directory.federation;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads of the rows whose column holds one of many values, the values bound as one array ({@code =
 * any(?)}) on the transaction's connection. The statement is the same whatever the number of
 * values: the database prepares it once and plans it for a few index lookups, where a list of 500
 * literals was parsed and planned for each batch (PostgreSQL then scanned the whole narrow table of
 * merged ids to join it), and the ORM no longer translates a query for each batch of a list.
 */
final class ValuesReads {

  /** Values per statement. */
  static final int BATCH = 1_000;

  /** One result row read into what the caller keeps. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private ValuesReads() {}

  /**
   * What {@code sql}, each of whose parameters is the array of values, answers for {@code values},
   * on the connection of {@code entityManager}'s transaction.
   */
  static <T> List<T> read(
      EntityManager entityManager, String sql, Collection<String> values, Reader<T> reader) {
    if (values.isEmpty()) {
      return List.of();
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> read(connection, sql, values, reader));
  }

  /**
   * What {@code sql}, each of whose parameters is the array of values, answers for {@code values}.
   */
  static <T> List<T> read(
      Connection connection, String sql, Collection<String> values, Reader<T> reader)
      throws SQLException {
    List<String> all = new ArrayList<>(values);
    List<T> found = new ArrayList<>();
    int parameters = (int) sql.chars().filter(c -> c == '?').count();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int from = 0; from < all.size(); from += BATCH) {
        Array array =
            connection.createArrayOf(
                "varchar", all.subList(from, Math.min(from + BATCH, all.size())).toArray());
        try {
          for (int parameter = 1; parameter <= parameters; parameter++) {
            statement.setArray(parameter, array);
          }
          try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
              found.add(reader.read(row));
            }
          }
        } finally {
          array.free();
        }
      }
    }
    return found;
  }
}
