package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.admin;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Administrators rebuild the search index from the database while the directory keeps serving. */
class ReindexingIT {

  @Test
  void rebuildsTheIndexOfEveryVenueWhileSearchesKeepFindingThem() throws Exception {
    int before = getJson("/api/v1/venues?limit=1").getInt("total");
    String query = "/api/v1/venues?q=" + Api.encode("médiathèque") + "&limit=1";
    int mediatheques = getJson(query).getInt("total");
    assertThat(mediatheques).isPositive();

    HttpResponse<String> started = admin("POST", "/api/v1/admin/reindexing", null);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    assertThat(json(started).getString("state")).isIn("running", "succeeded");

    JsonObject status = json(started);
    boolean inPlace = status.getBoolean("in_place");
    status =
        Awaitility.await("the rebuild's end")
            .atMost(Duration.ofSeconds(120))
            .pollInterval(Duration.ofMillis(100))
            .until(
                () -> {
                  // Searches go on during the rebuild: complete when documents are replaced in
                  // place (OpenSearch), the venues indexed so far otherwise (Lucene, emptied
                  // first).
                  int during = getJson("/api/v1/venues?limit=1").getInt("total");
                  if (inPlace) {
                    assertThat(during).isEqualTo(before);
                    assertThat(getJson(query).getInt("total")).isEqualTo(mediatheques);
                  } else {
                    assertThat(during).isBetween(0, before);
                  }
                  return status();
                },
                s -> !s.getString("state").equals("running"));
    assertThat(status.getString("state")).as(status.toString()).isEqualTo("succeeded");
    assertThat(status.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(before);
    assertThat(status.getJsonNumber("done").longValue())
        .isEqualTo(status.getJsonNumber("total").longValue());
    assertThat(status.getJsonNumber("per_second").doubleValue()).isPositive();
    // Every venue once: no duplicate, none lost.
    assertThat(getJson("/api/v1/venues?limit=1").getInt("total")).isEqualTo(before);
    assertThat(getJson(query).getInt("total")).isEqualTo(mediatheques);
  }

  @Test
  void needsTheAdministratorsKey() {
    HttpResponse<String> none = send("POST", "/api/v1/admin/reindexing", null);
    assertThat(none.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong =
        send("GET", "/api/v1/admin/reindexing", null, "Authorization", "Bearer nope");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void refusesAThreadCountOutOfRange() {
    HttpResponse<String> response = admin("POST", "/api/v1/admin/reindexing?threads=99", null);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("threads").contains("99");
  }

  private static JsonObject status() {
    HttpResponse<String> response = admin("GET", "/api/v1/admin/reindexing", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }
}
