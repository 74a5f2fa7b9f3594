package fr.mediation.directory.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether PostgreSQL's driver sends a batch of inserts as statements of many rows ({@code
 * reWriteBatchedInserts=true} in the JDBC URL) rather than one statement per row: an import's
 * listings, its staged rows and federation's merged venues are written in batches, and on
 * PostgreSQL the first import of 100,000 rows answers about a quarter sooner with it. The setting
 * is the driver's, so it goes in the URL ({@code DIRECTORY_DB_URL}); a start without it is logged.
 */
@ApplicationScoped
public class BatchedInserts {

  private static final Logger LOG = Logger.getLogger(BatchedInserts.class.getName());

  /** The driver's setting, as the URL names it. */
  public static final String SETTING = "reWriteBatchedInserts=true";

  @Resource(lookup = "jdbc/directory")
  DataSource dataSource;

  void checkOnStart(
      @Observes @Priority(DatabaseMigrations.PRIORITY + 1) @Initialized(ApplicationScoped.class) Object e) {
    try (Connection connection = dataSource.getConnection()) {
      if (rewritten(connection).equals(Optional.of(false))) {
        LOG.warning(
            "PostgreSQL without "
                + SETTING
                + " in DIRECTORY_DB_URL: imports send one insert per row (docs/deploy.md).");
      }
    } catch (SQLException | RuntimeException ex) {
      LOG.log(Level.FINE, "Batched inserts not checked", ex);
    }
  }

  /** On PostgreSQL, whether {@code connection} rewrites batched inserts; empty elsewhere. */
  public static Optional<Boolean> rewritten(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    return rewritten(metaData.getDatabaseProductName(), metaData.getURL());
  }

  /**
   * On PostgreSQL, whether the connection URL {@code url} (as the driver gives it back: every
   * setting, defaults included) rewrites batched inserts; empty for another {@code product}.
   */
  static Optional<Boolean> rewritten(String product, String url) {
    if (!"PostgreSQL".equals(product)) {
      return Optional.empty();
    }
    String query = url == null || url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?') + 1);
    for (String setting : query.split("&")) {
      if (setting.toLowerCase(Locale.ROOT).equals(SETTING.toLowerCase(Locale.ROOT))) {
        return Optional.of(true);
      }
    }
    return Optional.of(false);
  }
}
