package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The database check of {@code /health} as a deployment's operator reads it: on PostgreSQL, whether
 * batches of inserts go as one statement (the URL the tests give, as deployments should).
 */
class DatabaseHealthIT {

  @Test
  void theDatabaseCheckSaysWhetherPostgresqlSendsBatchedInsertsAsOneStatement() {
    JsonObject database =
        getJson("/health").getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow()
            .getJsonObject("data");

    if (ItServer.onPostgreSql()) {
      assertThat(database.getString("product")).isEqualTo("PostgreSQL");
      assertThat(database.getBoolean("batched_inserts")).isTrue();
    } else {
      assertThat(database.getString("product")).isEqualTo("H2");
      assertThat(database.containsKey("batched_inserts")).isFalse();
    }
  }
}
