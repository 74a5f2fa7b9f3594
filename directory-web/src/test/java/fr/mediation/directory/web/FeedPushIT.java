package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.admin;
import static fr.mediation.directory.web.Api.createSource;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.push;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hubs push their files with their own key and get a report; administrators manage sources with
 * theirs. Over HTTP, against the running server.
 */
class FeedPushIT {

  private static final String[] FIELDS = Hubs.columns("services");

  private static String hubA;
  private static String keyA;
  private static String keyB;

  private static String row(String id, String nom, String postcode, double lat) {
    String[] v = {
      id,
      "84288740800016",
      nom,
      "Rennes",
      postcode,
      "1 place de la Mairie",
      Double.toString(lat),
      "-1.6778",
      "2025-09-01",
      "Aide aux démarches administratives"
    };
    return String.join(",", Arrays.stream(v).map(x -> '"' + x + '"').toList());
  }

  private static byte[] csv(String... rows) {
    return (String.join(",", FIELDS) + "\n" + String.join("\n", rows))
        .getBytes(StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void createSources() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    hubA = "hub-a-" + suffix;
    keyA = createSource(hubA, 0.5);
    keyB = createSource("hub-b-" + suffix, 0.3);
  }

  @Test
  void aPushWithoutKeyOrWithAWrongKeyIsUnauthorized() {
    byte[] file = csv(row("n1", "Espace Nord", "35000", 48.12));

    HttpResponse<String> none = push(hubA, null, file);
    HttpResponse<String> wrong = push(hubA, "not-a-key", file);

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(json(none).getString("detail")).contains("Authorization: Bearer");
    assertThat(wrong.statusCode()).isEqualTo(401);
  }

  @Test
  void anotherHubsKeyIsForbidden() {
    HttpResponse<String> response = push(hubA, keyB, csv(row("n1", "Espace Nord", "35000", 48.12)));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json(response).getString("detail")).contains("autre source");
  }

