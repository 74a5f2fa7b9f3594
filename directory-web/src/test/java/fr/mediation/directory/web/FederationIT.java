package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.admin;
import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One venue published by three sources is served once, with the freshest facts; ids stay; people's
 * decisions hold across re-imports. Over HTTP, against the running server, in Nérac (47600), where
 * the sample dataset has no venue.
 */
class FederationIT {

  private static final String NEAR_NERAC = "lat=44.1362&lon=0.3392&radius_km=2";

  // The France Services of Nérac, as three sources list it.
  private static final String HUB_ROW =
      "h1,00000000000000,MSAP de Nérac,Nérac,47600,12 pl. du Général de Gaulle,44.1360,0.3390,"
          + "05 53 00 00 01,2024-03-01,Aide aux démarches administratives";
  private static final String NETWORK_ROW =
      "fs-47-1,00000000000000,France Services Nérac,Nérac,47600,12 Place du Général-de-Gaulle,"
          + "44.1365,0.3395,05 53 00 00 02,2025-06-01,"
          + "Aide aux démarches administratives|Accès internet et matériel informatique";
  private static final String DEPT_ROW =
      "d-9,00000000000000,France Services de Nérac,Nérac,47600,12 place du Général de Gaulle,"
          + "44.1362,0.3392,,2025-01-15,Maîtrise des outils numériques du quotidien";
  // Another venue of the hub, in the same town: never merged with the France Services.
  private static final String LIBRARY_ROW =
      "h2,00000000000000,Médiathèque Jean Jaurès,Nérac,47600,2 rue de la République,44.1390,"
          + "0.3360,,2025-02-01,Accès internet et matériel informatique";

  private static String hubKey;
  private static String networkKey;
  private static String deptKey;

  @BeforeAll
  static void threeSourcesListTheSameVenue() {
    hubKey = createSource("fed-hub");
    networkKey = createSource("fed-fs");
    deptKey = createSource("fed-dept");
    push("fed-hub", hubKey, HUB_ROW, LIBRARY_ROW);
    push("fed-fs", networkKey, NETWORK_ROW);
    push("fed-dept", deptKey, DEPT_ROW);
  }

  @Test
  void servesAVenueOfThreeSourcesOnceWithTheFreshestPhoneAndAllServices() {
    JsonArray hits = getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items");

    assertThat(names(hits))
        .containsExactlyInAnyOrder("France Services Nérac", "Médiathèque Jean Jaurès");
    JsonObject venue = detail(idOf(hits, "France Services Nérac"));
    // The network's listing is the freshest (2025-06-01): its phone wins.
    assertThat(venue.getString("telephone")).isEqualTo("+33553000002");
    assertThat(strings(venue.getJsonArray("services")))
        .containsExactlyInAnyOrder(
            "Aide aux démarches administratives",
            "Accès internet et matériel informatique",
            "Maîtrise des outils numériques du quotidien");
    assertThat(venue.getJsonArray("sources"))
        .extracting(
            s -> ((JsonObject) s).getString("source") + ":" + ((JsonObject) s).getString("id"))
        .containsExactlyInAnyOrder("fed-hub:h1", "fed-fs:fs-47-1", "fed-dept:d-9");
    assertThat(
            venue
                .getJsonObject("provenance")
                .getJsonArray("telephone")
                .getJsonObject(0)
                .getString("source"))
        .isEqualTo("fed-fs");
  }

  @Test
  void everySourceIdLeadsToTheMergedVenue() {
    String merged =
        idOf(
            getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items"), "France Services Nérac");

    for (String ref : List.of("fed-hub:h1", "fed-fs:fs-47-1", "fed-dept:d-9")) {
      HttpResponse<String> response = get("/api/v1/venues/" + ref);
      assertThat(response.statusCode()).as(ref).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElseThrow())
          .endsWith("/api/v1/venues/" + merged);
    }
    assertThat(get("/api/v1/venues/fed-hub:nope").statusCode()).isEqualTo(404);
  }

