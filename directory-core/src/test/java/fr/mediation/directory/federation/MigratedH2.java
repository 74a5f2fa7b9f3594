package fr.mediation.directory.federation;

import fr.mediation.directory.database.DatabaseMigrations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** A database of its own for a test of federation's SQL: H2 in memory, the schema migrated. */
final class MigratedH2 {

  private MigratedH2() {}

  /** A connection to a new migrated database named after {@code test}. */
  static Connection open(String test) throws SQLException {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:" + test + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(source);
    return source.getConnection();
  }

  /** Drops the database of {@code db} and closes it. */
  static void drop(Connection db) throws SQLException {
    db.createStatement().execute("shutdown");
    db.close();
  }
}
