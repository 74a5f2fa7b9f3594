package fr.mediation.directory.web;

import static fr.mediation.directory.web.Api.encode;
import static fr.mediation.directory.web.Api.get;
import static fr.mediation.directory.web.Api.getJson;
import static fr.mediation.directory.web.Api.json;
import static fr.mediation.directory.web.Api.send;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mediation.directory.venue.hours.HolidayZone;
import fr.mediation.directory.venue.hours.OpeningSchedule;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public API's filters, facets, cursors, open hours, places, clusters, formats, change feed and
 * HTTP behaviour, over HTTP against the running server.
 */
class PublicApiIT {

  private static final String[] FIELDS = Hubs.columns("horaires");
  private static final String WORD = "Zorglub" + UUID.randomUUID().toString().substring(0, 4);

  private static final String NIGHT = "Nocturne" + UUID.randomUUID().toString().substring(0, 4);

  private static String source;
  private static String key;
  private static String changes;
  private static String changesKey;
  private static Instant start;

  private static List<JsonObject> items(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<String> names(JsonObject page) {
    return items(page).stream().map(v -> v.getString("nom")).toList();
  }

  private static String row(String id, String nom, String postcode, String commune, String hours) {
    double lat = postcode.startsWith("972") ? 14.6037 : 48.1113;
    double lon = postcode.startsWith("972") ? -61.0747 : -1.6800;
    String[] v = {
      id,
      "84288740800016",
      nom,
      commune,
      postcode,
      "1 place de la Mairie",
      Double.toString(lat),
      Double.toString(lon),
      "2025-09-01",
      hours
    };
    return String.join(",", Arrays.stream(v).map(x -> '"' + x + '"').toList());
  }

  private static void push(String... rows) {
    pushTo(source, key, rows);
  }

  private static void pushTo(String source, String key, String... rows) {
    Api.pushComplete(
        source,
        key,
        (String.join(",", FIELDS) + "\n" + String.join("\n", rows))
            .getBytes(StandardCharsets.UTF_8));
  }

  private static String letter(String l) {
    return row("c-" + l, WORD + " " + l, "35000", "Rennes", "Mo-Fr 09:00-17:00");
  }

  @BeforeAll
  static void createSources() {
    start = Instant.now().minusSeconds(1);
    source = "api-" + UUID.randomUUID().toString().substring(0, 6);
    key = Api.createSource(source, 1);
    changes = "changes-" + UUID.randomUUID().toString().substring(0, 6);
    changesKey = Api.createSource(changes, 1);
    push(
        letter("B"),
        letter("D"),
        letter("F"),
        letter("H"),
        letter("J"),
        letter("L"),
        row("night", NIGHT, "97200", "Fort-de-France", "Fr 22:00-02:00"));
  }

  @Test
  void cursorPagesStayStableWhileAnImportRuns() {
    String query = "/api/v1/venues?q=" + WORD + "&sort=name&limit=3";
    JsonObject first = getJson(query);
    assertThat(names(first)).containsExactly(WORD + " B", WORD + " D", WORD + " F");
    // An import adds venues before and after the page boundary and retires one already seen.
    push(
        letter("A"),
        letter("D"),
        letter("E"),
        letter("F"),
        letter("H"),
        letter("J"),
        letter("L"),
        row("night", NIGHT, "97200", "Fort-de-France", "Fr 22:00-02:00"));
    JsonObject second = getJson(query + "&cursor=" + first.getString("next_cursor"));
    assertThat(names(second)).containsExactly(WORD + " H", WORD + " J", WORD + " L");
    assertThat(second.containsKey("next_cursor")).isFalse();
    assertThat(second.getInt("total")).isEqualTo(7);
  }

  @Test
  void aBadCursorIsABadRequestNamingIt() {
    HttpResponse<String> response = get("/api/v1/venues?q=mediatheque&cursor=nonsense");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"name\":\"cursor\"");
    // Well formed, but its distance is not a number: a forged token, not a server error.
    String forged =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("distance\u001fabc\u001fid".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> tampered = get("/api/v1/venues?lat=48.8566&lon=2.3522&cursor=" + forged);
    assertThat(tampered.statusCode()).isEqualTo(400);
    assertThat(tampered.body()).contains("\"name\":\"cursor\"");
  }

  @Test
  void cursorWalksTheWholeDistanceOrderOnce() {
    String query = "/api/v1/venues?lat=48.8566&lon=2.3522&radius_km=10&limit=7";
    JsonObject all = getJson("/api/v1/venues?lat=48.8566&lon=2.3522&radius_km=10&limit=100");
    List<String> walked = new ArrayList<>();
    JsonObject page = getJson(query);
    while (true) {
      items(page).forEach(v -> walked.add(v.getString("id")));
      if (!page.containsKey("next_cursor")) {
        break;
      }
      page = getJson(query + "&cursor=" + page.getString("next_cursor"));
    }
    assertThat(walked)
        .isEqualTo(items(all).stream().map(v -> v.getString("id")).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void everyFacetValueFiltersToItsCount() {
    JsonObject facets = getJson("/api/v1/venues?facets=true&limit=1").getJsonObject("facets");
    assertThat(facets.keySet())
        .contains(
            "services",
            "publics_specifiquement_adresses",
            "prise_en_charge_specifique",
            "frais_a_charge",
            "modalites_acces",
            "modalites_accompagnement",
            "dispositif_programmes_nationaux",
            "formations_labels",
            "typologie",
            "itinerance",
            "fiche_acces_libre",
            "prise_rdv",
            "pass_numerique",
            "departement",
            "region");
    int checked = 0;
    for (String filter : facets.keySet()) {
      String parameter = filter.equals("departement") || filter.equals("region") ? filter : filter;
      for (Map.Entry<String, JsonValue> value : facets.getJsonObject(filter).entrySet()) {
        if (checked++ % 3 != 0) {
          continue; // a third of the values keeps the test short; every filter is hit
        }
        JsonObject page =
            getJson("/api/v1/venues?limit=1&" + parameter + "=" + encode(value.getKey()));
        assertThat(page.getInt("total"))
            .as(filter + "=" + value.getKey())
            .isEqualTo(((jakarta.json.JsonNumber) value.getValue()).intValue());
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void aFilterKeepsTheCountsOfItsOtherValuesAndNarrowsTheOtherFacets() {
    JsonObject all = getJson("/api/v1/venues?facets=true&limit=1").getJsonObject("facets");
    Map.Entry<String, JsonValue> fee =
        all.getJsonObject("frais_a_charge").entrySet().iterator().next();
    JsonObject filtered =
        getJson("/api/v1/venues?facets=true&limit=1&frais_a_charge=" + encode(fee.getKey()));
    int matching = filtered.getInt("total");
    assertThat(matching).isEqualTo(((JsonNumber) fee.getValue()).intValue());
    JsonObject facets = filtered.getJsonObject("facets");
    // The fee facet still offers every fee, counted as if no fee were chosen (so that a person
    // can add one), while the other facets count the venues matching the chosen fee.
    assertThat(facets.getJsonObject("frais_a_charge"))
        .isEqualTo(all.getJsonObject("frais_a_charge"));
    assertThat(facets.getJsonObject("frais_a_charge").size()).isGreaterThan(1);
    JsonObject regions = facets.getJsonObject("region");
    assertThat(regions.values().stream().mapToInt(v -> ((JsonNumber) v).intValue()).sum())
        .isLessThanOrEqualTo(matching)
        .isLessThan(
            all.getJsonObject("region").values().stream()
                .mapToInt(v -> ((JsonNumber) v).intValue())
                .sum());
    // Two filters: each one's facet is counted under the other only.
    String region = regions.keySet().iterator().next();
    JsonObject both =
        getJson(
                "/api/v1/venues?facets=true&limit=1&frais_a_charge="
                    + encode(fee.getKey())
                    + "&region="
                    + region)
            .getJsonObject("facets");
    assertThat(both.getJsonObject("region")).isEqualTo(regions);
    assertThat(both.getJsonObject("frais_a_charge"))
        .isEqualTo(
            getJson("/api/v1/venues?facets=true&limit=1&region=" + region)
                .getJsonObject("facets")
                .getJsonObject("frais_a_charge"));
  }

  @Test
  void totalsSayWhetherTheyAreExactAndExactTotalIsABoolean() {
    JsonObject page = getJson("/api/v1/venues?lat=48.8566&lon=2.3522&limit=1");
    // The sample holds fewer venues than the totals count exactly.
    assertThat(page.getBoolean("total_exact")).isTrue();
    JsonObject exact = getJson("/api/v1/venues?lat=48.8566&lon=2.3522&limit=1&exact_total=true");
    assertThat(exact.getInt("total")).isEqualTo(page.getInt("total"));
    assertThat(exact.getBoolean("total_exact")).isTrue();
    var bad = get("/api/v1/venues?exact_total=peut-etre");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).getJsonArray("errors").getJsonObject(0).getString("name"))
        .isEqualTo("exact_total");
  }

  @Test
  void communeOfAcityIncludesItsArrondissements() {
    JsonObject paris = getJson("/api/v1/venues?code_insee=75056&limit=100");
    assertThat(paris.getInt("total")).isPositive();
    assertThat(items(paris))
        .allSatisfy(v -> assertThat(v.getString("code_postal")).startsWith("75"));
    JsonObject departement = getJson("/api/v1/venues?departement=75&limit=1");
    assertThat(departement.getInt("total")).isEqualTo(paris.getInt("total"));
    JsonObject region = getJson("/api/v1/venues?region=11&limit=1");
    assertThat(region.getInt("total")).isGreaterThanOrEqualTo(paris.getInt("total"));
  }

  @Test
  void boundingBoxKeepsVenuesInside() {
    JsonObject page = getJson("/api/v1/venues?bbox=2.25,48.81,2.42,48.90&limit=100");
    assertThat(page.getInt("total")).isPositive();
    assertThat(items(page))
        .allSatisfy(
            v -> {
              assertThat(v.getJsonNumber("latitude").doubleValue()).isBetween(48.81, 48.90);
              assertThat(v.getJsonNumber("longitude").doubleValue()).isBetween(2.25, 2.42);
            });
    assertThat(get("/api/v1/venues?bbox=2.42,48.81,2.25,48.90").statusCode()).isEqualTo(400);
  }

  @Test
  void fullTextForgivesASmallTypo() {
    assertThat(getJson("/api/v1/venues?q=mediateque").getInt("total"))
        .isEqualTo(getJson("/api/v1/venues?q=mediatheque").getInt("total"))
        .isPositive();
  }

  @Test
  void openAtALocalTimeFindsExactlyTheVenuesOpenThen() {
    LocalDateTime saturday = LocalDateTime.parse("2026-11-28T10:30");
    List<JsonObject> open = allPages("/api/v1/venues?ouvert_le=" + saturday + "&limit=100");
    assertThat(open).isNotEmpty();
    assertThat(open)
        .allSatisfy(
            v -> assertThat(schedule(v).isOpenAt(saturday)).as(v.getString("horaires")).isTrue());
    long expected =
        allPages("/api/v1/venues?limit=100").stream()
            .filter(v -> v.containsKey("horaires") && schedule(v).isOpenAt(saturday))
            .count();
    assertThat(open).hasSize((int) expected);
    assertThat(getJson("/api/v1/venues?ouvert_samedi=true&limit=1").getInt("total"))
        .isGreaterThanOrEqualTo(open.size());
  }

  @Test
  void openAtAnInstantReadsEachVenuesClock() {
    // 14:00 UTC: 15:00 in Paris, 10:00 in Martinique, 18:00 in La Réunion.
    ZonedDateTime instant = ZonedDateTime.parse("2026-11-24T14:00:00Z");
    List<JsonObject> open =
        allPages("/api/v1/venues?ouvert_le=" + encode(instant.toString()) + "&limit=100");
    long expected =
        allPages("/api/v1/venues?limit=100").stream()
            .filter(v -> v.containsKey("horaires") && schedule(v).isOpenAt(instant))
            .count();
    assertThat(open).hasSize((int) expected);
    assertThat(open).anySatisfy(v -> assertThat(v.getString("code_postal")).startsWith("972"));
  }

  @Test
  void openAcrossMidnightInAnOverseasZone() {
    // Friday 22:00 to Saturday 02:00 in Martinique (UTC-4): Saturday 01:30 there is 05:30 UTC.
    String query = "/api/v1/venues?q=" + NIGHT + "&ouvert_le=";
    assertThat(getJson(query + "2026-11-28T05:30:00Z").getInt("total")).isEqualTo(1);
    assertThat(getJson(query + "2026-11-28T06:30:00Z").getInt("total")).isZero();
    assertThat(getJson(query + "2026-11-28T01:30").getInt("total")).isEqualTo(1);
    JsonObject venue = items(getJson("/api/v1/venues?q=" + NIGHT)).getFirst();
    assertThat(venue.containsKey("ouvert_maintenant")).isTrue();
    assertThat(ZonedDateTime.parse(venue.getString("prochain_changement")).getOffset())
        .hasToString("-04:00");
  }

  @Test
  void openNowAgreesWithEachVenuesOwnFlag() {
    List<JsonObject> open = allPages("/api/v1/venues?ouvert_maintenant=true&limit=100");
    // Both are "now", a few milliseconds apart: a venue could change state in between.
    assertThat(open.stream().filter(v -> v.getBoolean("ouvert_maintenant", false)).count())
        .isGreaterThanOrEqualTo(open.size() - 2L);
  }

  private static OpeningSchedule schedule(JsonObject venue) {
    HolidayZone zone = HolidayZone.of(null, venue.getString("code_postal"));
    return OpeningSchedule.of(venue.getString("horaires"), zone).orElseThrow();
  }

  private static List<JsonObject> allPages(String query) {
    List<JsonObject> all = new ArrayList<>();
    JsonObject page = getJson(query);
    while (true) {
      all.addAll(items(page));
      if (!page.containsKey("next_cursor")) {
        return all;
      }
      page = getJson(query + "&cursor=" + page.getString("next_cursor"));
    }
  }

  @Test
  void placesFindCommunesArrondissementsAndPostcodes() {
    JsonArray places =
        Json.createReader(new StringReader(get("/api/v1/places?q=st+etienne").body())).readArray();
    JsonObject first = places.getJsonObject(0);
    assertThat(first.getString("nom")).isEqualTo("Saint-Étienne");
    assertThat(first.getString("code_insee")).isEqualTo("42218");
    assertThat(first.getString("type")).isEqualTo("commune");
    assertThat(first.getJsonObject("centre").getJsonNumber("lat").doubleValue())
        .isBetween(45.0, 46.0);
    JsonArray paris =
        Json.createReader(new StringReader(get("/api/v1/places?q=paris+15&limit=1").body()))
            .readArray();
    assertThat(paris.getJsonObject(0).getString("type")).isEqualTo("arrondissement");
    JsonArray postcodes =
        Json.createReader(new StringReader(get("/api/v1/places?q=9740").body())).readArray();
    assertThat(postcodes.getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getString("type")).isEqualTo("code_postal"));
    assertThat(get("/api/v1/places").statusCode()).isEqualTo(400);
  }

  @Test
  void nationalClustersViewIsSmallAndCountsEveryVenue() {
    HttpResponse<String> response = get("/api/v1/venues/clusters?bbox=-5.5,41.0,10.0,51.5&zoom=5");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(20_000);
    JsonObject view = json(response);
    long sum =
        view.getJsonArray("clusters").getValuesAs(JsonObject.class).stream()
            .mapToLong(c -> c.getJsonNumber("count").longValue())
            .sum();
    assertThat(sum).isEqualTo(view.getJsonNumber("total").longValue());
    assertThat(view.getJsonNumber("total").longValue())
        .isEqualTo(getJson("/api/v1/venues?bbox=-5.5,41.0,10.0,51.5&limit=1").getInt("total"));
    JsonObject close = getJson("/api/v1/venues/clusters?bbox=2.25,48.81,2.42,48.90&zoom=17");
    assertThat(close.getJsonArray("clusters").getValuesAs(JsonObject.class))
        .anySatisfy(c -> assertThat(c.getString("id", null)).isNotNull());
    assertThat(get("/api/v1/venues/clusters?zoom=5").statusCode()).isEqualTo(400);
  }

  @Test
  void geoJsonIsAFeatureCollectionOfPoints() {
    HttpResponse<String> response =
        Api.send(
            "GET",
            "/api/v1/venues?lat=48.8566&lon=2.3522&limit=5",
            null,
            "Accept",
            "application/geo+json");
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/geo+json"));
    JsonObject collection = json(response);
    assertThat(collection.getString("type")).isEqualTo("FeatureCollection");
    List<JsonObject> features = collection.getJsonArray("features").getValuesAs(JsonObject.class);
    assertThat(features).hasSize(5);
    assertThat(features)
        .allSatisfy(
            f -> {
              assertThat(f.getString("type")).isEqualTo("Feature");
              JsonObject geometry = f.getJsonObject("geometry");
              assertThat(geometry.getString("type")).isEqualTo("Point");
              JsonArray c = geometry.getJsonArray("coordinates");
              assertThat(c).hasSize(2);
              // RFC 7946: longitude first.
              assertThat(c.getJsonNumber(0).doubleValue()).isBetween(2.0, 2.7);
              assertThat(c.getJsonNumber(1).doubleValue()).isBetween(48.6, 49.1);
              assertThat(f.getJsonObject("properties").getString("id"))
                  .isEqualTo(f.getString("id"));
            });
  }

  @Test
  void theV0ExportHasEveryVenueInTheShapeTheNationalCartographyReads() {
    int total = getJson("/api/v1/venues?limit=1").getInt("total");
    HttpResponse<String> response = get("/api/v1/venues/export?format=v0");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonArray v0 = Json.createReader(new StringReader(response.body())).readArray();
    // Every venue of the sample dataset (the tests' own venues include some made to be odd).
    JsonArray v1 =
        Json.createReader(new StringReader(get("/api/v1/venues/export?format=json").body()))
            .readArray();
    java.util.Set<String> shown =
        v0.stream().map(v -> v.asJsonObject().getString("id")).collect(Collectors.toSet());
    List<String> sample =
        v1.stream()
            .map(JsonValue::asJsonObject)
            .filter(v -> "Exemple".equals(v.getString("source", null)))
            .map(v -> v.getString("id"))
            .toList();
    assertThat(sample).hasSizeGreaterThanOrEqualTo(500);
    assertThat(shown).containsAll(sample);
    assertThat(v0.size()).isLessThanOrEqualTo(total);
    java.util.Set<String> services =
        java.util.Set.of(
            "Accéder à du matériel",
            "Accéder à une connexion internet",
            "Accompagner les démarches de santé",
            "Approfondir ma culture numérique",
            "Créer avec le numérique",
            "Créer et développer mon entreprise",
            "Devenir autonome dans les démarches administratives",
            "Favoriser mon insertion professionnelle",
            "Prendre en main un ordinateur",
            "Prendre en main un smartphone ou une tablette",
            "Promouvoir la citoyenneté numérique",
            "Réaliser des démarches administratives avec un accompagnement",
            "S'équiper en matériel informatique",
            "Utiliser le numérique au quotidien",
            "Soutenir la parentalité et l'éducation avec le numérique");
    for (JsonValue value : v0) {
      JsonObject venue = value.asJsonObject();
      assertThat(venue.getString("nom")).isNotBlank();
      assertThat(venue.getString("code_postal")).matches("\\d{5}");
      assertThat(venue.getString("services").split(";")).isNotEmpty().allMatch(services::contains);
      assertThat(venue.containsKey("courriels")).isFalse();
    }
    HttpResponse<String> csv = get("/api/v1/venues/export?format=v0-csv");
    assertThat(csv.body().lines().findFirst().orElseThrow())
        .startsWith("id,pivot,nom,commune,code_postal,code_insee,adresse");
    try (var records =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(csv.body()))) {
      assertThat(records.stream().count()).isEqualTo(v0.size());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void exportIsTheStandardCsvOfEveryVenue() {
    HttpResponse<String> response = get("/api/v1/venues/export?format=csv");
    assertThat(response.statusCode()).isEqualTo(200);
    List<String> lines = response.body().lines().toList();
    assertThat(lines.getFirst()).startsWith("id,pivot,nom,commune,code_postal,code_insee,adresse");
    int total = getJson("/api/v1/venues?limit=1").getInt("total");
    StandardSchemaCheck.assertValid(response.body(), total);
    // And by someone else's code: the frictionless Table Schema implementation.
    TableSchemaCheck.Result independent =
        TableSchemaCheck.check(TableSchemaCheck.schema(), response.body());
    assertThat(independent.errors()).isEmpty();
    assertThat(independent.rows()).isEqualTo(total);
    JsonArray json =
        Json.createReader(new StringReader(get("/api/v1/venues/export?format=json").body()))
            .readArray();
    assertThat(json).hasSize(total);
    assertThat(json.getJsonObject(0).containsKey("nom")).isTrue();
  }

  @Test
  void changeFeedIncludesRetiredVenues() {
    String word = "Mutation" + UUID.randomUUID().toString().substring(0, 4);
    String x = row("x", word + " X", "35000", "Rennes", "Mo-Fr 09:00-17:00");
    String y = row("y", word + " Y", "35000", "Rennes", "Mo-Fr 09:00-17:00");
    pushTo(changes, changesKey, x, y);
    pushTo(changes, changesKey, x);
    List<JsonObject> changed = new ArrayList<>();
    String query = "/api/v1/venues/changes?limit=50&updated_since=" + encode(start.toString());
    JsonObject page = getJson(query);
    while (true) {
      changed.addAll(items(page));
      if (!page.containsKey("next_cursor")) {
        break;
      }
      page = getJson(query + "&cursor=" + page.getString("next_cursor"));
    }
    assertThat(changed)
        .anySatisfy(
            v -> {
              assertThat(v.getString("nom")).isEqualTo(word + " Y");
              assertThat(v.containsKey("retired_at")).isTrue();
            });
    assertThat(changed).anySatisfy(v -> assertThat(v.getString("nom")).isEqualTo(word + " X"));
    assertThat(get("/api/v1/venues/changes").statusCode()).isEqualTo(400);
  }

  @Test
  void unchangedAnswerIsA304ForItsEtag() {
    HttpResponse<String> first = get("/api/v1/venues?q=mediatheque");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=60").contains("public"));
    HttpResponse<String> again =
        send("GET", "/api/v1/venues?q=mediatheque", null, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> other =
        send("GET", "/api/v1/venues?q=bibliotheque", null, "If-None-Match", etag);
    assertThat(other.statusCode()).isEqualTo(200);
  }

  @Test
  void readsAreOpenToOtherOrigins() {
    HttpResponse<String> response =
        send("GET", "/api/v1/places?q=lyon", null, "Origin", "https://example.org");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    HttpResponse<String> preflight =
        send(
            "OPTIONS",
            "/api/v1/venues",
            null,
            "Origin",
            "https://example.org",
            "Access-Control-Request-Method",
            "GET");
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
        .hasValueSatisfying(v -> assertThat(v).contains("GET"));
  }

  @Test
  void answersAreCompressedForClientsThatAcceptGzip() {
    HttpResponse<String> response =
        send("GET", "/api/v1/venues?limit=100", null, "Accept-Encoding", "gzip");
    assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
  }
}
