package fr.mediation.directory.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.database.DatabaseMigrations;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The readiness checks of the database against real databases, reachable or not. */
class DatabaseCheckTest {

  @Test
  void isUpWhenTheDatabaseAnswers() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:reachable;DB_CLOSE_DELAY=-1");

    HealthCheckResponse response = DatabaseCheck.check(h2);

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(response.getName()).isEqualTo("database");
    assertThat(response.getData().orElseThrow()).containsEntry("product", "H2");
  }

  @Test
  void isDownWithTheErrorWhenNothingListensAtTheDatabasesAddress() throws Exception {
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setServerNames(new String[] {"127.0.0.1"});
    postgres.setPortNumbers(new int[] {closedPort()});
    postgres.setDatabaseName("directory");
    postgres.setUser("directory");
    postgres.setConnectTimeout(2);

    HealthCheckResponse database = DatabaseCheck.check(postgres);
    HealthCheckResponse migrations = MigrationsCheck.check(postgres);

    assertThat(database.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(database.getData().orElseThrow().get("error").toString())
        .containsIgnoringCase("connection");
    assertThat(migrations.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
  }

  @Test
  void migrationsAreDownUntilTheSchemaIsMigrated() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:unmigrated;DB_CLOSE_DELAY=-1");

    HealthCheckResponse before = MigrationsCheck.check(h2);
    DatabaseMigrations.migrate(h2);
    HealthCheckResponse after = MigrationsCheck.check(h2);

    assertThat(before.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(before.getData().orElseThrow().get("pending").toString()).startsWith("1,2,3");
    assertThat(after.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    assertThat(after.getData().orElseThrow()).containsEntry("pending", "");
  }

  /** A local port nothing listens on: taken from the system, then released. */
  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
