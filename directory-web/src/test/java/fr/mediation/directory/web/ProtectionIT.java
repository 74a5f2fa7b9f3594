package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The public service bounded by construction: clusters of any box at any zoom are few and shared by
 * neighbouring views, and one client cannot take the service (the test server allows 40 requests a
 * minute and 3 reports an hour to a client named by X-Forwarded-For; see the pom).
 */
class ProtectionIT {

  /** The test server's budgets for clients (the pom's DIRECTORY_RATE_* settings). */
  private static final int REQUESTS_PER_MINUTE = 40;

  private static final int REPORTS_PER_HOUR = 3;

  /** A distinct documentation address (RFC 5737) per client of this run. */
  private static final AtomicInteger CLIENTS =
      new AtomicInteger((int) (System.nanoTime() % 200) + 1);

  private static String newClient() {
    return "203.0.113." + (CLIENTS.getAndIncrement() % 254 + 1);
  }

  @Test
  void theWorldAtStreetZoomIsAnsweredCoarsenedAndBounded() {
    HttpResponse<String> response = get("/api/v1/venues/clusters?bbox=-180,-85,180,85.001&zoom=17");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject view = json(response);
    assertThat(view.getInt("zoom")).isLessThan(17).isEqualTo(3);
    assertThat(view.getJsonArray("clusters")).hasSizeLessThanOrEqualTo(8192);
    long sum =
        view.getJsonArray("clusters").getValuesAs(JsonObject.class).stream()
            .mapToLong(c -> c.getJsonNumber("count").longValue())
            .sum();
    assertThat(sum).isEqualTo(view.getJsonNumber("total").longValue()).isPositive();
  }

  @Test
  void neighbouringViewsShareOneAnswer() {
    HttpResponse<String> first = get("/api/v1/venues/clusters?bbox=2.25,48.81,2.42,48.90&zoom=12");
    HttpResponse<String> moved =
        get("/api/v1/venues/clusters?bbox=2.251,48.811,2.421,48.901&zoom=12");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    // The box used is the one of whole tiles, the same for both: one cache entry.
    assertThat(json(first).getJsonArray("bbox")).hasSize(4);
    assertThat(json(moved).getJsonArray("bbox")).isEqualTo(json(first).getJsonArray("bbox"));
    assertThat(json(first).getJsonArray("bbox").getJsonNumber(0).doubleValue()).isLessThan(2.25);
    assertThat(moved.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
  }

  @Test
  void aClientBeyondItsBudgetGets429InFrenchWithRetryAfterAndOthersDoNot() {
    String greedy = newClient();
    for (int i = 0; i < REQUESTS_PER_MINUTE; i++) {
      HttpResponse<String> allowed = asClient(greedy, "GET", "/api/v1/places?q=Lyon", null);
      assertThat(allowed.statusCode()).as("request " + (i + 1)).isEqualTo(200);
    }
    HttpResponse<String> refused = asClient(greedy, "GET", "/api/v1/places?q=Lyon", null);
    assertTooMany(refused);
    // The requests' timing comes before the rate limits: refusals are timed too.
    assertThat(get("/metrics?scope=application").body())
        .containsPattern("directory_http_requests_seconds_count\\{[^}]*status=\"429\"");
    assertThat(json(refused).getString("detail")).contains("Trop de requêtes");
    // The pages too, with a French page for people.
    HttpResponse<String> page = asClient(greedy, "GET", "/?ou=Lyon", null);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("<html lang=\"fr\">").contains("Trop de demandes");
    // Another client, and the static files of the pages, are not affected.
    assertThat(asClient(newClient(), "GET", "/api/v1/places?q=Lyon", null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void errorReportsHaveTheirOwnMuchSmallerBudgetAcrossTheApiAndThePages() {
    String venue =
        getJson("/api/v1/venues?limit=1").getJsonArray("items").getJsonObject(0).getString("id");
    String reporter = newClient();
    for (int i = 0; i < REPORTS_PER_HOUR; i++) {
      HttpResponse<String> stored =
          asClient(
              reporter,
              "POST",
              "/api/v1/error-reports",
              "{\"venue_id\":\""
                  + venue
                  + "\",\"message\":\"L’accueil a déménagé rue de l’Église, n° "
                  + i
                  + "\"}");
      assertThat(stored.statusCode()).as(stored.body()).isBetween(200, 299);
    }
    HttpResponse<String> refused =
        asClient(
            reporter,
            "POST",
            "/api/v1/error-reports",
            "{\"venue_id\":\"" + venue + "\",\"message\":\"Encore un signalement de trop\"}");
    assertTooMany(refused);
    assertThat(json(refused).getString("detail")).contains("signalements");
    HttpResponse<String> page =
        send(
            "POST",
            "/lieux/" + venue + "/signaler",
            "message=Horaires+faux+le+samedi&contact=&website=".getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-www-form-urlencoded",
            "X-Forwarded-For",
            reporter);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.body()).contains("<html lang=\"fr\">").contains("Trop de demandes");
    // Reading is still allowed to that client.
    assertThat(asClient(reporter, "GET", "/api/v1/venues/" + venue, null).statusCode())
        .isEqualTo(200);
  }

  private static void assertTooMany(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("Retry-After"))
        .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    assertThat(json(response).getString("title")).isEqualTo("Trop de requêtes");
    assertThat(json(response).getInt("status")).isEqualTo(429);
  }

  private static HttpResponse<String> asClient(
      String client, String method, String path, String jsonBody) {
    return jsonBody == null
        ? send(method, path, null, "X-Forwarded-For", client)
        : send(
            method,
            path,
            jsonBody.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json",
            "X-Forwarded-For",
            client);
  }

  @Test
  void searchesSentTogetherEachWaitForTheirTurnAndAreAllAnswered() throws Exception {
    long before = turnWaits();
    int searches = 12;
    List<HttpResponse<String>> answers;
    try (ExecutorService clients = Executors.newFixedThreadPool(searches)) {
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < searches; i++) {
        String client = newClient();
        sent.add(
            clients.submit(
                () ->
                    asClient(
                        client,
                        "GET",
                        "/api/v1/venues?lat=45.764&lon=4.8357&radius_km=10&limit=20",
                        null)));
      }
      answers = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : sent) {
        answers.add(answer.get());
      }
    }

    assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
    // Every one of them went through the turns (other tests' reads may add to the count).
    assertThat(turnWaits() - before).isGreaterThanOrEqualTo(searches);
  }

