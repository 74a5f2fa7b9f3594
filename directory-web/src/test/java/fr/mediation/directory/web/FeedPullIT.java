package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.admin;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directory pulls a hub's file from its URL: here a hub served on loopback by the test, with an
 * ETag, so that the second pull is conditional and answered 304.
 */
class FeedPullIT {

  /** The hub's web server: serves its export with an ETag, and a redirect to another host. */
  private static final MockWebServer hub = new MockWebServer();

  private static volatile String file;
  private static volatile String etag;
  private static final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startHub() throws IOException {
    hub.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return switch (request.getUrl().encodedPath()) {
              case "/export.csv" -> export(request);
              // Sends the pull elsewhere on this machine: another host name, on the loopback.
              case "/moved.csv" ->
                  new MockResponse.Builder()
                      .code(302)
                      .setHeader("Location", "http://localhost:" + hub.getPort() + "/export.csv")
                      .build();
              default -> new MockResponse.Builder().code(404).build();
            };
          }
        });
    hub.start(InetAddress.getLoopbackAddress(), 0);
  }

  /** The export, or 304 when the pull names its current ETag. */
  private static MockResponse export(RecordedRequest request) {
    String condition = request.getHeaders().get("If-None-Match");
    ifNoneMatch.add(String.valueOf(condition));
    if (etag.equals(condition)) {
      return new MockResponse.Builder().code(304).build();
    }
    return new MockResponse.Builder()
        .setHeader("ETag", etag)
        .setHeader("Content-Type", "text/csv; charset=utf-8")
        .body(file)
        .build();
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + hub.getPort() + path;
  }

  private static void createPullSource(String id, String url) {
    HttpResponse<String> response =
        admin(
            "PUT",
            "/api/v1/admin/sources/" + id,
            ("{\"name\":\"Hub tiré\",\"format\":\"standard-v1-csv\",\"delivery\":\"pull\",\"url\":\""
                + url
                + "\",\"pull_every_minutes\":1440}"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(json(response).containsKey("push_key")).isFalse();
  }

  private static HttpResponse<String> pullNow(String id) {
    return admin("POST", "/api/v1/admin/sources/" + id + "/pull", null);
  }

  private static String csv(String suffix, String... names) {
    StringBuilder out =
        new StringBuilder("id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj\n");
    for (int i = 0; i < names.length; i++) {
      out.append("p")
          .append(i)
          .append(",84288740800016,")
          .append(names[i])
          .append(' ')
          .append(suffix)
          .append(",Nantes,44000,2 rue de Strasbourg,47.2184,-1.5536,2025-10-01\n");
    }
    return out.toString();
  }

  @Test
  void pullsTheHubsFileThenAsksConditionallyAndA304ChangesNothing() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String id = "pull-" + suffix;
    file = csv(suffix, "Médiathèque Jacques Demy", "Espace numérique Bellevue");
    etag = "\"v1-" + suffix + "\"";
    createPullSource(id, url("/export.csv"));

    HttpResponse<String> first = pullNow(id);
    HttpResponse<String> second = pullNow(id);
    file = csv(suffix, "Médiathèque Jacques Demy", "Espace numérique de Bellevue");
    etag = "\"v2-" + suffix + "\"";
    HttpResponse<String> third = pullNow(id);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
    assertThat(Api.completed(first).getJsonObject("run").getInt("created")).isEqualTo(2);
    assertThat(second.statusCode()).isEqualTo(200);
    JsonObject notModified = json(second).getJsonObject("run");
    assertThat(notModified.getString("status")).isEqualTo("unchanged");
    assertThat(notModified.getString("message_fr")).contains("304");
    assertThat(ifNoneMatch).contains("\"v1-" + suffix + "\"");
    assertThat(third.statusCode()).as(third.body()).isEqualTo(202);
    assertThat(Api.completed(third).getJsonObject("run").getInt("updated")).isEqualTo(1);
    assertThat(
            getJson("/api/v1/venues?q=" + Api.encode("Bellevue " + suffix)).getJsonArray("items"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.asJsonObject().getString("nom"))
                    .startsWith("Espace numérique de Bellevue"));
  }

  @Test
  void aRedirectToAnotherHostOnTheLoopbackIsNotFollowed() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String id = "pull-moved-" + suffix;
    file = csv(suffix, "Espace numérique redirigé");
    etag = "\"moved-" + suffix + "\"";
    createPullSource(id, url("/moved.csv"));
    int requestsBefore = ifNoneMatch.size();

    HttpResponse<String> response = pullNow(id);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonObject run = json(response).getJsonObject("run");
    assertThat(run.getString("status")).isEqualTo("failed");
    assertThat(run.getString("message_fr"))
        .contains("redirection (302)", "autre hôte", "localhost");
    assertThat(ifNoneMatch).as("the redirect's target was never asked").hasSize(requestsBefore);
    assertThat(getJson("/api/v1/sources/" + id).getInt("active_venues")).isZero();
  }

  @Test
  void anUnreachableFileIsAFailedRunThatChangesNothing() {
    String id = "pull-missing-" + UUID.randomUUID().toString().substring(0, 6);
    createPullSource(id, url("/nowhere.csv"));

    HttpResponse<String> response = pullNow(id);

    assertThat(response.statusCode()).isEqualTo(422);
    JsonObject run = json(response).getJsonObject("run");
    assertThat(run.getString("status")).isEqualTo("failed");
    assertThat(run.getString("message_fr")).contains("404");
  }
}
