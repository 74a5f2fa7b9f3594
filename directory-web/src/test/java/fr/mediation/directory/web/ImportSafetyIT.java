package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.createSource;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.push;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Imports that a public service can run: one import per source at a time (a second is refused with
 * 409 and Retry-After), a push answered before the merged venues are composed (202, the run's URL
 * to poll), and a server killed (SIGKILL) during an import publishes none or all of the file and
 * concludes the run as interrupted when it starts again. Runs after the other HTTP tests (it kills
 * their server), before {@link RestartIT}.
 */
@Order(Integer.MAX_VALUE - 1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportSafetyIT {

  /** Rows of a large file: within the test server's 1 MiB limit. */
  private static final int ROWS = 7_000;

  @Test
  @Order(1)
  void aSecondFileForASourceBeingImportedIsRefusedWith409AndRetryAfter() {
    String source = "hub-busy-" + UUID.randomUUID().toString().substring(0, 6);
    String key = createSource(source, 1.0);
    CompletableFuture<HttpResponse<String>> big =
        ItServer.MAIN.pushAsync(source, key, bigFile("b", RENNES));
    awaitRunning(source);

    HttpResponse<String> second =
        push(source, key, csv(row("x1", "Espace du second envoi", RENNES, 0)));

    assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(second.headers().firstValue("Retry-After")).isPresent();
    assertThat(json(second).getString("detail")).contains("déjà en cours", source);
    HttpResponse<String> first = big.join();
    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    JsonObject report = Api.completed(first);
    assertThat(report.getJsonObject("run").getInt("created")).isEqualTo(ROWS);
    assertThat(runs(source)).as("the refused file left no run").hasSize(1);
  }

  @Test
  @Order(2)
  void aPushIsAnsweredWhenItsRowsArePublishedBeforeItsMergedVenuesAreComposed() {
    String big = "hub-many-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> many = push(big, createSource(big, 1.0), bigFile("m", BREST));
    assertThat(many.statusCode()).as(many.body()).isEqualTo(202);
    String small = "hub-small-" + UUID.randomUUID().toString().substring(0, 6);
    String name = "Espace " + UUID.randomUUID().toString().substring(0, 8);

    // Federation composes the thousands of venues of the first file in the background; the second
    // file's answer does not wait for it, nor for its own merged venue.
    HttpResponse<String> response =
        push(small, createSource(small, 1.0), csv(row("s1", name, LORIENT, 0)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonObject answered = json(response).getJsonObject("run");
    assertThat(answered.getString("status")).isEqualTo("succeeded");
    assertThat(answered.getInt("created")).isEqualTo(1);
    assertThat(answered.getBoolean("complete")).isFalse();
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(URI.create(location).getPath())
        .isEqualTo("/api/v1/sources/" + small + "/runs/" + answered.getJsonNumber("id"));
    JsonObject completed = Api.completed(response);
    assertThat(completed.getJsonObject("run").getString("completed_at")).isNotBlank();
    // Once, by its name: other venues may match the words within their typos, none is named so.
    assertThat(
            getJson("/api/v1/venues?q=" + Api.encode(name) + "&limit=100")
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(v -> v.getString("nom").equals(name)))
        .hasSize(1);
    Api.completed(many);
  }

  @Test
  @Order(3)
  void aServerKilledDuringAnImportPublishesNoneOrAllOfTheFileAndConcludesTheRun() throws Exception {
    // The kill must land while the import runs: a push that ends before it is seen running is
    // tried again with another source (a loaded machine may answer the polls late).
    String source = null;
    String key = null;
    CompletableFuture<HttpResponse<String>> push = null;
    for (int attempt = 0; attempt < 5 && push == null; attempt++) {
      source = "hub-kill-" + UUID.randomUUID().toString().substring(0, 6);
      key = createSource(source, 1.0);
      CompletableFuture<HttpResponse<String>> tried =
          ItServer.MAIN.pushAsync(source, key, bigFile("k" + attempt + "-", NANTES));
      if (seenRunning(source, tried)) {
        push = tried;
      } else {
        HttpResponse<String> answered = tried.join();
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(202);
        Api.completed(answered);
      }
    }
    assertThat(push).as("an import seen running, to kill it").isNotNull();

    ItServer.MAIN.kill();
    assertThat(push)
        .as("the push was cut by the kill")
        .failsWithin(Duration.ofSeconds(30))
        .withThrowableOfType(Exception.class);
    ItServer.MAIN.start(Duration.ofSeconds(180));

    JsonObject run = runs(source, key).getFirst();
    int active = getJson("/api/v1/sources/" + source).getInt("active_venues");
    assertThat(run.getString("status")).isIn("interrupted", "succeeded");
    if (run.getString("status").equals("interrupted")) {
      assertThat(run.getString("message_fr")).contains("interrompu", "Rien n'a été modifié");
      assertThat(active).as("nothing of an interrupted file is published").isZero();
      HttpResponse<String> again = push(source, key, bigFile("again", NANTES));
      assertThat(again.statusCode()).as("the source is free again: " + again.body()).isEqualTo(202);
      assertThat(Api.completed(again).getJsonObject("run").getInt("created")).isEqualTo(ROWS);
    } else {
      assertThat(active).as("all of a published file").isEqualTo(ROWS);
    }
  }

  /** The source's runs, newest first. */
  private static List<JsonObject> runs(String source) {
    return runs(source, null);
  }

  /** The source's runs, newest first, read with {@code key} (with their messages) unless null. */
  private static List<JsonObject> runs(String source, String key) {
    HttpResponse<String> response =
        key == null
            ? Api.get("/api/v1/sources/" + source + "/runs")
            : send(
                "GET",
                "/api/v1/sources/" + source + "/runs",
                null,
                "Authorization",
                "Bearer " + key);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }

  /**
   * Whether a run of {@code source} is seen running before {@code push} is answered. Its start is
   * then on disk: the embedded H2 writes each commit before it returns (WRITE_DELAY=0), so a kill
   * right after cannot lose the run itself.
   */
  private static boolean seenRunning(String source, CompletableFuture<HttpResponse<String>> push) {
    return Awaitility.await("a running import of " + source + " or the push's answer")
        .atMost(Duration.ofSeconds(300))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> push.isDone() ? Boolean.FALSE : isRunning(source) ? Boolean.TRUE : null,
            seen -> seen != null);
  }

  private static boolean isRunning(String source) {
    return runs(source).stream().anyMatch(r -> r.getString("status").equals("running"));
  }

  private static void awaitRunning(String source) {
    Awaitility.await("a running import of " + source)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> isRunning(source));
  }

  /** A place of the test files: each test its own, so that federation never pairs them. */
  private record Place(String commune, String postcode, double lat, double lon) {}

  private static final Place RENNES = new Place("Rennes", "35000", 48.1, -1.67);
  private static final Place BREST = new Place("Brest", "29200", 48.39, -4.49);
  private static final Place LORIENT = new Place("Lorient", "56100", 47.75, -3.37);
  private static final Place NANTES = new Place("Nantes", "44000", 47.2, -1.55);

  private static String row(String id, String nom, Place place, double dLat) {
    // The standard's zeros as registry number: no real one shared by thousands of listings.
    return id
        + ",00000000000000,"
        + nom
        + ","
        + place.commune()
        + ","
        + place.postcode()
        + ",Mairie,"
        + (place.lat() + dLat)
        + ","
        + place.lon()
        + ",2025-09-01,Aide aux démarches administratives";
  }

  private static byte[] bigFile(String prefix, Place place) {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < ROWS; i++) {
      rows.append(row(prefix + i, "Lieu " + prefix + i, place, i / 100_000.0)).append('\n');
    }
    return csv(rows.toString().strip());
  }

  private static byte[] csv(String rows) {
    return ("id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services\n"
            + rows)
        .getBytes(StandardCharsets.UTF_8);
  }
}