  @Test
  void reImportingASourceKeepsTheMergedId() {
    String before =
        idOf(
            getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items"), "France Services Nérac");

    // The department updates its listing: a phone, a newer date.
    push("fed-dept", deptKey, DEPT_ROW.replace(",,2025-01-15,", ",05 53 00 00 03,2025-09-30,"));

    JsonArray hits = getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items");
    String after = idOf(hits, "France Services de Nérac");
    assertThat(after).isEqualTo(before);
    assertThat(detail(after).getString("telephone")).isEqualTo("+33553000003");
    push("fed-dept", deptKey, DEPT_ROW);
    assertThat(
            idOf(
                getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items"),
                "France Services Nérac"))
        .isEqualTo(before);
  }

  @Test
  void aNotDuplicatesDecisionSurvivesReImport() {
    createSource("fed-a");
    createSource("fed-b");
    String keyA = pushKeyOf("fed-a");
    String keyB = pushKeyOf("fed-b");
    String rowA =
        "a1,00000000000000,Espace numérique Lavardac,Lavardac,47230,1 rue du Port,44.1770,0.2990,"
            + ",2025-05-01,Aide aux démarches administratives";
    String rowB =
        "b1,00000000000000,Espace numérique de Lavardac,Lavardac,47230,1 rue du Port,44.1771,"
            + "0.2991,,2025-05-02,Aide aux démarches administratives";
    push("fed-a", keyA, rowA);
    push("fed-b", keyB, rowB);
    String near = "lat=44.177&lon=0.299&radius_km=1";
    assertThat(getJson("/api/v1/venues?" + near).getInt("total")).isEqualTo(1);

    HttpResponse<String> decided =
        admin(
            "POST",
            "/api/v1/admin/merge-decisions",
            "{\"decision\":\"not_duplicates\",\"venues\":[\"fed-a:a1\",\"fed-b:b1\"],"
                + "\"note\":\"Deux associations distinctes\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    assertThat(getJson("/api/v1/venues?" + near).getInt("total")).isEqualTo(2);

    push("fed-a", keyA, rowA.replace("2025-05-01", "2025-10-01"));
    push("fed-b", keyB, rowB.replace("2025-05-02", "2025-10-02"));
    assertThat(getJson("/api/v1/venues?" + near).getInt("total")).isEqualTo(2);

    HttpResponse<String> listed = admin("GET", "/api/v1/admin/merge-decisions", null);
    assertThat(listed.body()).contains("Deux associations distinctes", "not_duplicates");
  }

  @Test
  void removingTheLastListingRetiresTheMergedVenue() {
    String key = createSource("fed-solo");
    push(
        "fed-solo",
        key,
        "s1,00000000000000,Point numérique Barbaste,Barbaste,47230,3 place de la Mairie,44.1700,"
            + "0.2860,,2025-04-01,Aide aux démarches administratives",
        "s2,00000000000000,Cyber-base Barbaste,Barbaste,47230,8 avenue des Pins,44.1650,0.2800,,"
            + "2025-04-01,Aide aux démarches administratives");
    String id =
        idOf(
            getJson("/api/v1/venues?lat=44.17&lon=0.286&radius_km=1").getJsonArray("items"),
            "Point numérique Barbaste");
    assertThat(get("/api/v1/venues/" + id).statusCode()).isEqualTo(200);

    push(
        "fed-solo",
        key,
        "s2,00000000000000,Cyber-base Barbaste,Barbaste,47230,8 avenue des Pins,44.1650,0.2800,,"
            + "2025-04-01,Aide aux démarches administratives");

    HttpResponse<String> gone = get("/api/v1/venues/" + id);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(
            names(getJson("/api/v1/venues?lat=44.17&lon=0.286&radius_km=1").getJsonArray("items")))
        .doesNotContain("Point numérique Barbaste");
  }

  @Test
  void regroupingEverythingKeepsTheMergedIds() {
    String before =
        idOf(
            getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items"), "France Services Nérac");

    HttpResponse<String> regrouped = admin("POST", "/api/v1/admin/federation/regroup", null);

    assertThat(regrouped.statusCode()).as(regrouped.body()).isEqualTo(200);
    assertThat(json(regrouped).getInt("listings")).isGreaterThanOrEqualTo(4);
    JsonArray hits = getJson("/api/v1/venues?" + NEAR_NERAC).getJsonArray("items");
    assertThat(names(hits)).containsOnlyOnce("Médiathèque Jean Jaurès");
    assertThat(
            hits.stream()
                .map(JsonObject.class::cast)
                .filter(v -> v.getString("nom").contains("Nérac"))
                .map(v -> v.getString("id")))
        .containsExactly(before);
  }

  @Test
  void aSourceDroppingItsListingLeavesTheOthersVenue() {
    String keyX = createSource("fed-x");
    String keyY = createSource("fed-y");
    String rowX =
        "x1,00000000000000,Espace numérique Mézin,Mézin,47170,5 place Armand Fallières,44.0560,"
            + "0.2590,05 53 00 00 07,2025-08-01,Aide aux démarches administratives";
    String otherX =
        "x2,00000000000000,Cyber-base Mézin,Mézin,47170,40 route de Nérac,44.0600,0.2650,,"
            + "2025-08-01,Aide aux démarches administratives";
    String rowY =
        "y1,00000000000000,Espace numérique de Mézin,Mézin,47170,5 pl. Armand Fallières,44.0561,"
            + "0.2591,,2025-03-01,Accès internet et matériel informatique";
    push("fed-x", keyX, rowX, otherX);
    push("fed-y", keyY, rowY);
    String near = "lat=44.056&lon=0.259&radius_km=0.3";
    String id =
        idOf(getJson("/api/v1/venues?" + near).getJsonArray("items"), "Espace numérique Mézin");
    assertThat(detail(id).getString("telephone")).isEqualTo("+33553000007");

    push("fed-x", keyX, otherX);

    JsonObject venue = detail(id);
    assertThat(venue.getString("nom")).isEqualTo("Espace numérique de Mézin");
    assertThat(venue.containsKey("telephone")).isFalse();
    assertThat(strings(venue.getJsonArray("services")))
        .containsExactly("Accès internet et matériel informatique");
    JsonObject dropped =
        venue.getJsonArray("sources").stream()
            .map(JsonObject.class::cast)
            .filter(l -> l.getString("source").equals("fed-x"))
            .findFirst()
            .orElseThrow();
    assertThat(dropped.containsKey("retired_at")).isTrue();
  }

  @Test
  void rejectsADecisionAboutAnUnknownListingNamingIt() {
    HttpResponse<String> response =
        admin(
            "POST",
            "/api/v1/admin/merge-decisions",
            "{\"decision\":\"same_venue\",\"venues\":[\"fed-hub:h1\",\"fed-hub:ghost\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("name")).isEqualTo("venues[1]");
    assertThat(error.getString("value")).isEqualTo("fed-hub:ghost");
  }

  /**
   * On PostgreSQL, an import that changes a tenth of the listings has the planner's statistics
   * refreshed before federation reads their neighbours: planned on none (autovacuum is off on the
   * test machines, and a minute late elsewhere), reads of 500 listings by id went along the wrong
   * index, the whole of it each time.
   */
  @Test
  void anImportOfATenthOfTheListingsRefreshesThePlannerStatistics() throws SQLException {
    Assumptions.assumeTrue(
        ItServer.onPostgreSql(),
        "The planner's statistics are PostgreSQL's: H2 analyses its tables itself");
    Timestamp before;
    long listings;
    try (Connection db = ItServer.database();
        Statement read = db.createStatement();
        ResultSet r = read.executeQuery("select clock_timestamp(), (select count(*) from venue)")) {
      assertThat(r.next()).isTrue();
      before = r.getTimestamp(1);
      listings = r.getLong(2);
    }
    // More than autovacuum's threshold: 50 rows and a tenth of the table.
    int rows = (int) (60 + listings / 10);
    String[] file = new String[rows];
    for (int i = 0; i < rows; i++) {
      file[i] =
          "sf-"
              + i
              + ",00000000000000,Point numérique n° "
              + i
              + ",Saint-Flour,15100,"
              + (i + 1)
              + " rue des Lacs,"
              + String.format(java.util.Locale.ROOT, "%.4f", 45.0300 + i * 0.0005)
              + ",3.0900,,2025-03-01,Accès internet et matériel informatique";
    }
    push("fed-stats", createSource("fed-stats"), file);
    try (Connection db = ItServer.database();
        Statement read = db.createStatement();
        ResultSet r =
            read.executeQuery(
                "select last_analyze, last_autoanalyze from pg_stat_user_tables"
                    + " where relname = 'venue' and schemaname = current_schema()")) {
      assertThat(r.next()).isTrue();
      Timestamp analyzed = r.getTimestamp(1);
      assertThat(analyzed)
          .as("last analysis of venue (autovacuum's: %s)", r.getTimestamp(2))
          .isNotNull()
          .isAfter(before);
    }
  }

  @Test
  void decisionsNeedTheAdministratorsKey() {
    assertThat(
            send(
                    "POST",
                    "/api/v1/admin/merge-decisions",
                    "{}".getBytes(StandardCharsets.UTF_8),
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(401);
  }

  // --- helpers

  private static final java.util.Map<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String createSource(String id) {
    HttpResponse<String> response = ItServer.MAIN.defineSource(id, ItServer.pushSource(id, 1.0));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    // A source left by an earlier run on the same data gets a new key.
    HttpResponse<String> key = admin("POST", "/api/v1/admin/sources/" + id + "/push-key", null);
    assertThat(key.statusCode()).as(key.body()).isEqualTo(200);
    KEYS.put(id, json(key).getString("push_key"));
    return KEYS.get(id);
  }

  private static String pushKeyOf(String id) {
    return KEYS.get(id);
  }

  private static void push(String source, String key, String... rows) {
    HttpResponse<String> response =
        Api.push(source, key, Hubs.venueFile(rows).getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 202);
    assertThat(Api.completed(response).getJsonObject("run").getString("status"))
        .as(response.body())
        .isIn("succeeded", "unchanged");
  }

  private static JsonObject detail(String id) {
    return getJson("/api/v1/venues/" + id);
  }

  private static List<String> names(JsonArray hits) {
    return hits.stream().map(v -> ((JsonObject) v).getString("nom")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.stream().map(v -> ((JsonString) v).getString()).toList();
  }

  private static String idOf(JsonArray hits, String nom) {
    return hits.stream()
        .map(JsonObject.class::cast)
        .filter(v -> v.getString("nom").equals(nom))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + nom + " in " + hits))
        .getString("id");
  }
}