  /** How many reads have had their turn so far (the series of the turns' waiting time). */
  private static long turnWaits() {
    HttpResponse<String> metrics = get("/metrics?scope=application");
    assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
    return metrics
        .body()
        .lines()
        .filter(line -> line.startsWith("directory_turn_waits_seconds_count"))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  @Test
  void theSameReportSentAgainIsCountedOnceAndASourceReadsItsReportsByPages() {
    PageFixtures.Fixture fixture = PageFixtures.get();
    String tag = Long.toString(System.nanoTime(), 36);
    report(fixture.xssVenueId(), "Le lieu a fermé définitivement, réf. " + tag);
    report(fixture.xssVenueId(), "  le LIEU a ferme\u0301 definitivement — ref " + tag + " !");
    report(fixture.xssVenueId(), "Les horaires du samedi sont faux, réf. " + tag);
    String path = "/api/v1/sources/" + fixture.source() + "/error-reports";

    List<JsonObject> mine =
        reports(path + "?limit=500", fixture.key()).stream()
            .filter(r -> r.getString("message").contains(tag))
            .toList();
    assertThat(mine).hasSize(2);
    assertThat(mine.get(1).getString("message")).startsWith("Le lieu a fermé");
    assertThat(mine.get(1).getInt("repeats")).isEqualTo(2);
    assertThat(mine.get(0).getInt("repeats")).isEqualTo(1);

    HttpResponse<String> first =
        send("GET", path + "?limit=1", null, "Authorization", "Bearer " + fixture.key());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    String link = first.headers().firstValue("Link").orElseThrow();
    assertThat(link).contains("rel=\"next\"");
    URI next = URI.create(link.substring(link.indexOf('<') + 1, link.indexOf('>')));
    List<JsonObject> second = reports(next.getRawPath() + "?" + next.getRawQuery(), fixture.key());
    JsonObject firstReport = array(first).getFirst();
    assertThat(second).hasSize(1);
    assertThat(second.getFirst().getJsonNumber("id").longValue())
        .isLessThan(firstReport.getJsonNumber("id").longValue());
    assertThat(
            send("GET", path + "?before=abc", null, "Authorization", "Bearer " + fixture.key())
                .statusCode())
        .isEqualTo(400);
  }

  private static void report(String venue, String message) {
    HttpResponse<String> stored =
        send(
            "POST",
            "/api/v1/error-reports",
            Json.createObjectBuilder()
                .add("venue_id", venue)
                .add("message", message)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
  }

  private static List<JsonObject> reports(String path, String key) {
    HttpResponse<String> listed = send("GET", path, null, "Authorization", "Bearer " + key);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    return array(listed);
  }

  private static List<JsonObject> array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray().getValuesAs(JsonObject.class);
    }
  }
}
