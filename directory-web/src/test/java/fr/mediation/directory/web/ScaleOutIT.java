package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two nodes (Liberty servers with the same WAR) on one PostgreSQL database and one OpenSearch
 * index, coordinated by Hibernate Search's outbox polling: what one imports the other finds, and a
 * node killed in the middle of an import publishes none or all of the file, and its restart
 * concludes the run and leaves index and database alike. Runs in the PostgreSQL + OpenSearch pass
 * of the build (profile scale), which creates the two servers.
 */
@EnabledIfSystemProperty(named = "it.node.a.url", matches = ".+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

  private static final ItServer A =
      new ItServer("directory-node-a", System.getProperty("it.node.a.url"));
  private static final ItServer B =
      new ItServer("directory-node-b", System.getProperty("it.node.b.url"));
  private static final Duration READY = Duration.ofSeconds(180);
  private static final String JDBC = System.getProperty("it.nodes.jdbc.url");
  private static final String OPENSEARCH = System.getProperty("it.opensearch.url");
  private static final String INDEX = System.getProperty("it.nodes.index", "it-nodes-venue-read");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeAll
  static void startBothNodes() throws Exception {
    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> A.start(READY));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> B.start(READY));
    a.get(420, TimeUnit.SECONDS);
    b.get(420, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopBothNodes() {
    A.stop(false);
    B.stop(false);
  }

  @Test
  @Order(1)
  void aVenueImportedOnOneNodeIsFoundOnTheOtherWithinSeconds() throws Exception {
    String token = "Zorglub" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    String key = A.createSource("hub-a-" + token.toLowerCase(), 1.0);
    byte[] file =
        csv(
            row("one", "Médiathèque " + token, 48.11),
            row("two", "Espace " + token + " des Lices", 48.12),
            row("three", "Maison " + token, 48.13));
    HttpResponse<String> push = A.push("hub-a-" + token.toLowerCase(), key, file);
    assertThat(push.statusCode()).as(push.body()).isEqualTo(202);
    A.completed(push, key);

    Instant pushed = Instant.now();
    Awaitility.await("venues imported on node A found on node B")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () ->
                assertThat(
                        B.getJson("/api/v1/venues?q=" + token.toLowerCase(), null).getInt("total"))
                    .as("venues imported on node A found on node B (after %s)", since(pushed))
                    .isEqualTo(3));
  }

  @Test
  @Order(2)
  void aNodeKilledDuringAnImportPublishesNoneOrAllOfTheFile() throws Exception {
    String source = "hub-kill-" + UUID.randomUUID().toString().substring(0, 8);
    String key = A.createSource(source, 1.0);
    int rows = 30_000;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      body.append(row("v" + i, "Lieu numéro " + i, 48.0 + i / 100_000.0)).append('\n');
    }
    byte[] file = csv(body.toString().strip());

    CompletableFuture<HttpResponse<String>> push = A.pushAsync(source, key, file);
    // Kill node A's JVM once part of the file is staged, the rest still to come.
    Awaitility.await("part of the file staged before the kill")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                count(
                    "select count(*) from import_staged_row s join import_run r on r.id = s.run_id"
                        + " where r.source_key = ?",
                    source),
            staged -> staged > 0);
    A.kill();
    assertThat(push)
        .as("the push was cut by the kill")
        .failsWithin(Duration.ofSeconds(30))
        .withThrowableOfType(Exception.class);
    long afterKill = count("select count(*) from venue where source_key = ?", source);
    assertThat(afterKill).as("none or all of the file's rows published").isIn(0L, (long) rows);

    A.start(READY);
    assertThat(
            count(
                "select count(*) from import_run where source_key = ? and status in"
                    + " ('INTERRUPTED', 'SUCCEEDED')",
                source))
        .as("the run left by the kill is concluded at the restart")
        .isEqualTo(1);
    assertThat(count("select count(*) from venue where source_key = ?", source))
        .isEqualTo(afterKill);
    // Listings the killed node published and did not compose get their merged venues at restart.
    awaitZero(
        "select count(*) from venue_federation where federation_pending", Duration.ofSeconds(180));
    awaitOutboxDrained(Duration.ofSeconds(180));

    Map<String, String> database = databaseNames();
    Map<String, String> index = indexNames();
    assertThat(index).as("index and database, venue by venue").isEqualTo(database);
    long searchable = count("select count(*) from merged_venue where retired_at is null", null);
    assertThat(B.getJson("/api/v1/venues?limit=1", null).getInt("total"))
        .isEqualTo((int) searchable);
    assertThat(A.getJson("/api/v1/venues?limit=1", null).getInt("total"))
        .isEqualTo((int) searchable);
  }

  private static String since(Instant start) {
    return Duration.between(start, Instant.now()).toMillis() + " ms";
  }

  // --- the database and the index, venue by venue

  private static Map<String, String> databaseNames() throws SQLException {
    Map<String, String> names = new HashMap<>();
    try (Connection c = DriverManager.getConnection(JDBC, "postgres", "");
        // The index holds the merged venues, the ones standing and the retired or merged away.
        ResultSet rs = c.createStatement().executeQuery("select id, nom from merged_venue")) {
      while (rs.next()) {
        names.put(rs.getString(1), rs.getString(2));
      }
    }
    return names;
  }

  /** Every document of the nodes' index, read with the scroll API: id and name. */
  private static Map<String, String> indexNames() {
    Map<String, String> names = new HashMap<>();
    send("POST", OPENSEARCH + "/" + INDEX + "/_refresh", null);
    JsonObject page =
        json(
            send(
                "POST",
                OPENSEARCH + "/" + INDEX + "/_search?scroll=1m",
                "{\"size\":5000,\"_source\":[\"nom\"],\"query\":{\"match_all\":{}}}"));
    while (true) {
      JsonArray hits = page.getJsonObject("hits").getJsonArray("hits");
      if (hits.isEmpty()) {
        break;
      }
      for (JsonValue hit : hits) {
        JsonObject h = hit.asJsonObject();
        names.put(h.getString("_id"), h.getJsonObject("_source").getString("nom"));
      }
      page =
          json(
              send(
                  "POST",
                  OPENSEARCH + "/_search/scroll",
                  "{\"scroll\":\"1m\",\"scroll_id\":\"" + page.getString("_scroll_id") + "\"}"));
    }
    return names;
  }

  private static void awaitZero(String sql, Duration timeout) {
    Awaitility.await("zero: " + sql)
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> count(sql, null), n -> n == 0);
  }

  private static void awaitOutboxDrained(Duration timeout) {
    awaitZero("select count(*) from hsearch_outbox_event", timeout);
  }

  private static long count(String sql, String parameter) throws SQLException {
    try (Connection c = DriverManager.getConnection(JDBC, "postgres", "");
        var statement = c.prepareStatement(sql)) {
      if (parameter != null) {
        statement.setString(1, parameter);
      }
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  // --- sources and files

  private static String row(String id, String nom, double lat) {
    return String.join(
        ",",
        List.of(
            id,
            "84288740800016",
            '"' + nom + '"',
            "Rennes",
            "35000",
            "1 place de la Mairie",
            Double.toString(lat),
            "-1.6778",
            "2025-09-01",
            "Aide aux démarches administratives"));
  }

  private static byte[] csv(String... rows) {
    return ("id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services\n"
            + String.join("\n", rows))
        .getBytes(StandardCharsets.UTF_8);
  }

  // --- servers and HTTP

  private static HttpResponse<String> send(String method, String url, String json) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(60))
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    if (response.statusCode() >= 300) {
      throw new AssertionError(response.statusCode() + ": " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
