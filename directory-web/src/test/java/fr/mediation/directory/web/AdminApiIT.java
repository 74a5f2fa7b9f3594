package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.admin;
import static fr.mediation.directory.web.Api.createSource;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The administrator's API over HTTP: the federation review queue and its decisions, a held import
 * seen and released, the sources' health and the error reports across sources. In Figeac (46100).
 */
class AdminApiIT {

  private static String row(String id, String nom, String adresse, String lat, String date) {
    return Hubs.venueRow(id, nom, "Figeac", "46100", adresse, lat, "2.0310", "", date);
  }

  @Test
  void aPairNearTheThresholdIsReviewedDecidedDistinctAndKeptApartByTheNextImport() {
    String a = "adm-a-" + suffix();
    String b = "adm-b-" + suffix();
    String keyA = createSource(a, 1.0);
    String keyB = createSource(b, 1.0);
    String rowA =
        row("o1", "Centre social Les Ormeaux", "2 allée des Ormeaux", "44.6080", "2025-05-01");
    String rowB =
        row("o2", "Association Les Ormeaux", "2 allée des Ormeaux", "44.6082", "2025-05-02");
    Api.completed(push(a, keyA, rowA));
    assertThat(Api.completed(push(b, keyB, rowB)).getJsonObject("run").getBoolean("complete"))
        .isTrue();

    JsonObject pair = pairOf(review(), a + ":o1", b + ":o2");
    assertThat(pair).as("the pair is in the queue").isNotNull();
    assertThat(pair.getJsonNumber("score").doubleValue()).isBetween(0.50, 0.74);
    assertThat(pair.getJsonNumber("distance_m").doubleValue()).isBetween(10.0, 40.0);
    assertThat(pair.getBoolean("duplicate")).isTrue();
    assertThat(pair.getBoolean("merged_now")).isTrue();
    assertThat(pair.getJsonArray("reasons").toString()).contains("names");
    assertThat(pair.getJsonObject("a").getString("adresse")).isEqualTo("2 allée des Ormeaux");
    String near = "lat=44.6081&lon=2.0310&radius_km=0.5&q=ormeaux";
    assertThat(getJson("/api/v1/venues?" + near).getInt("total")).isEqualTo(1);

    HttpResponse<String> decided =
        admin(
            "POST",
            "/api/v1/admin/merge-decisions",
            "{\"decision\":\"not_duplicates\",\"venues\":[\""
                + a
                + ":o1\",\""
                + b
                + ":o2\"],\"note\":\"lieux distincts\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    assertThat(pairOf(review(), a + ":o1", b + ":o2")).as("decided: out of the queue").isNull();
    assertThat(getJson("/api/v1/venues?" + near).getInt("total")).isEqualTo(2);

    Api.completed(push(a, keyA, rowA.replace("2025-05-01", "2025-11-01")));
    assertThat(getJson("/api/v1/venues?" + near).getInt("total")).isEqualTo(2);
  }

  @Test
  void theReviewQueueNeedsTheAdministratorsKeyAndNamesAWrongParameter() {
    HttpResponse<String> anonymous = send("GET", "/api/v1/admin/federation/review", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = admin("GET", "/api/v1/admin/federation/review?band=2", null);
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"band\"");
  }

  @Test
  void aHeldImportIsSeenReleasedOnceAndTheSourcesHealthSaysSo() {
    String source = "adm-held-" + suffix();
    String key = createSource(source, 0.3);
    Api.completed(
        push(
            source,
            key,
            row("h1", "Médiathèque de Figeac", "1 rue Gambetta", "44.6100", "2025-05-01"),
            row("h2", "Espace numérique du Puy", "2 rue du Puy", "44.6120", "2025-05-01"),
            row("h3", "Tiers-lieu Caviale", "3 rue Caviale", "44.6140", "2025-05-01")));
    HttpResponse<String> shrunk =
        push(
            source,
            key,
            row("h1", "Médiathèque Astrolabe", "1 rue Gambetta", "44.6100", "2025-06-01"));
    assertThat(shrunk.statusCode()).isEqualTo(409);
    long run = json(shrunk).getJsonObject("run").getJsonNumber("id").longValue();

    JsonObject health = healthOf(source);
    assertThat(health.getJsonArray("held_runs").getJsonNumber(0).longValue()).isEqualTo(run);
    assertThat(health.getJsonArray("attention").getString(0))
        .isEqualTo("1 import suspendu attend une décision");
    assertThat(health.getInt("active_venues")).isEqualTo(3);
    assertThat(health.getJsonObject("last_success").getString("status")).isEqualTo("succeeded");

    String runPath = "/api/v1/admin/sources/" + source + "/runs/" + run;
    HttpResponse<String> seen = admin("GET", runPath + "/held", null);
    assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
    JsonObject held = json(seen);
    assertThat(held.getBoolean("releasable")).isTrue();
    assertThat(held.getInt("retiring_count")).isEqualTo(2);
    assertThat(held.getJsonNumber("retiring_share").doubleValue()).isEqualTo(0.667);
    assertThat(
            held.getJsonArray("retiring").stream()
                .map(v -> ((JsonObject) v).getString("nom"))
                .toList())
        .containsExactly("Espace numérique du Puy", "Tiers-lieu Caviale");
    assertThat(held.getInt("updating")).isEqualTo(1);

    HttpResponse<String> released = admin("POST", runPath + "/release", null);
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(json(released).getJsonObject("run").getString("status")).isEqualTo("succeeded");
    assertThat(json(released).getJsonObject("run").getInt("retired")).isEqualTo(2);
    assertThat(getJson("/api/v1/sources/" + source).getInt("active_venues")).isEqualTo(1);

    HttpResponse<String> again = admin("POST", runPath + "/release", null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).getString("detail")).contains("déjà été publié");
    assertThat(healthOf(source).getJsonArray("held_runs")).isEmpty();

    HttpResponse<String> anonymous = send("POST", runPath + "/discard", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void errorReportsAreListedAcrossSourcesAndBySource() {
    String source = "adm-rep-" + suffix();
    String key = createSource(source, 1.0);
    Api.completed(
        push(
            source,
            key,
            row("r1", "Point numérique Caviale", "5 rue Caviale", "44.6160", "2025-05-01")));
    String venueId =
        getJson("/api/v1/venues?lat=44.6160&lon=2.0310&radius_km=0.2&q=caviale")
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    HttpResponse<String> reported =
        send(
            "POST",
            "/api/v1/error-reports",
            ("{\"venue_id\":\"" + venueId + "\",\"message\":\"Le lieu a déménagé rue Neuve.\"}")
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);

    HttpResponse<String> bySource =
        admin("GET", "/api/v1/admin/error-reports?source=" + source, null);
    assertThat(bySource.statusCode()).as(bySource.body()).isEqualTo(200);
    JsonArray reports = Json.array(bySource.body());
    assertThat(reports).hasSize(1);
    assertThat(reports.getJsonObject(0).getString("source")).isEqualTo(source);
    assertThat(reports.getJsonObject(0).getJsonObject("report").getString("message"))
        .isEqualTo("Le lieu a déménagé rue Neuve.");
    assertThat(admin("GET", "/api/v1/admin/error-reports?limit=500", null).body())
        .contains("Le lieu a déménagé rue Neuve.");
    assertThat(
            Json.array(
                admin("GET", "/api/v1/admin/error-reports?state=nouveau&source=" + source, null)
                    .body()))
        .hasSize(1);
    assertThat(
            Json.array(
                admin("GET", "/api/v1/admin/error-reports?state=corrige&source=" + source, null)
                    .body()))
        .isEmpty();
    assertThat(admin("GET", "/api/v1/admin/error-reports?state=fini", null).statusCode())
        .isEqualTo(400);
    HttpResponse<String> unknown = admin("GET", "/api/v1/admin/error-reports?source=nope-x", null);
    assertThat(unknown.statusCode()).isEqualTo(400);
  }

  // --- helpers

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  private static JsonObject review() {
    HttpResponse<String> response =
        admin("GET", "/api/v1/admin/federation/review?departement=46&limit=200", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  private static JsonObject pairOf(JsonObject review, String refA, String refB) {
    List<String> wanted = List.of(refA, refB);
    return review.getJsonArray("pairs").stream()
        .map(JsonObject.class::cast)
        .filter(
            p ->
                wanted.contains(p.getJsonObject("a").getString("ref"))
                    && wanted.contains(p.getJsonObject("b").getString("ref")))
        .findFirst()
        .orElse(null);
  }

  private static JsonObject healthOf(String source) {
    HttpResponse<String> response = admin("GET", "/api/v1/admin/sources", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.array(response.body()).stream()
        .map(JsonObject.class::cast)
        .filter(s -> s.getJsonObject("source").getString("key").equals(source))
        .findFirst()
        .orElseThrow();
  }

  private static HttpResponse<String> push(String source, String key, String... rows) {
    return Api.push(source, key, Hubs.venueFile(rows).getBytes(StandardCharsets.UTF_8));
  }

  /** JSON arrays of answers. */
  private static final class Json {
    static JsonArray array(String body) {
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
        return reader.readArray();
      }
    }
  }
}
