package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.ADMIN;
import static fr.mediation.directory.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "Vérifier sans publier" through the API ({@code POST /api/v1/sources/{id}/feed/check}): the
 * report an import would give, nothing changed (no run, no venue, nothing in the search), and the
 * same figures and reasons as the real push of the same file.
 */
class FeedCheckIT {

  private static final String HEADER =
      "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj,services,horaires,"
          + "frais_a_charge,telephone\n";

  /**
   * A file of {@code word}'s venues in Aurillac: three good rows and one bad postcode. Nowhere near
   * the pages' fixture (Saint-Flour), which the federation would otherwise merge them with.
   */
  static String file(String word) {
    String[] names = {"Médiathèque", "Centre social", "Maison France services"};
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 3; i++) {
      // Different kinds of places half a kilometre apart: never taken for duplicates of each other.
      csv.append("v" + i + ",84288740800016," + names[i - 1] + " " + word + ",Aurillac,15000,")
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "%d rue des Carmes,%.4f,%.4f,2025-09-01,",
                  i,
                  44.920 + 0.004 * i,
                  2.434 + 0.004 * i))
          .append(
              "Aide aux démarches administratives,\"Mo-Fr 09:00-12:00\",Gratuit,+33471480000\n");
    }
    return csv
        + "v4,84288740800016,Espace "
        + word
        + ",Aurillac,1510,4 rue des Carmes,44.9264,2.4400,2025-09-01,"
        + "Aide aux démarches administratives,,Gratuit,\n";
  }

  private static HttpResponse<String> check(Hubs hub, String key, byte[] file) {
    return Api.send(
        "POST",
        "/api/v1/sources/" + hub.source() + "/feed/check",
        file,
        "Content-Type",
        "text/csv",
        "Authorization",
        "Bearer " + key);
  }

  private static int runs(Hubs hub) {
    HttpResponse<String> response = Api.get("/api/v1/sources/" + hub.source() + "/runs");
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray().size();
    }
  }

  private static int published(Hubs hub) {
    return Api.getJson("/api/v1/sources/" + hub.source()).getInt("active_venues");
  }

  private static int found(String word) {
    return Api.getJson("/api/v1/venues?q=" + word).getJsonArray("items").size();
  }

  @Test
  void aDryRunReportsWhatThePushWouldAndChangesNothing() {
    Hubs hub = Hubs.create("check");
    String word = "verif" + UUID.randomUUID().toString().substring(0, 6);
    byte[] file = file(word).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> checked = check(hub, hub.key(), file);

    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    JsonObject dry = json(checked);
    assertThat(dry.getBoolean("dry_run")).isTrue();
    assertThat(dry.getString("status")).isEqualTo("succeeded");
    assertThat(dry.getInt("read")).isEqualTo(4);
    assertThat(dry.getInt("created")).isEqualTo(3);
    assertThat(dry.getInt("rejected")).isEqualTo(1);
    assertThat(dry.getString("message_fr")).startsWith("Vérification sans publication");
    assertThat(
            dry.getJsonArray("rejected_rows")
                .getJsonObject(0)
                .getJsonArray("issues")
                .getJsonObject(0)
                .getString("field"))
        .isEqualTo("code_postal");
    assertThat(runs(hub)).as("no run recorded").isZero();
    assertThat(published(hub)).as("no venue written").isZero();
    assertThat(found(word)).as("nothing indexed").isZero();

    JsonObject pushed = Api.completed(hub.send(file(word)), hub.key());
    JsonObject run = pushed.getJsonObject("run");
    for (String figure :
        List.of(
            "read",
            "accepted",
            "rejected",
            "created",
            "updated",
            "unchanged",
            "retired",
            "warned")) {
      assertThat(run.getInt(figure)).as(figure).isEqualTo(dry.getInt(figure));
    }
    assertThat(pushed.getJsonArray("rejected_rows")).isEqualTo(dry.getJsonArray("rejected_rows"));
    assertThat(pushed.getJsonArray("warned_rows")).isEqualTo(dry.getJsonArray("warned_rows"));
    assertThat(published(hub)).isEqualTo(3);
  }

  @Test
  void aDryRunOfAShorterFileSaysWhatWouldBeRetiredAndRetiresNothing() {
    Hubs hub = Hubs.create("check");
    String word = "retr" + UUID.randomUUID().toString().substring(0, 6);
    Api.completed(hub.send(file(word)));
    int runsBefore = runs(hub);
    String shorter = file(word).lines().limit(2).reduce("", (a, b) -> a + b + "\n");

    JsonObject dry = json(check(hub, ADMIN, shorter.getBytes(StandardCharsets.UTF_8)));

    assertThat(dry.getInt("retired")).isEqualTo(2);
    assertThat(dry.getInt("unchanged")).isEqualTo(1);
    assertThat(runs(hub)).isEqualTo(runsBefore);
    assertThat(published(hub)).isEqualTo(3);
    assertThat(found(word)).isEqualTo(3);
  }

  @Test
  void aDryRunNeedsTheSourcesKeyAndSaysWhenTheFileIsUnreadable() {
    Hubs hub = Hubs.create("check");
    Hubs other = Hubs.create("check");
    byte[] file = file("x").getBytes(StandardCharsets.UTF_8);

    assertThat(check(hub, other.key(), file).statusCode()).isEqualTo(403);
    assertThat(check(hub, "nobody", file).statusCode()).isEqualTo(401);
    HttpResponse<String> unreadable =
        check(hub, hub.key(), new byte[] {'i', 'd', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
    assertThat(unreadable.statusCode()).isEqualTo(422);
    assertThat(json(unreadable).getString("status")).isEqualTo("failed");
    assertThat(runs(hub)).isZero();
  }
}
