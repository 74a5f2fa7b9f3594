package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How fresh sources and venues are, in the public API: a source never harvested is stale, one just
 * harvested is not; a venue's listing says when the directory last saw it in its source's file.
 * Over HTTP, against the running server (the stale flag past a period is tested on a fixed clock in
 * {@code SourceFreshnessTest}).
 */
class FreshnessIT {

  private static JsonObject source(String key) {
    try (var reader =
        jakarta.json.Json.createReader(
            new java.io.StringReader(Api.get("/api/v1/sources").body()))) {
      return reader.readArray().stream()
          .map(JsonValue::asJsonObject)
          .filter(s -> s.getString("key").equals(key))
          .findFirst()
          .orElseThrow();
    }
  }

  @Test
  void theSourcesListSaysWhichSourcesAreStaleWithoutShowingKeys() {
    String tag = "Fraichodyne" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    Hubs silent = Hubs.create("silent");
    Hubs fresh = Hubs.create("fresh");
    fresh.push(
        Hubs.columns(),
        new String[] {
          "f1",
          "84288740800016",
          "Lieu frais " + tag,
          "Rennes",
          "35000",
          "1 place de la Mairie",
          "48.1113",
          "-1.6800",
          "2025-09-01"
        });

    JsonObject never = source(silent.source());
    assertThat(never.getBoolean("stale")).isTrue();
    assertThat(never.containsKey("last_harvest_at")).isFalse();
    assertThat(never.getInt("expected_period_days")).isEqualTo(35);

    JsonObject harvested = source(fresh.source());
    assertThat(harvested.getBoolean("stale")).isFalse();
    assertThat(harvested.getString("last_harvest_at")).isNotBlank();
    assertThat(harvested.getJsonNumber("harvest_age_days").longValue()).isZero();
    assertThat(harvested.getJsonArray("territory").getString(0)).isEqualTo("35");
    assertThat(Api.get("/api/v1/sources").body()).doesNotContain(fresh.key());

    String id =
        getJson("/api/v1/venues?q=" + Api.encode(tag))
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    JsonObject listing =
        getJson("/api/v1/venues/" + id).getJsonArray("sources").stream()
            .map(JsonValue::asJsonObject)
            .filter(l -> l.getString("source").equals(fresh.source()))
            .findFirst()
            .orElseThrow();
    assertThat(listing.getString("vu_le")).isEqualTo(harvested.getString("last_harvest_at"));
  }
}
