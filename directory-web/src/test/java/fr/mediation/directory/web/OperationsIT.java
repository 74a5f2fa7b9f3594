package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** What an operator's probes and scraper read: health checks and Prometheus metrics. */
class OperationsIT {

  @Test
  void readinessChecksTheDatabaseTheIndexAndTheSchemaAndReportsRebuildAndBacklog()
      throws Exception {
    HttpResponse<String> response = ready();

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject health = json(response);
    assertThat(health.getString("status")).isEqualTo("UP");
    Map<String, JsonObject> checks = checks(health);
    assertThat(checks)
        .containsKeys(
            "database",
            "search-index",
            "database-migrations",
            "search-index-rebuild",
            "search-index-repair",
            "federation-backlog");
    checks
        .values()
        .forEach(c -> assertThat(c.getString("status")).as(c.toString()).isEqualTo("UP"));
    assertThat(checks.get("database").getJsonObject("data").getString("product")).isNotBlank();
    assertThat(
            checks.get("search-index").getJsonObject("data").getJsonNumber("documents").longValue())
        .isPositive();
    assertThat(checks.get("database-migrations").getJsonObject("data").getString("pending"))
        .isEmpty();
    JsonObject rebuild = checks.get("search-index-rebuild").getJsonObject("data");
    assertThat(rebuild.getJsonNumber("mapping_version").longValue())
        .isEqualTo(rebuild.getJsonNumber("expected_mapping_version").longValue());
    assertThat(rebuild.getBoolean("complete_results")).isTrue();
    assertThat(
            checks
                .get("federation-backlog")
                .getJsonObject("data")
                .getJsonNumber("pending_listings")
                .longValue())
        .isGreaterThanOrEqualTo(0);
  }

  @Test
  void livenessReadsNoDatabase() {
    JsonObject health = json(get("/health/live"));

    assertThat(health.getString("status")).isEqualTo("UP");
    Map<String, JsonObject> checks = checks(health);
    assertThat(checks).containsOnlyKeys("jvm");
    assertThat(
            checks.get("jvm").getJsonObject("data").getJsonNumber("deadlocked_threads").longValue())
        .isZero();
  }

  @Test
  void metricsCountRequestsByRouteAndTimeSearchesAsHistograms() throws Exception {
    ready();
    String id =
        getJson("/api/v1/venues?q=" + Api.encode("médiathèque") + "&limit=1")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    assertThat(get("/api/v1/venues/" + id).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/venues?lat=95&lon=2").statusCode()).isEqualTo(400);

    String metrics = metrics();

    assertThat(metrics)
        .contains("# TYPE directory_http_requests_seconds histogram")
        .containsPattern(
            "directory_http_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*route=\"/api/v1/venues\"[^}]*status=\"200\"")
        .containsPattern(
            "directory_http_requests_seconds_count\\{[^}]*route=\"/api/v1/venues/\\{id}\"[^}]*status=\"200\"")
        .containsPattern(
            "directory_http_requests_seconds_count\\{[^}]*route=\"/api/v1/venues\"[^}]*status=\"400\"")
        .containsPattern("directory_http_requests_seconds_bucket\\{[^}]*le=\"0\\.1\"")
        // One series per route, never per venue.
        .doesNotContain(id)
        .containsPattern("directory_search_seconds_bucket\\{[^}]*le=\"0\\.05\"")
        // Buckets only: client-side quantiles cannot be aggregated across nodes.
        .doesNotContainPattern("directory_[a-z_]+_seconds\\{[^}]*quantile=")
        .containsPattern("directory_search_seconds_count\\{[^}]*} [1-9]")
        .containsPattern("directory_federation_seconds_count\\{[^}]*} [1-9]");
  }

  @Test
  void metricsReadFromTheDatabaseShowHarvestsImportsAndBacklog() throws Exception {
    ready();
    // Refreshed in the background: wait for the first reading after start-up.
    String metrics =
        Awaitility.await("the first reading of the harvests' metrics")
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(500))
            .until(OperationsIT::metrics, m -> m.contains("directory_source_harvest_age_seconds"));
    assertThat(metrics)
        // The sample dataset, imported at start-up, is the source "exemple".
        .containsPattern(
            "directory_source_harvest_age_seconds\\{[^}]*source=\"exemple\"[^}]*} [0-9]")
        .containsPattern(
            "directory_import_runs\\{[^}]*outcome=\"succeeded\"[^}]*source=\"exemple\"[^}]*} [1-9]")
        .containsPattern(
            "directory_import_rows\\{[^}]*kind=\"accepted\"[^}]*source=\"exemple\"[^}]*} [1-9]")
        .containsPattern("directory_federation_backlog\\{[^}]*} [0-9]")
        .containsPattern("directory_index_outbox_events\\{[^}]*} 0")
        .containsPattern("directory_index_rebuilding\\{[^}]*} 0")
        .containsPattern("directory_index_repaired_documents\\{[^}]*kind=\"missing\"[^}]*} [0-9]");
  }

  /**
   * The readiness once the application has started: before, Liberty answers DOWN without checks
   * (the server may be up before the application on a busy machine).
   */
  static HttpResponse<String> ready() {
    // A request held while the application starts may time out: ask again.
    return Awaitility.await("the application's readiness checks")
        .atMost(Duration.ofSeconds(240))
        .pollInterval(Duration.ofMillis(500))
        .ignoreException(UncheckedIOException.class)
        .until(
            () -> get("/health/ready"),
            response -> !json(response).getJsonArray("checks").isEmpty());
  }

  private static String metrics() {
    HttpResponse<String> response = get("/metrics?scope=application");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static Map<String, JsonObject> checks(JsonObject health) {
    List<JsonObject> list =
        health.getJsonArray("checks").stream().map(JsonValue::asJsonObject).toList();
    return list.stream().collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
  }
}
