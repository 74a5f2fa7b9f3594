package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub's hours that cannot be read exactly never make a venue "open now": the venue keeps the
 * hub's text, shown as "horaires_communiques". Over HTTP, against the running server.
 */
class HoursFidelityIT {

  private static final String ADMIN = System.getProperty("it.admin.key", "it-admin-key-not-secret");

  private static final String MAPPING =
      """
      mapping: 1
      format: csv
      csv: {delimiter: ";"}
      fields:
        id: id
        pivot: {value: "00000000000000"}
        nom: nom
        adresse: {value: 1 place de la Mairie}
        code_postal: {value: "35000"}
        commune: {value: Rennes}
        latitude: {value: "48.1100"}
        longitude: {value: "-1.6800"}
        date_maj: {value: "2025-09-01"}
        horaires:
          hours: {text: horaires}
      """;

  private static final String ALWAYS = "Du lundi au dimanche de 0h à 24h";
  // The reader it replaced read this as open at all times.
  private static final String UNREADABLE = "Du lundi au dimanche de 0h à 24h, tous les 15 jours";

  private static String tag;

  @BeforeAll
  static void pushAHubsFile() {
    tag = "Horodyne" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    String source = "hours-" + tag.toLowerCase(java.util.Locale.ROOT);
    String definition =
        Json.createObjectBuilder()
            .add("name", "Hub " + tag)
            .add("publisher", "Hub de test")
            .add("licence", "Licence Ouverte 2.0")
            .add("format", "custom")
            .add("delivery", "push")
            .add("mapping", MAPPING)
            .build()
            .toString();
    HttpResponse<String> created =
        send(
            "PUT",
            "/api/v1/admin/sources/" + source,
            definition.getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + ADMIN,
            "Content-Type",
            "application/json");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String key = json(created).getString("push_key");
    String csv =
        "id;nom;horaires\n"
            + "r1;Lieu lisible "
            + tag
            + ";"
            + ALWAYS
            + "\n"
            + "r2;Lieu incertain "
            + tag
            + ";"
            + UNREADABLE
            + "\n";
    HttpResponse<String> pushed =
        send(
            "PUT",
            "/api/v1/sources/" + source + "/feed",
            csv.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "text/csv",
            "Authorization",
            "Bearer " + key);
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
    assertThat(Api.completed(pushed).getJsonObject("run").getInt("accepted")).isEqualTo(2);
  }

  /** The venue of this test's file whose name starts with {@code prefix}. */
  private static JsonObject venue(String prefix) {
    var items = getJson("/api/v1/venues?q=" + Api.encode(tag)).getJsonArray("items");
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(v -> v.getString("nom").equals(prefix + " " + tag))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aVenueWithUnreadableHoursIsNeverOpenNowNorOpenAtATime() {
    String q = "q=" + Api.encode(tag);
    var all = getJson("/api/v1/venues?" + q).getJsonArray("items");
    assertThat(all).hasSize(2);

    var open = getJson("/api/v1/venues?" + q + "&ouvert_maintenant=true").getJsonArray("items");
    assertThat(open)
        .singleElement()
        .satisfies(v -> assertThat(v.asJsonObject().getString("nom")).startsWith("Lieu lisible"));
    var openAt =
        getJson("/api/v1/venues?" + q + "&ouvert_le=2026-11-28T10:00").getJsonArray("items");
    assertThat(openAt)
        .singleElement()
        .satisfies(v -> assertThat(v.asJsonObject().getString("nom")).startsWith("Lieu lisible"));
    var saturday = getJson("/api/v1/venues?" + q + "&ouvert_samedi=true").getJsonArray("items");
    assertThat(saturday)
        .singleElement()
        .satisfies(v -> assertThat(v.asJsonObject().getString("nom")).startsWith("Lieu lisible"));
  }

  @Test
  void itsSummaryAndDetailCarryTheHubsTextAndNoOpenState() {
    JsonObject summary = venue("Lieu incertain");
    assertThat(summary.getString("horaires_communiques")).isEqualTo(UNREADABLE);
    assertThat(summary.containsKey("ouvert_maintenant")).isFalse();
    assertThat(summary.containsKey("horaires")).isFalse();

    JsonObject detail = getJson("/api/v1/venues/" + summary.getString("id"));
    assertThat(detail.getString("horaires_communiques")).isEqualTo(UNREADABLE);
    assertThat(detail.containsKey("ouvert_maintenant")).isFalse();

    JsonObject readable = venue("Lieu lisible");
    assertThat(readable.getString("horaires")).isNotBlank();
    assertThat(readable.containsKey("horaires_communiques")).isFalse();
    assertThat(readable.getBoolean("ouvert_maintenant")).isTrue();
  }

  @Test
  void itsPageShowsTheHubsTextAndNeverSaysOpen() {
    HttpResponse<String> page = Api.get("/lieux/" + venue("Lieu incertain").getString("id"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Horaires communiqués par la source :")
        .contains(UNREADABLE)
        .contains("Horaires à confirmer")
        .doesNotContain("<table class=\"horaires\">")
        .doesNotContainPattern("Ouvert ·|Fermé ·");
  }
}
