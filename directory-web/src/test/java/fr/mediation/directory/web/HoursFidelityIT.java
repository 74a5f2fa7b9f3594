package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hub's hours that cannot be read exactly never make a venue "open now": the venue keeps the
 * hub's text, shown as "horaires_communiques". Over HTTP, against the running server.
 */
class HoursFidelityIT {

  private static final String MAPPING =
      Hubs.mappingInRennes(
          "",
          """
          horaires:
            hours: {text: horaires}
          """);

  private static final String ALWAYS = "Du lundi au dimanche de 0h à 24h";
  // The reader it replaced read this as open at all times.
  private static final String UNREADABLE = "Du lundi au dimanche de 0h à 24h, tous les 15 jours";

  private static String tag;

  @BeforeAll
  static void pushAHubsFile() {
    tag = "Horodyne" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    Hubs hub = Hubs.custom("hours", MAPPING);
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
    HttpResponse<String> pushed = hub.send(csv);
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