  @Test
  void aPushKeepsGoodRowsReportsBadOnesAndIsSearchable() {
    String name = "Espace numérique Colombier " + UUID.randomUUID().toString().substring(0, 4);
    HttpResponse<String> response =
        push(
            hubA,
            keyA,
            csv(
                row("c1", name, "35000", 48.1050),
                row("c2", "Point numérique Sud-Gare", "3500", 48.1000),
                row("c3", "Médiathèque Champs-Libres", "35000", 48.1060)));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonObject answered = json(response).getJsonObject("run");
    long runId = answered.getJsonNumber("id").longValue();
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/sources/" + hubA + "/runs/" + runId));
    assertThat(answered.getString("status")).isEqualTo("succeeded");
    assertThat(answered.getInt("rejected")).isEqualTo(1);
    JsonObject report = Api.completed(response, keyA);
    JsonObject run = report.getJsonObject("run");
    assertThat(run.getBoolean("complete")).isTrue();
    assertThat(run.getString("status")).isEqualTo("succeeded");
    assertThat(run.getInt("read")).isEqualTo(3);
    assertThat(run.getInt("accepted")).isEqualTo(2);
    assertThat(run.getInt("rejected")).isEqualTo(1);
    JsonObject rejected = report.getJsonArray("rejected_rows").getJsonObject(0);
    assertThat(rejected.getInt("row")).isEqualTo(2);
    assertThat(rejected.getString("local_id")).isEqualTo("c2");
    JsonObject issue = rejected.getJsonArray("issues").getJsonObject(0);
    assertThat(issue.getString("field")).isEqualTo("code_postal");
    assertThat(issue.getString("value")).isEqualTo("3500");
    assertThat(issue.getString("reason")).contains("code postal", "3500", "5 chiffres");

    assertThat(getJson("/api/v1/venues?q=" + Api.encode(name)).getJsonArray("items"))
        .anySatisfy(v -> assertThat(v.asJsonObject().getString("nom")).isEqualTo(name));

    JsonObject stored = getJson("/api/v1/sources/" + hubA + "/runs/" + runId, keyA);
    assertThat(stored.getJsonArray("rejected_rows")).hasSize(1);
    assertThat(
            getJson("/api/v1/sources/" + hubA + "/runs/" + runId, ADMIN)
                .getJsonArray("rejected_rows"))
        .hasSize(1);
    assertThat(Api.get("/api/v1/sources/" + hubA + "/runs").body()).contains("\"id\":" + runId);
    HttpResponse<String> csv =
        send(
            "GET",
            "/api/v1/sources/" + hubA + "/runs/" + runId + "/rejected.csv",
            null,
            "Authorization",
            "Bearer " + keyA);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body().lines().toList())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("ligne,identifiant,champs,motifs,id,pivot,nom");
    assertThat(csv.body()).contains("Point numérique Sud-Gare", "code_postal", "5 chiffres");
  }

  @Test
  void whatAFileHeldIsReadOnlyWithTheSourcesKeyOrTheAdministratorsWhileFiguresArePublic() {
    String source = "hub-private-" + UUID.randomUUID().toString().substring(0, 6);
    String key = createSource(source, 0.5);
    String secret = "Contenu privé " + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> response =
        push(
            source,
            key,
            csv(row("p1", secret, "3500", 48.1), row("p2", "Espace ouvert", "35000", 48.1)));
    long runId = json(response).getJsonObject("run").getJsonNumber("id").longValue();
    Api.completed(response);
    String run = "/api/v1/sources/" + source + "/runs/" + runId;

    JsonObject anonymous = getJson(run);
    HttpResponse<String> list = Api.get("/api/v1/sources/" + source + "/runs");
    HttpResponse<String> csvAnonymous = Api.get(run + "/rejected.csv");
    HttpResponse<String> csvOtherSource =
        send("GET", run + "/rejected.csv", null, "Authorization", "Bearer " + keyB);
    HttpResponse<String> csvOwn =
        send("GET", run + "/rejected.csv", null, "Authorization", "Bearer " + key);

    assertThat(anonymous.getJsonObject("run").getInt("rejected")).isEqualTo(1);
    assertThat(anonymous.getJsonObject("run").getString("finished_at")).isNotBlank();
    assertThat(anonymous.containsKey("rejected_rows")).isFalse();
    assertThat(anonymous.getJsonObject("run").containsKey("message_fr")).isFalse();
    assertThat(list.body()).contains("\"id\":" + runId).doesNotContain("message");
    assertThat(csvAnonymous.statusCode()).isEqualTo(401);
    assertThat(csvOtherSource.statusCode()).isEqualTo(403);
    assertThat(csvOwn.statusCode()).isEqualTo(200);
    assertThat(csvOwn.body()).contains(secret);
    assertThat(getJson(run, key).getJsonArray("rejected_rows")).hasSize(1);
    assertThat(getJson(run, ADMIN).getJsonObject("run").getString("message_fr"))
        .contains("1 refusées");
    assertThat(
            Api.send(
                    "GET",
                    "/api/v1/sources/" + source + "/runs",
                    null,
                    "Authorization",
                    "Bearer " + key)
                .body())
        .contains("message_fr");
  }

  @Test
  void theSameFileAgainIsUnchangedAShrunkenFileIsHeldAndAnUnreadableOneFails() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String source = "hub-c-" + suffix;
    String key = createSource(source, 0.3);
    byte[] three =
        csv(
            row("h1", "Maison France Services Rennes " + suffix, "35000", 48.11),
            row("h2", "Cyber-base Blosne " + suffix, "35200", 48.08),
            row("h3", "Point numérique Maurepas " + suffix, "35700", 48.13));
    HttpResponse<String> first = push(source, key, three);
    assertThat(first.statusCode()).isEqualTo(202);
    Api.completed(first);

    HttpResponse<String> again = push(source, key, three);
    HttpResponse<String> shrunken = push(source, key, csv(row("h1", "X", "35000", 48.11)));
    HttpResponse<String> unreadable =
        push(source, key, "ceci n'est pas un fichier du standard".getBytes(StandardCharsets.UTF_8));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).getJsonObject("run").getString("status")).isEqualTo("unchanged");
    assertThat(json(again).getJsonObject("run").getBoolean("complete")).isTrue();
    assertThat(shrunken.statusCode()).isEqualTo(409);
    assertThat(json(shrunken).getJsonObject("run").getString("message_fr"))
        .contains("2 des 3 lieux", "Rien n'a été modifié");
    assertThat(unreadable.statusCode()).isEqualTo(422);
    assertThat(json(unreadable).getJsonObject("run").getString("status")).isEqualTo("failed");
    assertThat(getJson("/api/v1/sources/" + source).getInt("active_venues")).isEqualTo(3);
    assertThat(getJson("/api/v1/venues?q=" + Api.encode("Maurepas " + suffix)).getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void aVenueNoLongerInTheFileLeavesTheSearchAndItsPageSaysSince() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String source = "hub-d-" + suffix;
    String key = createSource(source, 0.5);
    String gone = "Bus numérique Vilaine " + suffix;
    Api.completed(
        push(
            source,
            key,
            csv(
                row("d1", "Espace Bréquigny " + suffix, "35200", 48.09),
                row("d2", gone, "35000", 48.1))));
    String id =
        getJson("/api/v1/venues?q=" + Api.encode(gone))
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");

    JsonObject report =
        Api.completed(
            push(source, key, csv(row("d1", "Espace Bréquigny " + suffix, "35200", 48.09))));

    assertThat(report.getJsonObject("run").getInt("retired")).isEqualTo(1);
    assertThat(getJson("/api/v1/venues?q=" + Api.encode(gone)).getInt("total")).isZero();
    HttpResponse<String> page = Api.get("/api/v1/venues/" + id);
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(json(page).getString("detail"))
        .contains("n'est plus publié par aucune source depuis le");
  }

  @Test
  void aSourceDeclaredInAFileAtStartUpTakesPushesWithItsKey() {
    JsonObject declared = getJson("/api/v1/sources/declared-hub");
    HttpResponse<String> response =
        push(
            "declared-hub",
            "declared-hub-key-for-tests",
            csv(row("f1", "Espace déclaré " + UUID.randomUUID(), "35000", 48.11)));

    assertThat(declared.getString("name")).isEqualTo("Hub déclaré par fichier");
    assertThat(declared.getString("delivery")).isEqualTo("push");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(Api.get("/api/v1/sources/broken-hub").statusCode()).isEqualTo(404);
  }

  @Test
  void aFileOverTheLimitIsRefusedWith413() {
    byte[] big = new byte[1024 * 1024 + 10];
    Arrays.fill(big, (byte) 'x');

    HttpResponse<String> response = push(hubA, keyA, big);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).getString("detail")).contains("taille maximale");
  }

  @Test
  void anUploadCutShortIsRefusedWith400AndImportsNothing() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String source = "hub-cut-" + suffix;
    String key = createSource(source, 0.5);
    byte[] file = csv(row("t1", "Espace coupé " + suffix, "35000", 48.11));
    URI base = URI.create(Api.BASE);
    String answer;
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT /api/v1/sources/"
                  + source
                  + "/feed HTTP/1.1\r\nHost: "
                  + base.getAuthority()
                  + "\r\nContent-Type: text/csv\r\nAuthorization: Bearer "
                  + key
                  + "\r\nContent-Length: "
                  + (file.length + 5000)
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(file);
      out.flush();
      socket.shutdownOutput(); // the client goes away before the announced length
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
    assertThat(answer).contains("interrompu", "\"name\":\"body\"");
    assertThat(getJson("/api/v1/sources/" + source).getInt("active_venues")).isZero();
  }

  @Test
  void theAdminApiNeedsTheAdministratorsKey() {
    HttpResponse<String> response =
        send(
            "PUT",
            "/api/v1/admin/sources/intrus",
            "{\"name\":\"X\",\"format\":\"standard-v1-csv\",\"delivery\":\"push\"}"
                .getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + keyA,
            "Content-Type",
            "application/json");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Api.get("/api/v1/sources/intrus").statusCode()).isEqualTo(404);
  }

  @Test
  void aBrokenOrMistypedSourceDefinitionIsRefusedWith400() {
    HttpResponse<String> broken =
        admin("PUT", "/api/v1/admin/sources/broken-json", "{\"name\": \"X\", \"format\": ");
    HttpResponse<String> mistyped =
        admin(
            "PUT",
            "/api/v1/admin/sources/mistyped-json",
            "{\"name\":\"X\",\"format\":\"standard-v1-csv\",\"delivery\":\"push\",\"max_retire_share\":\"beaucoup\"}");

    assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
    assertThat(json(broken).getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("body");
    assertThat(json(broken).getString("detail")).contains("JSON valide");
    assertThat(mistyped.statusCode()).as(mistyped.body()).isEqualTo(400);
    assertThat(json(mistyped).getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("max_retire_share");
  }

  @Test
  void aSourceDefinitionWithAnUnknownFormatIsRefusedNamingTheField() {
    HttpResponse<String> response =
        admin(
            "PUT",
            "/api/v1/admin/sources/bad-format",
            "{\"name\":\"X\",\"format\":\"excel\",\"delivery\":\"push\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("format");
  }
}
