package fr.mediation.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade from the previous release's data, as docs/deploy.md says to do it: the installable jar
 * of this release started on a database written at schema V23 by the previous release
 * (src/test/resources/upgrade/directory.sql, made by tools/upgrade-fixture/make-fixture.sh: ten
 * venues of the sample, a hub's three with one the same venue as a sample's, a decision, an error
 * report, a run a crash left running, and an index of an older mapping, absent). The node migrates
 * the schema, concludes the orphaned run, rebuilds the index from the database, and serves every
 * venue, source, run, decision and report as they were.
 */
class UpgradeIT {

  private static final Path JAR =
      Path.of(System.getProperty("it.dist.jar", "target/directory.jar"));
  private static final int PORT = Integer.getInteger("it.installed.port", 19085);
  private static final Duration START = Duration.ofSeconds(300);
  private static final String ADMIN = "upgrade-admin-key";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path home;

  @Test
  void thisReleaseStartsOnThePreviousReleasesDataAndServesAllOfIt() throws Exception {
    assumeFalse(Boolean.getBoolean("it.dist.skip"), "The jar is not built (-Ddist.skip=true).");
    Path data = home.resolve("data");
    Files.createDirectories(data.resolve("db"));
    Path script = Path.of(UpgradeIT.class.getResource("/upgrade/directory.sql").toURI());
    String url = "jdbc:h2:file:" + data.resolve("db/directory");
    long merged;
    long exemple;
    long hub;
    try (Connection db = DriverManager.getConnection(url, "directory", "")) {
      db.createStatement().execute("runscript from '" + script + "'");
      assertThat(single(db, "select max(\"installed_rank\") from \"flyway_schema_history\""))
          .isPositive();
      assertThat(
              single(
                  db,
                  "select max(cast(\"version\" as int)) from \"flyway_schema_history\""
                      + " where \"version\" is not null"))
          .as("the previous release's schema")
          .isEqualTo(23);
      merged = single(db, "select count(*) from merged_venue where retired_at is null");
      exemple = active(db, "exemple");
      hub = active(db, "hub-upgrade");
    }
    assertThat(merged).isPositive();

    try (Installed directory =
        Installed.start(
            Files.copy(JAR, home.resolve("directory.jar")),
            PORT,
            Map.of("DIRECTORY_DATA_DIR", data.toString(), "DIRECTORY_ADMIN_KEY", ADMIN))) {
      assertThat(directory.awaitReady(START)).as(directory.console()).isTrue();
      String base = "http://localhost:" + PORT;

      JsonObject migrations =
          ((JsonObject) json(get(base, "/health/ready", null)))
              .getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                  .filter(c -> c.getString("name").equals("database-migrations"))
                  .findFirst()
                  .orElseThrow();
      assertThat(migrations.getString("status")).isEqualTo("UP");
      assertThat(migrations.getJsonObject("data").getString("pending")).isEmpty();

      // The index, of an older mapping and absent, is rebuilt from the database in the background.
      Awaitility.await("every venue searchable")
          .atMost(START)
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(
              () -> ((JsonObject) json(get(base, "/api/v1/venues?limit=1", null))).getInt("total"),
              total -> total == merged);
      JsonObject found =
          (JsonObject)
              json(get(base, "/api/v1/venues?q=" + Api.encode("Mise à Jour") + "&limit=5", null));
      assertThat(found.getInt("total")).isEqualTo(1);
      String reported = found.getJsonArray("items").getJsonObject(0).getString("id");
      assertThat(get(base, "/api/v1/venues/" + reported, null).statusCode()).isEqualTo(200);
      // The hub's twin of a sample venue is still one venue of both sources.
      JsonObject twin =
          (JsonObject)
              json(
                  get(
                      base,
                      "/api/v1/venues?q=" + Api.encode("MJC Espace Jean Vilar") + "&limit=5",
                      null));
      assertThat(twin.getInt("total")).isEqualTo(1);

      JsonArray sources = (JsonArray) json(get(base, "/api/v1/sources", null));
      assertThat(activeVenues(sources, "exemple")).isEqualTo(exemple);
      assertThat(activeVenues(sources, "hub-upgrade")).isEqualTo(hub);

      // The run a crash left running is concluded; the sample is not imported again.
      JsonArray runs = (JsonArray) json(get(base, "/api/v1/sources/hub-upgrade/runs", null));
      assertThat(runs.getJsonObject(0).getString("status")).isEqualTo("interrupted");
      assertThat(runs.getJsonObject(1).getString("status")).isEqualTo("succeeded");
      assertThat(((JsonArray) json(get(base, "/api/v1/sources/exemple/runs", null))).size())
          .isEqualTo(1);

      JsonArray decisions = (JsonArray) json(get(base, "/api/v1/admin/merge-decisions", ADMIN));
      assertThat(decisions).hasSize(1);
      assertThat(decisions.getJsonObject(0).getString("decision")).isEqualTo("not_duplicates");

      String reports = get(base, "/api/v1/sources/hub-upgrade/error-reports", ADMIN).body();
      assertThat(reports).contains("Le lieu a déménagé au 3 rue de la Gare.").contains(reported);
    }
  }

  private static long single(Connection db, String sql) throws Exception {
    try (ResultSet row = db.createStatement().executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static long active(Connection db, String source) throws Exception {
    return single(
        db,
        "select count(*) from venue where retired_at is null and source_key = '" + source + "'");
  }

  private static long activeVenues(JsonArray sources, String key) {
    return sources.getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("key").equals(key))
        .findFirst()
        .orElseThrow()
        .getInt("active_venues");
  }

  private static HttpResponse<String> get(String base, String path, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonStructure json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }
}
