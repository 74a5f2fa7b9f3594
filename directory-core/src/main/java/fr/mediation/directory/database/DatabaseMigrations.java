package fr.mediation.directory.database;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the Flyway migrations of {@code db/migration} when the
 * application starts, before anything reads or writes.
 */
@ApplicationScoped
public class DatabaseMigrations {

  /** Observers of application start-up run in this order: migrations, then data loading. */
  public static final int PRIORITY = 100;

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = "jdbc/directory")
  DataSource dataSource;

  void migrateOnStart(
      @Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object e) {
    migrate(dataSource);
  }

  /** Applies the pending migrations to {@code dataSource}. */
  public static MigrateResult migrate(DataSource dataSource) {
    Flyway flyway = flyway(dataSource);
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied now).");
    return result;
  }

  /**
   * The migrations of this release not applied to {@code dataSource} yet, by version (empty once
   * the start-up migration succeeded).
   */
  public static List<String> pending(DataSource dataSource) {
    return Arrays.stream(flyway(dataSource).info().pending())
        .map(m -> m.getVersion() == null ? m.getDescription() : m.getVersion().getVersion())
        .toList();
  }

  /** The version of the schema of {@code dataSource}, or null before the first migration. */
  public static String current(DataSource dataSource) {
    var current = flyway(dataSource).info().current();
    return current == null || current.getVersion() == null
        ? null
        : current.getVersion().getVersion();
  }

  /** The migrations written in Java, beside the SQL files of {@code db/migration}. */
  static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new V39__WritesWithoutRowChecks());

  private static Flyway flyway(DataSource dataSource) {
    return configuration(dataSource).load();
  }

  /** The directory's migrations of {@code dataSource}, as the start-up applies them. */
  static FluentConfiguration configuration(DataSource dataSource) {
    return Flyway.configure(DatabaseMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .placeholders(Map.of("large_binary", largeBinary(dataSource)))
        // On Liberty a location is found through its marker file db/migration/flyway.location.
        .locations("classpath:db/migration")
        .callbackLocations("classpath:db/migration")
        // Java migrations are given, not scanned for: Liberty's class loader does not list them.
        .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
        // V5 and V6 were written after V7 had shipped: a database at version 7 applies them
        // after it (they touch other tables).
        .outOfOrder(true);
  }

  /**
   * The placeholder {@code large_binary} of each data source, read once: the readiness check asks
   * for the pending migrations again and again, and the database's kind does not change.
   */
  private static final Map<DataSource, String> LARGE_BINARY = new ConcurrentHashMap<>();

  private static String largeBinary(DataSource dataSource) {
    return LARGE_BINARY.computeIfAbsent(dataSource, DatabaseMigrations::readLargeBinary);
  }

  /**
   * The column type Hibernate maps a large binary value to on the database of {@code dataSource}
   * (the placeholder {@code large_binary} of the migrations): BLOB on H2, bytea on PostgreSQL.
   */
  private static String readLargeBinary(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equals(connection.getMetaData().getDatabaseProductName()) ? "blob" : "bytea";
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read which database the directory uses", e);
    }
  }
}
