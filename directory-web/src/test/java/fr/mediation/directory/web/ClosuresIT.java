package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Temporary closures, recorded through the API by a source publishing the venue or written by the
 * hub as a dated OSM rule: honoured by the open filters, shown on the venue's page and in the
 * results. Over HTTP, against the running server; instants are given in the queries ({@code
 * ouvert_le}) so that no test depends on the hour it runs at.
 */
class ClosuresIT {

  private static final String MAPPING = Hubs.mappingInRennes("", "horaires: horaires\n");

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static String tag;
  private static Hubs hub;
  private static Hubs other;

  /** A year whose end is ahead, for the hub's own dated rule. */
  private static int year;

  @BeforeAll
  static void pushAHubsFile() {
    tag = "Fermadyne" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    year = LocalDate.now(PARIS).getYear() + 2;
    hub = Hubs.custom("closures", MAPPING);
    other = Hubs.custom("closures-other", MAPPING);
    String csv =
        "id;nom;horaires\n"
            + "r1;Lieu conges "
            + tag
            + ";24/7\n"
            + "r2;Lieu regle "
            + tag
            + ";\"24/7; "
            + year
            + " Dec 24-"
            + (year + 1)
            + " Jan 02 off\"\n";
    HttpResponse<String> pushed = hub.send(csv);
    assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(202);
    assertThat(Api.completed(pushed).getJsonObject("run").getInt("accepted")).isEqualTo(2);
  }

  private static List<String> names(String filter) {
    return getJson("/api/v1/venues?q=" + Api.encode(tag) + "&" + filter)
        .getJsonArray("items")
        .stream()
        .map(v -> v.asJsonObject().getString("nom"))
        .map(n -> n.substring(0, n.length() - tag.length() - 1))
        .sorted()
        .toList();
  }

  private static String venueId(String prefix) {
    return getJson("/api/v1/venues?q=" + Api.encode(tag)).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(v -> v.getString("nom").equals(prefix + " " + tag))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  private static HttpResponse<String> put(String id, String body, String key) {
    return Api.send(
        "PUT",
        "/api/v1/venues/" + id + "/closures",
        body.getBytes(StandardCharsets.UTF_8),
        "Content-Type",
        "application/json",
        "Authorization",
        "Bearer " + key);
  }

  private static String at(LocalDate date) {
    return Api.encode(date.atTime(10, 0).atZone(PARIS).toOffsetDateTime().toString());
  }

  @Test
  void aVenueClosedForTheHolidaysIsNotOpenDuringTheClosureAndIsBackAfterIt() {
    String id = venueId("Lieu conges");
    LocalDate today = LocalDate.now(PARIS);
    LocalDate from = today.minusDays(1);
    LocalDate to = today.plusDays(20);
    HttpResponse<String> recorded =
        put(
            id,
            "[{\"du\":\"" + from + "\",\"au\":\"" + to + "\",\"motif\":\"Congés de fin d'année\"}]",
            hub.key());
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);

    // The index follows the recorded closure.
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(names("ouvert_maintenant=true")).doesNotContain("Lieu conges"));
    assertThat(names("ouvert_le=" + at(today.plusDays(3)))).doesNotContain("Lieu conges");
    assertThat(names("ouvert_le=" + at(to.plusDays(1)))).contains("Lieu conges");
    assertThat(names("ouvert_le=" + to.plusDays(1) + "T10:00")).contains("Lieu conges");

    JsonObject detail = getJson("/api/v1/venues/" + id);
    assertThat(detail.getBoolean("ouvert_maintenant")).isFalse();
    JsonObject closure = detail.getJsonArray("fermetures").getJsonObject(0);
    assertThat(closure.getString("au")).isEqualTo(to.toString());
    assertThat(closure.getBoolean("en_cours")).isTrue();

    String page = Api.get("/lieux/" + id).body();
    assertThat(page)
        .containsPattern("Fermé temporairement jusqu(&#39;|&#x27;|')au")
        .contains("Congés de fin");
    JsonObject summary =
        getJson("/api/v1/venues?q=" + Api.encode(tag)).getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> v.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(summary.getBoolean("ouvert_maintenant")).isFalse();
    assertThat(summary.getJsonArray("fermetures").getJsonObject(0).getBoolean("en_cours")).isTrue();

    HttpResponse<String> removed =
        Api.send(
            "DELETE",
            "/api/v1/venues/" + id + "/closures",
            null,
            "Authorization",
            "Bearer " + hub.key());
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(names("ouvert_maintenant=true")).contains("Lieu conges"));
  }

  @Test
  void theHubsDatedOffRuleClosesTheVenueOnItsDaysOnly() {
    assertThat(names("ouvert_le=" + at(LocalDate.of(year, 12, 23)))).contains("Lieu regle");
    assertThat(names("ouvert_le=" + at(LocalDate.of(year, 12, 28)))).doesNotContain("Lieu regle");
    assertThat(names("ouvert_le=" + at(LocalDate.of(year + 1, 1, 1)))).doesNotContain("Lieu regle");
    assertThat(names("ouvert_le=" + at(LocalDate.of(year + 1, 1, 5)))).contains("Lieu regle");
    // Listed beside any period recorded through the API (another test may have added one).
    assertThat(
            getJson("/api/v1/venues/" + venueId("Lieu regle")).getJsonArray("fermetures").stream()
                .map(JsonValue::asJsonObject)
                .map(c -> c.getString("du") + "/" + c.getString("au"))
                .toList())
        .contains(year + "-12-24/" + (year + 1) + "-01-02");
  }

  @Test
  void onlyTheVenuesSourcesAndTheAdministratorMayRecordAClosure() {
    String id = venueId("Lieu regle");
    String body =
        "[{\"du\":\""
            + year
            + "-07-01\",\"au\":\""
            + year
            + "-08-31\",\"horaires\":\"Tu 14:00-17:00\"}]";
    HttpResponse<String> none =
        Api.send(
            "PUT",
            "/api/v1/venues/" + id + "/closures",
            body.getBytes(StandardCharsets.UTF_8),
            "Content-Type",
            "application/json");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(put(id, body, other.key()).statusCode()).isEqualTo(403);

    HttpResponse<String> bad =
        put(id, "[{\"du\":\"2026-13-01\",\"au\":\"2026-12-31\"}]", hub.key());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("fermetures[0].du").contains("2026-13-01");

    HttpResponse<String> admin = put(id, body, Api.ADMIN);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              // Tuesday afternoon of the summer period: open on the exceptional hours only.
              LocalDate tuesday =
                  LocalDate.of(year, 7, 1)
                      .with(
                          java.time.temporal.TemporalAdjusters.nextOrSame(
                              java.time.DayOfWeek.TUESDAY));
              assertThat(names("ouvert_le=" + at(tuesday))).doesNotContain("Lieu regle");
              assertThat(
                      names(
                          "ouvert_le="
                              + Api.encode(
                                  tuesday
                                      .atTime(15, 0)
                                      .atZone(PARIS)
                                      .toOffsetDateTime()
                                      .toString())))
                  .contains("Lieu regle");
            });
  }
}
