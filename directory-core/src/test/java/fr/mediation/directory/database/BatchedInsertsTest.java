package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a connection's URL, as PostgreSQL's driver gives it back, rewrites batched inserts. */
class BatchedInsertsTest {

  /** The shape of the driver's URL: every setting, defaults included (abridged). */
  private static String driverUrl(String rewrite) {
    return "jdbc:postgresql://127.0.0.1:5432/directory?adaptiveFetch=false&autosave=never"
        + "&preparedStatementCacheQueries=256&reWriteBatchedInserts="
        + rewrite
        + "&sendBufferSize=-1&tcpNoDelay=true";
  }

  @Test
  void postgresqlWithTheSettingRewrites() {
    assertThat(BatchedInserts.rewritten("PostgreSQL", driverUrl("true"))).contains(true);
  }

  @Test
  void postgresqlWithoutItDoesNot() {
    assertThat(BatchedInserts.rewritten("PostgreSQL", driverUrl("false"))).contains(false);
    assertThat(BatchedInserts.rewritten("PostgreSQL", "jdbc:postgresql://db:5432/directory"))
        .contains(false);
    // A database or an application named after the setting is not the setting.
    assertThat(
            BatchedInserts.rewritten(
                "PostgreSQL",
                "jdbc:postgresql://db/reWriteBatchedInserts=true?ApplicationName=x"
                    + "reWriteBatchedInserts=true"))
        .contains(false);
  }

  @Test
  void anotherDatabaseIsNotConcerned() {
    assertThat(BatchedInserts.rewritten("H2", "jdbc:h2:mem:directory")).isEqualTo(Optional.empty());
  }
}
